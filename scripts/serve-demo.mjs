// Serves the demo page of "Stadt Musterstadt" with the BUILT dist/willkommen.js, as a webmaster's
// site would, under the strict Content-Security-Policy the widgets promise to work with.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html willkommen";
// The configurator is a tool for the office's staff, not part of the host page: its live preview writes
// the edited config into an inline JSON <script>, which Trusted Types would refuse without a policy of
// its own. Everything else stays as strict as on the demo page.
const CONFIGURATOR_CSP = CSP.replace(/ require-trusted-types-for [^;]*; trusted-types [^;]*$/, '');
const TYPES = {'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json'};
const FILES = {
  '/willkommen.js': 'dist/willkommen.js',
  '/willkommen.schema.json': 'dist/willkommen.schema.json',
  '/willkommen.example.json': 'dist/willkommen.example.json',
};
const CONFIGURATOR = '/configurator/';
/** The same page on the full example template (sixteen languages) instead of the lean embedded default. */
const FULL_EXAMPLE_PAGE = '/full-example.html';

/** The demo page, pointed at the full template through `data-config` as a webmaster would. */
function withFullExample(html) {
  return html
    .replace('<script src="willkommen.js" defer>', '<script src="willkommen.js" data-config="willkommen.example.json" defer>')
    .replace('aria-current="true" data-example="embedded"', 'data-example="embedded"')
    .replace('data-example="full"', 'aria-current="true" data-example="full"');
}

const server = createServer(async (request, response) => {
  if (request.url === '/favicon.ico') return void response.writeHead(204).end();
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const page = path === '/' || path === FULL_EXAMPLE_PAGE ? '/index.html' : path;
  // The configurator (npm run build:configurator), linked from the demo page.
  const configurator = path.startsWith(CONFIGURATOR) && join('site', normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, ''));
  const file = FILES[path] ?? (configurator || join('demo', normalize(page).replace(/^(\.\.[/\\])+/, '')));
  try {
    let body = await readFile(file);
    if (path === FULL_EXAMPLE_PAGE) body = withFullExample(body.toString('utf8'));
    const csp = configurator ? CONFIGURATOR_CSP : CSP;
    response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp});
    response.end(body);
  } catch {
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'});
    response.end('Not found');
  }
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is taken: try PORT=8081 npm start` : error.message);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(
    `\nWillkommen demo (Stadt Musterstadt, example data): http://${host}:${port}/` +
      `\nConfigurator for offices: http://${host}:${port}${CONFIGURATOR}\nPress Ctrl+C to stop.\n`,
  );
});
