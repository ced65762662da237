/**
 * The contact card's "save contact" file: a vCard 3.0 (RFC 2426) that phones import. Content lines end
 * in CRLF, values escape , ; \ and newlines, and long lines fold after 75 octets without splitting a
 * UTF-8 character; a continuation line starts with one space and unfolding restores the original.
 */
import {describe, expect, it} from 'vitest';
import {toVCard, type VCardInput} from '../../src/widgets/contact-card/vcard.js';
import {escapeText, foldLine} from '../../src/core/content-line.js';

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;
/** RFC 6350 3.2: remove every CRLF immediately followed by one white space character. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
/** No lone surrogate: a fold between the halves of a surrogate pair would leave one. */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const office: VCardInput = {
  name: 'Ausländerbehörde Musterstadt',
  street: 'Beispielplatz 1',
  postalCode: '12345',
  locality: 'Musterstadt',
  region: 'DE-NW',
  phone: '+49 9999 123-0',
  email: 'auslaenderbehoerde@musterstadt.example.org',
  website: 'https://www.musterstadt.example.org',
  lat: 51.5123,
  lon: 7.4321,
};

/** Physical lines of a vCard (its text ends with CRLF, so the last split part is empty). */
function physicalLines(vcard: string): string[] {
  const lines = vcard.split('\r\n');
  expect(lines.pop()).toBe('');
  return lines;
}

function expectWellFolded(vcard: string): void {
  // CRLF everywhere: no bare LF, no bare CR.
  expect(vcard).not.toMatch(/[^\r]\n|^\n/);
  expect(vcard).not.toMatch(/\r(?!\n)/);
  expect(vcard.endsWith('\r\n')).toBe(true);
  for (const line of physicalLines(vcard)) {
    expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(wellFormed(line), 'a surrogate pair was split').toBe(true);
  }
}

describe('toVCard', () => {
  it('writes the whole card, exactly', () => {
    expect(toVCard(office)).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:Ausländerbehörde Musterstadt;;;;',
        'FN:Ausländerbehörde Musterstadt',
        'ORG:Ausländerbehörde Musterstadt',
        // Folded after 75 octets: a continuation line starts with one space.
        'ADR;TYPE=WORK:;;Beispielplatz 1;Musterstadt;Nordrhein-Westfalen;12345;Deuts',
        ' chland',
        'TEL;TYPE=WORK,VOICE:+4999991230',
        'EMAIL;TYPE=INTERNET,WORK:auslaenderbehoerde@musterstadt.example.org',
        'URL:https://www.musterstadt.example.org',
        'GEO:51.5123;7.4321',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it("names the office in the visitor's language and keeps the German name as the organisation", () => {
    const lines = physicalLines(toVCard({...office, name: 'دائرة الأجانب في موسترشتات', officialName: 'Ausländerbehörde Musterstadt'}));
    expect(lines).toContain('N:دائرة الأجانب في موسترشتات;;;;');
    expect(lines).toContain('FN:دائرة الأجانب في موسترشتات');
    expect(lines).toContain('ORG:Ausländerbehörde Musterstadt');
  });

  it('writes the state by its name, and an unknown code not at all', () => {
    expect(toVCard({...office, region: 'DE-BY'})).toContain(';Musterstadt;Bayern;12345;Deutschland');
    expect(toVCard({...office, region: 'DE-XX'})).toContain(';Musterstadt;;12345;Deutschland');
  });

  it('starts with BEGIN and VERSION:3.0, ends with END, CRLF everywhere', () => {
    const vcard = toVCard(office);
    const lines = physicalLines(vcard);
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:3.0');
    expect(lines.at(-1)).toBe('END:VCARD');
    expectWellFolded(vcard);
  });

  it('leaves out what the office does not have, and keeps empty ADR components', () => {
    const vcard = toVCard({name: 'Amt', street: 'Platz 1', postalCode: '12345', locality: 'Stadt'});
    expect(physicalLines(vcard)).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Amt;;;;',
      'FN:Amt',
      'ORG:Amt',
      'ADR;TYPE=WORK:;;Platz 1;Stadt;;12345;Deutschland',
      'END:VCARD',
    ]);
  });

  it('writes GEO only with both coordinates, including 0', () => {
    expect(toVCard({...office, lon: undefined})).not.toContain('GEO:');
    expect(toVCard({...office, lat: 0, lon: 0})).toContain('\r\nGEO:0;0\r\n');
  });

  it('escapes , ; \\ and newlines in text values', () => {
    const vcard = toVCard({
      ...office,
      name: 'Amt für Migration, Integration; Einbürgerung \\ Team',
      street: 'Hauptstraße 1; Eingang B, 2. OG',
      note: 'Zeile 1\nZeile 2\r\nZeile 3',
    });
    const lines = physicalLines(unfold(vcard));
    expect(lines).toContain('FN:Amt für Migration\\, Integration\\; Einbürgerung \\\\ Team');
    expect(lines).toContain('ORG:Amt für Migration\\, Integration\\; Einbürgerung \\\\ Team');
    expect(lines).toContain('ADR;TYPE=WORK:;;Hauptstraße 1\\; Eingang B\\, 2. OG;Musterstadt;Nordrhein-Westfalen;12345;Deutschland');
    expect(lines).toContain('NOTE:Zeile 1\\nZeile 2\\nZeile 3');
    expectWellFolded(vcard);
  });

  it('a value cannot inject a property line', () => {
    const vcard = toVCard({...office, name: 'Amt\r\nTEL:+491234', note: 'x\nEND:VCARD\nBEGIN:VCARD'});
    const lines = physicalLines(unfold(vcard));
    expect(lines.filter((line) => line.startsWith('TEL'))).toEqual(['TEL;TYPE=WORK,VOICE:+4999991230']);
    expect(lines.filter((line) => line === 'END:VCARD')).toHaveLength(1);
    expect(lines.filter((line) => line === 'BEGIN:VCARD')).toHaveLength(1);
  });

  it('folds a long Arabic note and unfolds it back to the original', () => {
    const note = 'مرحبا بكم في مكتب الهجرة في موسترشتات. نحن سعداء بمساعدتكم، احجزوا موعدا عبر الإنترنت؛ شكرا!';
    const vcard = toVCard({...office, note});
    expectWellFolded(vcard);
    expect(physicalLines(vcard).some((line) => line.startsWith(' '))).toBe(true);
    expect(physicalLines(unfold(vcard))).toContain(`NOTE:${escapeText(note)}`);
  });

  it('folds a long name with emoji without splitting a character', () => {
    const name = 'Willkommensbehörde 👋🏽🇩🇪 '.repeat(6);
    const vcard = toVCard({...office, name});
    expectWellFolded(vcard);
    expect(physicalLines(unfold(vcard))).toContain(`FN:${name}`);
  });
});

