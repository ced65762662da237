/**
 * Links from a config are data written by someone else: only schemes that cannot run code pass.
 * Browsers ignore tabs, newlines and leading control characters inside a URL ("java\tscript:"),
 * and schemes are case-insensitive, so we normalize exactly as the URL parser would before we look.
 */
const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

// What the WHATWG URL parser strips before it reads a scheme: C0 controls and space at both ends,
// and ASCII tab or newline anywhere.
const STRIPPED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const STRIPPED_ANYWHERE = /[\t\n\r]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** The URL as the browser will read it, or undefined when it is not an allowed link. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.replace(STRIPPED_AT_ENDS, '').replace(STRIPPED_ANYWHERE, '');
  if (url === '' || url.length > 2048) return undefined;
  // Browsers read a backslash as a slash in http(s) URLs; a link that needs one is a trick, not a link.
  if (url.includes('\\')) return undefined;
  const scheme = SCHEME.exec(url);
  if (scheme) return ALLOWED_SCHEMES.has(scheme[1].toLowerCase() + ':') ? url : undefined;
  // No scheme: relative. A colon before the first slash would be read as a scheme by some parsers.
  const firstSlash = url.search(/[/?#]/);
  const head = firstSlash === -1 ? url : url.slice(0, firstSlash);
  return head.includes(':') ? undefined : url;
}

export function isSafeUrl(value: unknown): boolean {
  return safeUrl(value) !== undefined;
}

/**
 * A tel: link that dialers understand: keep + and digits only. The German "+49 (0) 221 …" writes a
 * trunk 0 that is NOT dialled after the country code.
 */
export function telUrl(phone: string): string {
  return 'tel:' + phone.replace(/^(\s*\+\d{1,3})\s*\(0\)/, '$1').replace(/[^+\d]/g, '');
}

/**
 * A link to a fragment of THIS page (`#willkommen-doc=…`). A bare "#…" resolves against the page's
 * `<base href>`, which TYPO3 sites set to their home page: the link would leave the page.
 */
export function pageFragmentUrl(fragment: string): string {
  return `${location.href.split('#')[0]}#${fragment}`;
}

/** Ids as the config schema allows them (so a hash never names something a config cannot hold). */
const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * The id a page fragment names (see pageFragmentUrl): `fragmentId('#top&willkommen-doc=passport',
 * 'willkommen-doc')` is "passport"; undefined for anything else, including ids a config cannot have.
 */
export function fragmentId(hash: string, name: string): string | undefined {
  const parameter = hash.replace(/^#/, '').split('&').find((part) => part.startsWith(`${name}=`));
  try {
    const id = parameter && decodeURIComponent(parameter.slice(name.length + 1));
    return id && ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
