/**
 * Config text is either one string (in the config's own language) or an object of locale -> string.
 * The widget shows the visitor's language when it is there, else the nearest fallback, and says which
 * language it actually shows, so the template can mark it with its own `lang` for screen readers.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

export interface ResolvedText {
  text: string;
  /** BCP 47 code of the language `text` is written in. */
  lang: string;
}

/** Fallback order after the visitor's own locale: its base language, English, German, anything. */
export function fallbackChain(locale: string, contentLanguage: string): string[] {
  const chain = [locale];
  const base = locale.split('-')[0];
  if (base !== locale) chain.push(base);
  // Dari readers usually read Persian, Persian readers Dari; Sorani and Kurmanji are not interchangeable.
  if (base === 'prs') chain.push('fa');
  if (base === 'fa') chain.push('prs');
  chain.push('en', contentLanguage, 'de');
  return [...new Set(chain)];
}

export function resolveText(
  value: LocalizedText | undefined,
  locale: string,
  contentLanguage = 'de',
): ResolvedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return {text: value, lang: contentLanguage};
  for (const code of fallbackChain(locale, contentLanguage)) {
    const text = value[code];
    if (text) return {text, lang: code};
  }
  const first = Object.entries(value).find(([, text]) => text);
  return first ? {text: first[1], lang: first[0]} : undefined;
}

/** The German wording, for official terms shown beside a translation. */
export function germanText(value: LocalizedText | undefined, contentLanguage = 'de'): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return contentLanguage === 'de' ? value : undefined;
  return value.de;
}
