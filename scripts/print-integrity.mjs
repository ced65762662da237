// Prints the Subresource Integrity value of the built file, for the script tag:
// <script src="/assets/willkommen.js" integrity="sha384-…" crossorigin="anonymous" defer></script>
// It changes with every build of a new version: update the page's script tag with it.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

export function integrity(path = 'dist/willkommen.js') {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`dist/willkommen.js integrity: ${integrity()}`);
}
