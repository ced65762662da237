// Reads the XLIFF 1.2 files that lit-localize writes (locales/*.xlf), for the translation tests and
// `npm run i18n:status`. A few regexes on purpose: lit-localize writes these files in one fixed shape,
// and neither a test nor a status table should need an XML dependency.
import {readFileSync, readdirSync} from 'node:fs';

/** The target states XLIFF 1.2 defines (section "state"). */
export const XLIFF_STATES = new Set([
  'new',
  'needs-translation',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-translation',
  'needs-review-adaptation',
  'needs-review-l10n',
  'translated',
  'signed-off',
  'final',
]);

/** States that say a person still has to translate or check the text. */
export const UNREVIEWED_STATES = new Set([...XLIFF_STATES].filter((state) => state.startsWith('needs-') || state === 'new'));

export function decode(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function attributes(tag) {
  const out = {};
  for (const [, name, double, single] of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[name] = decode(double ?? single);
  }
  return out;
}

/**
 * {sourceLanguage, targetLanguage, units: [{id, source, target, targetAttributes}]}; a unit's
 * `target` is the inner XML of <target>, undefined without one and '' for <target/>.
 */
export function parseXliff(xml) {
  const file = /<file\b([^>]*)>/.exec(xml);
  const fileAttributes = file ? attributes(file[1]) : {};
  const units = [];
  for (const [, unitAttributes, body] of xml.matchAll(/<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source\b[^>]*>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target\b([^>]*?)(?:\/>|>([\s\S]*?)<\/target>)/.exec(body);
    units.push({
      id: attributes(unitAttributes).id ?? '',
      source,
      target: target ? (target[2] ?? '') : undefined,
      targetAttributes: target ? attributes(target[1]) : {},
    });
  }
  return {sourceLanguage: fileAttributes['source-language'], targetLanguage: fileAttributes['target-language'], units};
}

/** Every locales/*.xlf as {locale, xml}, sorted by locale. */
export function readXliffFiles(localesDir) {
  return readdirSync(localesDir)
    .filter((name) => name.endsWith('.xlf'))
    .sort()
    .map((name) => ({locale: name.slice(0, -'.xlf'.length), xml: readFileSync(new URL(name, localesDir), 'utf8')}));
}

/**
 * One row per locale: strings, translated (a non-empty target), needs review (an unreviewed state),
 * signed off (reviewed: 'signed-off' or 'final'). The source locale comes first.
 */
export function translationStatus(files, sourceLocale) {
  const rows = [];
  for (const {locale, xml} of files) {
    const {units} = parseXliff(xml);
    const translated = units.filter((unit) => unit.target?.trim());
    const unreviewed = translated.filter((unit) => UNREVIEWED_STATES.has(unit.targetAttributes.state));
    const signedOff = translated.filter((unit) => ['signed-off', 'final'].includes(unit.targetAttributes.state));
    rows.push({
      locale,
      strings: units.length,
      translated: translated.length,
      needsReview: unreviewed.length,
      signedOff: signedOff.length,
    });
  }
  const strings = rows[0]?.strings ?? 0;
  return [{locale: sourceLocale, strings, translated: strings, needsReview: 0, signedOff: strings}, ...rows];
}
