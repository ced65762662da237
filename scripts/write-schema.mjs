// Writes dist/willkommen.schema.json from src/core/config/schema.ts (the same schema the widgets use).
import {build} from 'esbuild';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const bundled = await build({
  entryPoints: ['src/core/config/json-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const module = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
mkdirSync('dist', {recursive: true});
writeFileSync('dist/willkommen.schema.json', JSON.stringify(module.configJsonSchema(version), null, 2) + '\n');
console.log('dist/willkommen.schema.json written');
