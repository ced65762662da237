// Bundles the command line (src/cli/node.ts, with the widgets' config schema and validation) into
// dist/cli.mjs, one self-contained module for bin/willkommen.mjs, which also runs as `node dist/cli.mjs`.
import {build} from 'esbuild';

await build({
  entryPoints: ['src/cli/node.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build that requires its parts at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  outfile: 'dist/cli.mjs',
  logLevel: 'warning',
});
console.log('dist/cli.mjs written');
