/**
 * Turns untrusted JSON into a typed Config, or into a list of issues that each name the exact JSON path,
 * so a webmaster can find the line to fix.
 */
import * as v from 'valibot';
import {ConfigSchema, PRESET_CATEGORIES, type Config} from './schema.js';

export interface ConfigIssue {
  /** JSONPath of the offending value, like `$.offices[0].address.postalCode`. */
  path: string;
  message: string;
}

export type ConfigResult = {ok: true; config: Config} | {ok: false; issues: ConfigIssue[]};

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
export function parseConfigText(text: string): ConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {ok: false, issues: [{path: '$', message: describeJsonError(text, error)}]};
  }
  return parseConfig(json);
}

function describeJsonError(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail);
  if (!position) return `Not valid JSON: ${detail}`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  return `Not valid JSON at line ${before.length}, column ${before[before.length - 1].length + 1}: ${detail}`;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that could pollute prototypes downstream are refused outright, wherever they stand. */
function findForbiddenKeys(value: unknown, path: PathKey[], issues: ConfigIssue[]): void {
  if (issues.length >= 20 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => findForbiddenKeys(item, [...path, index], issues));
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) issues.push({path: formatPath([...path, key]), message: `The key "${key}" is not allowed`});
    else findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], issues);
  }
}

export function parseConfig(json: unknown): ConfigResult {
  const forbidden: ConfigIssue[] = [];
  findForbiddenKeys(json, [], forbidden);
  if (forbidden.length) return {ok: false, issues: forbidden};

  const result = v.safeParse(ConfigSchema, json);
  if (!result.success) {
    return {ok: false, issues: result.issues.flatMap(toConfigIssues).slice(0, 50)};
  }
  const issues = crossCheck(result.output);
  return issues.length ? {ok: false, issues} : {ok: true, config: result.output};
}

function toConfigIssues(issue: v.BaseIssue<unknown>): ConfigIssue[] {
  const depth = issue.path?.length ?? 0;
  // A text that is neither a string nor {lang: text} fails the union as a whole; when a branch got
  // deeper into the value (say {"en": 5}), its issues name the exact key and say more.
  const deeper = (issue.issues ?? []).filter((nested) => (nested.path?.length ?? 0) > depth);
  if (deeper.length) return deeper.flatMap(toConfigIssues);
  const keys = (issue.path ?? []).map((item) => item.key as PathKey);
  return [{path: formatPath(keys), message: issue.message}];
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
  unique(
    config.partners.features.map((feature) => feature.properties),
    ['partners', 'features'],
  );

  const documentIds = new Set(config.documents.map((document) => document.id));
  config.services.forEach((service, serviceIndex) => {
    const questionIds = new Set(service.questions.map((question) => question.id));
    service.documents.forEach((item, itemIndex) => {
      const base: PathKey[] = ['services', serviceIndex, 'documents', itemIndex];
      if (!documentIds.has(item.ref)) {
        issues.push({path: formatPath([...base, 'ref']), message: `No document with the id "${item.ref}"`});
      }
      for (const questionId of Object.keys(item.when ?? {})) {
        if (!questionIds.has(questionId)) {
          issues.push({
            path: formatPath([...base, 'when', questionId]),
            message: `The service "${service.id}" asks no question "${questionId}"`,
          });
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
