/**
 * Every link from a config passes safeUrl before it reaches an href. The allow-list is https:, http:,
 * mailto:, tel: and relative addresses; everything that could run code or load something opaque is
 * refused, in every disguise the WHATWG URL parser would still read as that scheme.
 */
import {describe, expect, it} from 'vitest';
import {isSafeUrl, safeUrl, telUrl} from '../../src/core/safe-url.js';

const BASE = 'https://amt.example.org/auslaender/kontakt.html';

describe('safeUrl: allowed links', () => {
  it.each([
    'https://www.musterstadt.example.org',
    'https://termine.example.org/buchen?dienst=verlaengerung&sprache=ar#start',
    'http://alt.example.org/',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:auslaenderbehoerde@musterstadt.example.org',
    'mailto:amt@example.org?subject=Termin%20verschieben',
    'tel:+4999991230',
    'TEL:+49 9999 123-0',
    '/kontakt',
    'kontakt.html',
    './formulare/antrag.pdf',
    '../index.html',
    '?a=1',
    '#x',
    '//cdn.example.org/x',
    // A colon after the first slash, ? or # is inside the path, query or fragment: harmless.
    'https://example.org/?next=javascript:alert(1)',
    '/wiki/Datei:Antrag.pdf',
    '?q=javascript:alert(1)',
    '#javascript:alert(1)',
  ])('allows %j unchanged', (url) => {
    expect(safeUrl(url)).toBe(url);
    expect(isSafeUrl(url)).toBe(true);
  });

  it('returns the URL as the browser reads it: outer spaces and controls, inner tabs and newlines removed', () => {
    expect(safeUrl('  https://example.org/kontakt  ')).toBe('https://example.org/kontakt');
    expect(safeUrl('\u0000\u001fhttps://example.org/\n')).toBe('https://example.org/');
    expect(safeUrl('https://exa\tmple.org/ko\nntakt\r')).toBe('https://example.org/kontakt');
    expect(safeUrl('\thttp\ns://example.org')).toBe('https://example.org');
  });

  it('every allowed result resolves to an allowed scheme in a real URL parser', () => {
    for (const url of ['/kontakt', 'kontakt.html', '?a=1', '#x', '//cdn.example.org/x', ' tel:+49 1 ', 'mailto:a@example.org']) {
      const resolved = new URL(safeUrl(url)!, BASE);
      expect(['https:', 'http:', 'mailto:', 'tel:']).toContain(resolved.protocol);
    }
  });
});

describe('safeUrl: refused links', () => {
  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    [' javascript:alert(1)'],
    ['   \t javascript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['\u0001\u0008\u001fjavascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['java\rscript:alert(1)'],
    ['j\ta\nv\ra\tscript:alert(1)'],
    ['javascript\t:alert(1)'],
    ['javascript:alert(1)\u0000'],
    ['javascript://%0Aalert(1)'],
    ['javascript:'],
    // Not stripped by the URL parser, so not a javascript: URL, but not a plain relative path either:
    // refused because the head before any / ? # holds a colon.
    ['java\u0000script:alert(1)'],
    ['\u00a0javascript:alert(1)'],
    ['%6Aavascript:alert(1)'],
    ['ｊavascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['data:image/svg+xml,<svg onload=alert(1)>'],
    ['vbscript:msgbox(1)'],
    ['VBScript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['blob:https://example.org/5c2f1d5e-2d4b-4f3a-9a52-6f1c9d3e2b1a'],
    ['ftp://example.org/antrag.pdf'],
    ['intent://scan/#Intent;scheme=zxing;end'],
    ['ms-settings:privacy'],
    ['kontakt:info'],
  ])('refuses %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
    expect(isSafeUrl(url)).toBe(false);
  });

  it.each([
    // Browsers read "\" as "/" in special URLs: "/\evil.example" is "//evil.example", another host.
    ['/\\evil.example.org'],
    ['\\\\evil.example.org'],
    ['https:\\\\evil.example.org'],
    ['https://example.org\\@evil.example.org'],
    ['kontakt\\..\\admin'],
  ])('refuses the backslash trick %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it('refuses empty, blank and non-string values', () => {
    for (const value of ['', '   ', '\t\n', '\u0000', undefined, null, 42, {}, ['https://example.org'], new URL('https://example.org')]) {
      expect(safeUrl(value)).toBeUndefined();
      expect(isSafeUrl(value)).toBe(false);
    }
  });

  it('refuses URLs over 2048 characters, but not whitespace that is stripped', () => {
    const prefix = 'https://example.org/';
    const longest = prefix + 'a'.repeat(2048 - prefix.length);
    expect(longest).toHaveLength(2048);
    expect(safeUrl(longest)).toBe(longest);
    expect(safeUrl(longest + 'a')).toBeUndefined();
    expect(safeUrl('x'.repeat(100_000))).toBeUndefined();
    expect(safeUrl(`  ${longest}  `)).toBe(longest);
  });
});

describe('safeUrl: HTML character references are not decoded', () => {
  // "&#106;avascript:alert(1)" only means "javascript:" when an HTML parser reads it inside markup.
  // The widgets never build markup from strings: Lit binds the value with setAttribute / a property,
  // which stores it verbatim, and the URL parser does not decode character references. For the URL
  // parser "&" cannot start a scheme, so this is a relative URL: path "&", fragment
  // "106;avascript:alert(1)". safe-url.ts agrees: no scheme, and the head before the first "#" ("&")
  // has no colon, so it passes as the harmless relative link it is.
  it('passes "&#106;avascript:alert(1)" as a relative link that resolves to https:', () => {
    const value = '&#106;avascript:alert(1)';
    expect(safeUrl(value)).toBe(value);
    const resolved = new URL(value, BASE);
    expect(resolved.protocol).toBe('https:');
    expect(resolved.href).toBe('https://amt.example.org/auslaender/&#106;avascript:alert(1)');
  });

  it('"javascript&colon;alert(1)" is a relative path without a colon: allowed and harmless', () => {
    const value = 'javascript&colon;alert(1)';
    expect(safeUrl(value)).toBe(value);
    expect(new URL(value, BASE).protocol).toBe('https:');
  });
});

describe('telUrl', () => {
  it.each([
    ['+49 9999 123-0', 'tel:+4999991230'],
    ['(0221) 12345-67', 'tel:02211234567'],
    ['0221 / 123 45', 'tel:022112345'],
    ['+49-221-12345', 'tel:+4922112345'],
    ['  +49 221 1  ', 'tel:+492211'],
  ])('%j -> %j', (phone, expected) => {
    expect(telUrl(phone)).toBe(expected);
  });

  // Regression: "+49 (0) 221 …" is the usual German way to write a number; the "(0)" is NOT dialled after
  // the country code. telUrl keeps the 0 and the link dials +49 0221 …, a number that does not exist.
  it('drops the trunk prefix "(0)" after a country code', () => {
    expect(telUrl('+49 (0) 221 12345-67')).toBe('tel:+4922112345' + '67');
    expect(telUrl('+49 (0)9999 123-0')).toBe('tel:+4999991230');
  });

  it('drops everything but + and digits, including injected markup or schemes', () => {
    expect(telUrl('+49 1"><script>alert(2)</script>')).toBe('tel:+4912');
    expect(telUrl('javascript:alert(1)')).toBe('tel:1');
    expect(safeUrl(telUrl('+49 9999 123-0'))).toBe('tel:+4999991230');
  });
});
