// The built command line as a webmaster runs it: `npx willkommen validate office.json` and
// `npx willkommen partners office.json partners.csv` in the project, through bin/willkommen.mjs and the
// bundled dist/cli.mjs.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const npx = (...args: string[]) => spawnSync('npx', ['--no-install', 'willkommen', ...args], {encoding: 'utf8'});

describe('npx willkommen validate', () => {
  it('passes the example template with exit code 0', () => {
    const result = npx('validate', 'examples/musterstadt.json');
    expect(result.stdout.trim()).toBe('examples/musterstadt.json: valid (0 errors, 0 warnings)');
    expect(result.status).toBe(0);
  });

  it('fails a broken file with exit code 1, naming path, line and column', () => {
    const result = npx('validate', 'tests/fixtures/bad/wrong-types.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tests\/fixtures\/bad\/wrong-types\.json:2:\d+: error: \$\.version: Expected "version": 1$/m);
  });

  it('runs the same as `node dist/cli.mjs validate`, which a CI script may call directly', () => {
    const node = (file: string) => spawnSync(process.execPath, ['dist/cli.mjs', 'validate', file], {encoding: 'utf8'});
    const good = node('examples/musterstadt.json');
    expect(good.stdout.trim()).toBe('examples/musterstadt.json: valid (0 errors, 0 warnings)');
    expect(good.status).toBe(0);
    const bad = node('tests/fixtures/bad/wrong-types.json');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/wrong-types\.json:2:\d+: error: \$\.version/);
  });

  it('prints JSON with --json', () => {
    const result = npx('validate', '--json', 'tests/fixtures/bad/truncated.json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({file: 'tests/fixtures/bad/truncated.json', valid: false});
  });
});

describe('npx willkommen partners', () => {
  it('merges a Windows-1252 export into --out, reading the file\'s bytes, with exit code 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'willkommen-partners-'));
    try {
      const out = join(dir, 'office.json');
      const result = npx('partners', 'examples/musterstadt.json', 'tests/fixtures/partners/windows-1252.csv', '--out', out);
      expect(result.stderr).toMatch(/^tests\/fixtures\/partners\/windows-1252\.csv: 2 rows read \(Windows-1252, separated by ";"\): 2 added \(frauentreff-suedstadt, buergerhaus-gruenau\), 0 replaced, 0 skipped$/m);
      expect(result.status).toBe(0);
      const merged = JSON.parse(readFileSync(out, 'utf8'));
      const added = merged.partners.features.find((feature: {properties: {id: string}}) => feature.properties.id === 'frauentreff-suedstadt');
      expect(added.properties.description).toBe('„Offener Treff“ für Frauen – Eintritt 0 €');
      expect(npx('validate', out).status).toBe(0);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('prints the merged config, reports skipped rows on stderr, exit code 1', () => {
    const result = npx('partners', 'examples/musterstadt.json', 'tests/fixtures/partners/bad-rows.csv');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tests\/fixtures\/partners\/bad-rows\.csv: row 5, column "lat": latitude 151\.2 is not between -90 and 90$/m);
    const ids = JSON.parse(result.stdout).partners.features.map((feature: {properties: {id: string}}) => feature.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['gut-1', 'gut-2']));
    expect(ids).not.toContain('mond');
  });
});