describe('escapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['\\,', '\\\\\\,'],
    ['\\n', '\\\\n'],
    ['ä;ö,ü', 'ä\\;ö\\,ü'],
  ])('%j -> %j', (value, expected) => {
    expect(escapeText(value)).toBe(expected);
  });

  // Regression: only "\r\n" and "\n" are escaped; a lone "\r" (old Mac line end, or pasted text) stays raw in
  // the value, where vCard readers see a line break in the middle of a content line.
  it('escapes a lone CR as a newline too', () => {
    expect(escapeText('a\rb')).toBe('a\\nb');
    expect(toVCard({...office, note: 'Zeile 1\rZeile 2'})).toContain('NOTE:Zeile 1\\nZeile 2\r\n');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'N'.repeat(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine('')).toBe('');
  });

  it('folds after 75 octets; a continuation line is one space plus at most 74 octets', () => {
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    expect(foldLine('a'.repeat(150))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
    expect(foldLine('a'.repeat(149))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}`);
  });

  it('never splits a two-octet character at the boundary', () => {
    // 74 + 2 octets would be 76: "ä" moves to the next line.
    expect(foldLine(`${'a'.repeat(74)}äb`)).toBe(`${'a'.repeat(74)}\r\n äb`);
    expect(foldLine(`${'a'.repeat(73)}äb`)).toBe(`${'a'.repeat(73)}ä\r\n b`);
  });

  it('never splits Arabic letters (2 octets) or emoji (4 octets)', () => {
    for (const line of [`NOTE:${'ع'.repeat(200)}`, `NOTE:${'😀'.repeat(60)}`, `NOTE:x${'€'.repeat(90)}`]) {
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      expect(parts.length).toBeGreaterThan(1);
      parts.forEach((part, index) => {
        expect(octets(part)).toBeLessThanOrEqual(75);
        expect(wellFormed(part)).toBe(true);
        // Each physical line is valid UTF-8 on its own.
        expect(() => new TextDecoder('utf-8', {fatal: true}).decode(encoder.encode(part))).not.toThrow();
        if (index > 0) {
          expect(part.startsWith(' ')).toBe(true);
          expect(part[1]).not.toBe(' ');
        }
      });
      expect(unfold(folded)).toBe(line);
    }
  });

  it('folds emoji lines as full as possible', () => {
    // "NOTE:" (5) + 17 emoji (68) = 73; an 18th would make 77.
    const folded = foldLine(`NOTE:${'😀'.repeat(30)}`);
    const [first, second] = folded.split('\r\n');
    expect(octets(first)).toBe(73);
    expect(second).toBe(` ${'😀'.repeat(13)}`);
  });
});
