/**
 * Turns untrusted JSON into a typed Config, or into a list of issues that each name the exact JSON path,
 * so a webmaster can find the line to fix.
 */
import * as v from 'valibot';
import {getConfigSchema, PRESET_CATEGORIES, type Config} from './schema.js';

export interface ConfigIssue {
  /** JSONPath of the offending value, like `$.offices[0].address.postalCode`. */
  path: string;
  message: string;
}

export type ConfigResult =
  | {ok: true; config: Config; /** Mistakes the widgets can do without (a lenient parse only): see parseConfig. */ skipped?: ConfigIssue[]}
  | {ok: false; issues: ConfigIssue[]};

type PathKey = string | number;

export function formatPath(keys: readonly PathKey[]): string {
  let path = '$';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

/** Parses JSON text; a syntax error is reported with line and column. */
export function parseConfigText(text: string, lenient = false): ConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {ok: false, issues: [{path: '$', message: describeJsonError(text, error)}]};
  }
  return parseConfig(json, lenient);
}

function describeJsonError(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(text, detail);
  const hint = /^\s*</.test(text) ? ' (this looks like an HTML page: is the config URL right?)' : '';
  if (offset === undefined) return `Not valid JSON: ${detail}${hint}`;
  const before = text.slice(0, offset).split('\n');
  return `Not valid JSON at line ${before.length}, column ${before[before.length - 1].length + 1}: ${detail}${hint}`;
}

