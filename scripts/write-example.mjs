// Copies the example template (examples/musterstadt.json, every text in all sixteen locales) to
// dist/willkommen.example.json, pointing at the schema beside it so editors check an office's copy.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const example = JSON.parse(readFileSync(new URL('../examples/musterstadt.json', import.meta.url), 'utf8'));
mkdirSync('dist', {recursive: true});
writeFileSync('dist/willkommen.example.json', JSON.stringify({$schema: './willkommen.schema.json', ...example}, null, 2) + '\n');
console.log('dist/willkommen.example.json written');
