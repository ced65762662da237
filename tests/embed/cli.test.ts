// The built command line as a webmaster runs it: `npx willkommen validate office.json` in the project,
// through bin/willkommen.mjs and the bundled dist/cli.mjs.
import {spawnSync} from 'node:child_process';
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

  it('prints JSON with --json', () => {
    const result = npx('validate', '--json', 'tests/fixtures/bad/truncated.json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({file: 'tests/fixtures/bad/truncated.json', valid: false});
  });
});
