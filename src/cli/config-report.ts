/**
 * What `willkommen validate` says about a config file: the widgets' own validation (the same schema and
 * cross-checks, so a file that passes here loads in the widgets), each problem with its JSON path AND
 * its line and column in the file, and warnings for texts that lack a language the rest of the config
 * speaks. Pure: text in, report out.
 */
import {findNodeAtLocation, parseTree, type Node} from 'jsonc-parser';
import {parseConfigText, type ConfigIssue} from '../core/config/validate.js';
import {LOCALIZED_KEYS} from '../core/config/schema.js';

export interface Finding {
  /** JSONPath of the value, like `$.offices[0].address.postalCode`. */
  path: string;
  /** 1-based line and column of the value in the file (of its nearest existing parent when it is missing). */
  line: number;
  column: number;
  message: string;
}

export interface ConfigReport {
  valid: boolean;
  errors: Finding[];
  warnings: Finding[];
}

type Segment = string | number;

/** `$.offices[0]["a b"].name` → ['offices', 0, 'a b', 'name'] (the inverse of validate.ts's formatPath). */
export function pathSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const [, name, index, quoted] of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    segments.push(name ?? (index !== undefined ? Number(index) : (JSON.parse(quoted) as string)));
  }
  return segments;
}

function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split('\n');
  return {line: before.length, column: before[before.length - 1].length + 1};
}

/** Where a path's value starts in the file; for a missing key, where its closest parent does. */
function locate(text: string, tree: Node | undefined, path: string): {line: number; column: number} {
  const segments = pathSegments(path);
  for (let length = segments.length; tree && length >= 0; length--) {
    const node = findNodeAtLocation(tree, segments.slice(0, length));
    if (node) return lineAndColumn(text, node.offset);
  }
  return {line: 1, column: 1};
}

/** JSON syntax errors already say where ("at line 3, column 7"); other issues are located by path. */
function toFinding(text: string, tree: Node | undefined, issue: ConfigIssue): Finding {
  const stated = /at line (\d+), column (\d+)/.exec(issue.message);
  const where = stated ? {line: Number(stated[1]), column: Number(stated[2])} : locate(text, tree, issue.path);
  return {path: issue.path, ...where, message: issue.message};
}

/** Every text given per language ({"de": "…", "en": "…"}) in a valid config, with its path. */
function localizedTexts(value: unknown, path: string, found: Array<{path: string; languages: string[]}>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => localizedTexts(item, `${path}[${index}]`, found));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
    // A plain string is in the config's one language; only a per-language object can lack one.
    if (LOCALIZED_KEYS.has(key) && child !== null && typeof child === 'object') found.push({path: childPath, languages: Object.keys(child)});
    else localizedTexts(child, childPath, found);
  }
}

/**
 * One warning per language that some texts have and others lack: the visitor who picks it meets the
 * rest in a fallback language. Names the first three texts to fix.
 */
function translationGaps(json: unknown, text: string, tree: Node | undefined): Finding[] {
  const texts: Array<{path: string; languages: string[]}> = [];
  localizedTexts(json, '$', texts);
  const languages = [...new Set(texts.flatMap((entry) => entry.languages))];
  const names = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'});
  return languages.flatMap((language) => {
    const lacking = texts.filter((entry) => !entry.languages.includes(language));
    if (!lacking.length) return [];
    const first = lacking[0].path;
    const examples = lacking.slice(0, 3).map((entry) => entry.path).join(', ');
    return [
      {
        path: first,
        ...locate(text, tree, first),
        message: `${lacking.length} of ${texts.length} texts have no ${names.of(language)} (${language}), for example ${examples}`,
      },
    ];
  });
}

export function checkConfigText(text: string): ConfigReport {
  const tree = parseTree(text);
  const result = parseConfigText(text);
  if (!result.ok) return {valid: false, errors: result.issues.map((issue) => toFinding(text, tree, issue)), warnings: []};
  return {valid: true, errors: [], warnings: translationGaps(JSON.parse(text), text, tree)};
}
