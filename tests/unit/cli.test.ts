/**
 * `willkommen validate`: the widgets' own validation from the command line, each problem with its JSON
 * path and its line and column, warnings for texts that lack a language, exit codes and --json.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkConfigText, pathSegments} from '../../src/cli/config-report.js';
import {main} from '../../src/cli/willkommen.js';
import {LOCALIZED_KEYS} from '../../src/core/config/schema.js';
import {configJsonSchema} from '../../src/core/config/json-schema.js';
import {formatPath} from '../../src/core/config/validate.js';
import {configWith} from '../fixtures/configs.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Runs the command line on in-memory files; returns the exit code and what it printed. */
function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, {
    readFile: (path) => {
      if (path in files) return files[path];
      throw new Error(`ENOENT: no such file, open '${path}'`);
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return {code, out, err};
}

/** The text at a finding's line and column, to check that it points where the problem is. */
const at = (text: string, line: number, column: number) => text.split('\n')[line - 1].slice(column - 1);

describe('willkommen validate', () => {
  it('passes the example template and the embedded default with exit code 0', () => {
    const files = {'musterstadt.json': read('examples/musterstadt.json'), 'default.json': read('src/core/config/default-profile.json')};
    const {code, out, err} = run(['validate', 'musterstadt.json', 'default.json'], files);
    expect(code).toBe(0);
    expect(out).toEqual(['musterstadt.json: valid (0 errors, 0 warnings)', 'default.json: valid (0 errors, 0 warnings)']);
    expect(err).toEqual([]);
  });

  it('names every problem with its JSON path and the line and column where it stands', () => {
    const text = read('tests/fixtures/bad/wrong-types.json');
    const {code, err} = run(['validate', 'office.json'], {'office.json': text});
    expect(code).toBe(1);
    expect(err.length).toBeGreaterThan(0);
    for (const line of err) expect(line).toMatch(/^office\.json:\d+:\d+: error: \$[^:]*: ./);
    const report = checkConfigText(text);
    const version = report.errors.find((error) => error.path === '$.version')!;
    expect(at(text, version.line, version.column)).toMatch(/^"?\d|^"/); // the value of "version"
    expect(text.split('\n')[version.line - 1]).toContain('"version"');
  });

  it('points at the parent when a required key is missing', () => {
    const config = configWith((json) => delete (json.offices[0] as {address?: unknown}).address);
    const text = JSON.stringify(config, null, 2);
    const [error] = checkConfigText(text).errors;
    expect(error.path).toBe('$.offices[0].address');
    expect(at(text, error.line, error.column).startsWith('{')).toBe(true); // the office object
  });

  it('takes the line and column of a JSON syntax error from the parser', () => {
    const report = checkConfigText('{\n  "version": 1,\n  "offices": [\n');
    expect(report.valid).toBe(false);
    expect(report.errors[0]).toMatchObject({path: '$'});
    expect(report.errors[0].line).toBeGreaterThan(1);
  });

  it('warns, once per language, about texts that lack a language the config otherwise speaks', () => {
    const config = configWith((json) => {
      (json.offices[0] as {welcome?: unknown}).welcome = {de: 'Willkommen!', en: 'Welcome!', ar: 'أهلًا وسهلًا!'};
    });
    const text = JSON.stringify(config, null, 2);
    const report = checkConfigText(text);
    expect(report.valid).toBe(true);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0].message).toMatch(/^\d+ of \d+ texts have no Arabic \(ar\), for example \$\.offices\[0\]\.name/);
    expect(text.split('\n')[report.warnings[0].line - 1]).toContain('"name"');
    const {code, err} = run(['validate', 'office.json'], {'office.json': text});
    expect(code).toBe(0); // warnings do not fail
    expect(err[0]).toMatch(/^office\.json:\d+:\d+: warning: /);
  });

  it('prints one JSON report per file with --json, for CI pipelines', () => {
    const files = {'good.json': read('src/core/config/default-profile.json'), 'bad.json': read('tests/fixtures/bad/dangling-ref.json')};
    const {code, out} = run(['validate', 'good.json', 'bad.json', '--json'], files);
    expect(code).toBe(1);
    const [good, bad] = out.map((line) => JSON.parse(line));
    expect(good).toEqual({file: 'good.json', valid: true, errors: [], warnings: []});
    expect(bad.valid).toBe(false);
    expect(bad.errors[0]).toEqual({path: '$.services[0].documents[1].ref', line: expect.any(Number), column: expect.any(Number), message: 'No document with the id "residence-card"'});
  });

  it('fails with a clear message for a file it cannot read, and with the usage for a wrong command', () => {
    const missing = run(['validate', 'nowhere.json']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/^nowhere\.json: Cannot read the file: ENOENT/);
    for (const args of [[], ['check', 'a.json'], ['validate'], ['validate', '--jsn', 'a.json']]) {
      const wrong = run(args);
      expect(wrong.code).toBe(1);
      expect(wrong.err[0]).toMatch(/^Usage: willkommen validate/);
    }
    expect(run(['--help']).code).toBe(0);
  });
});

describe('config paths and texts', () => {
  it('reads back every path the validation writes', () => {
    const keys = ['offices', 0, 'a b', 'name', '__proto__', 12];
    expect(pathSegments(formatPath(keys))).toEqual(keys);
  });

  it('knows every key whose value is a text in several languages (LOCALIZED_KEYS follows the schema)', () => {
    const found = new Set<string>();
    const walk = (schema: unknown, key?: string): void => {
      if (Array.isArray(schema)) return schema.forEach((item) => walk(item));
      if (schema === null || typeof schema !== 'object') return;
      const node = schema as Record<string, unknown>;
      const variants = node.anyOf as Array<Record<string, unknown>> | undefined;
      const isText = variants?.some((variant) => variant.type === 'string') && variants.some((variant) => variant.propertyNames);
      if (key && isText) found.add(key);
      for (const [name, child] of Object.entries((node.properties as Record<string, unknown>) ?? {})) walk(child, name);
      for (const [name, child] of Object.entries(node)) if (name !== 'properties') walk(child);
    };
    walk(configJsonSchema('0'));
    expect([...found].sort()).toEqual([...LOCALIZED_KEYS].sort());
  });
});