/** Where the parser stopped. Engines say it in different words, and V8 sometimes not at all. */
function jsonErrorOffset(text: string, detail: string): number | undefined {
  const position = /position (\d+)/.exec(detail);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(detail); // Firefox
  if (lineColumn) {
    const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  if (/end of (JSON )?input|unexpected end/i.test(detail)) return text.length;
  // "Unexpected token '<', "<!doctype "... is not valid JSON": V8 names the token but not where.
  const token = /Unexpected token '(.)'/.exec(detail);
  if (token) {
    const first = text.search(/\S/);
    if (first !== -1 && text[first] === token[1]) return first;
  }
  return undefined;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Keys that could pollute prototypes downstream are refused outright, wherever they stand. One path
 * stack for the whole walk: a new array per value made a 2,000-value config allocate 2,000 of them.
 */
function findForbiddenKeys(value: unknown, path: PathKey[], issues: ConfigIssue[]): void {
  if (issues.length >= 20 || value === null || typeof value !== 'object') return;
  const array = Array.isArray(value);
  for (const key of array ? value.keys() : Object.keys(value)) {
    path.push(key);
    if (!array && FORBIDDEN_KEYS.has(key as string)) issues.push({path: formatPath(path), message: `The key "${key}" is not allowed`});
    else findForbiddenKeys((value as Record<PathKey, unknown>)[key], path, issues);
    path.pop();
  }
}

/**
 * Strict (the validator, the configurator): every mistake is an issue. Lenient (a page's loader): some
 * mistakes leave only their own part out, so one typo in an office's opening hours or one dangling
 * reference no longer blanks every widget on the page. Such a config is `ok` with the mistakes in
 * `skipped`; the widgets show the rest (the card says where its hours would be, the checklist where
 * a document is missing), and the page still hears of them. Which ones: see `skippable`.
 */
export function parseConfig(json: unknown, lenient = false): ConfigResult {
  // valibot would read an array's inherited methods as keys ("$.map: Expected Object").
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {ok: false, issues: [{path: '$', message: 'Expected a JSON object like {"version": 1, "offices": [ … ]}'}]};
  }
  const forbidden: ConfigIssue[] = [];
  findForbiddenKeys(json, [], forbidden);
  if (forbidden.length) return {ok: false, issues: forbidden};

  const result = v.safeParse(getConfigSchema(), json);
  const issues = (result.issues ?? []).flatMap((issue) => toConfigIssues(issue)).slice(0, 50);
  if (!result.typed) return {ok: false, issues};
  // A typed result has the right shape throughout: its references can be checked as well.
  if (issues.every(isSkippable)) issues.push(...crossCheck(result.output));
  if (!issues.length) return {ok: true, config: result.output};
  return lenient && issues.every(isSkippable) ? {ok: true, config: result.output, skipped: issues} : {ok: false, issues};
}

/**
 * Mistakes a widget can do without: the opening hours of an office or a partner that cannot be read
 * (the card and the map show no hours for it), a document reference that points nowhere (the
 * checklist leaves it out), a condition on a question the service does not ask (dropped by crossCheck:
 * the document is listed as if it had none).
 */
const skippable = new WeakSet<ConfigIssue>();
const isSkippable = (issue: ConfigIssue) => skippable.has(issue) || issue.path.endsWith('.openingHours');
const skip = (issue: ConfigIssue) => (skippable.add(issue), issue);

function toConfigIssues(issue: v.BaseIssue<unknown>, prefix: readonly PathKey[] = []): ConfigIssue[] {
  const keys = [...prefix, ...(issue.path ?? []).map((item) => item.key as PathKey)];
  // A text that is neither a string nor {lang: text} fails the union as a whole; the branch that got
  // into the value (say {"en": 5}) names the exact key. Branch paths are relative to the union.
  const deeper = (issue.issues ?? []).filter((nested) => (nested.path?.length ?? 0) > 0);
  if (deeper.length) return deeper.flatMap((nested) => toConfigIssues(nested, keys));
  return [{path: formatPath(keys), message: readableMessage(issue, keys)}];
}

/** valibot's wording, where a webmaster would not understand it, in plain words. */
function readableMessage(issue: v.BaseIssue<unknown>, keys: readonly PathKey[]): string {
  if (issue.type === 'strict_object') {
    const key = keys[keys.length - 1];
    if (issue.expected === 'never') return `Unknown key "${String(key)}": check its spelling (keys are case-sensitive)`;
    if (issue.received === 'undefined') return `The key "${String(key)}" is missing`;
  }
  return issue.message;
}

/** What a schema cannot see: ids that must be unique, and references that must point somewhere. */
function crossCheck(config: Config): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const unique = (list: ReadonlyArray<{id: string}>, base: PathKey[]) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) issues.push({path: formatPath([...base, index, 'id']), message: `The id "${item.id}" is used twice`});
      seen.add(item.id);
    });
  };
  unique(config.offices, ['offices']);
  unique(config.documents, ['documents']);
  unique(config.services, ['services']);
  unique(config.categories, ['categories']);
  config.partners.features.forEach((feature, index, features) => {
    if (features.findIndex((other) => other.properties.id === feature.properties.id) !== index) {
      issues.push({
        path: formatPath(['partners', 'features', index, 'properties', 'id']),
        message: `The id "${feature.properties.id}" is used twice`,
      });
    }
  });

  const documentIds = new Set(config.documents.map((document) => document.id));
  config.services.forEach((service, serviceIndex) => {
    const questionIds = new Set(service.questions.map((question) => question.id));
    service.documents.forEach((item, itemIndex) => {
      const base: PathKey[] = ['services', serviceIndex, 'documents', itemIndex];
      if (!documentIds.has(item.ref)) {
        issues.push(skip({path: formatPath([...base, 'ref']), message: `No document with the id "${item.ref}"`}));
      }
      for (const questionId of Object.keys(item.when ?? {})) {
        if (!questionIds.has(questionId)) {
          issues.push(
            skip({path: formatPath([...base, 'when', questionId]), message: `The service "${service.id}" asks no question "${questionId}"`}),
          );
          // Never answered, it kept the document undecided for good, its choices disabled.
          delete item.when![questionId];
        }
      }
    });
  });

  const categoryIds = new Set<string>([...PRESET_CATEGORIES, ...config.categories.map((category) => category.id)]);
  config.partners.features.forEach((feature, index) => {
    if (!categoryIds.has(feature.properties.category)) {
      issues.push({
        path: formatPath(['partners', 'features', index, 'properties', 'category']),
        message: `Unknown category "${feature.properties.category}": use a preset (${PRESET_CATEGORIES.join(', ')}) or define it in "categories"`,
      });
    }
  });
  return issues;
}
