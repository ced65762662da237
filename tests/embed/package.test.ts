// The npm package as a developer uses it: `npm pack`, install the tarball into a fresh project, then
// use both kinds of entry: the one-file script for a plain page, and the per-widget ES modules through
// a bundler (with their TypeScript types), each rendering in Chromium.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hostPage, openPage, STRICT_CSP, useHost, widgetText} from './harness.js';

const host = useHost();
const root = process.cwd();
let project = '';
let tarball = '';

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'willkommen-package-'));
  // prepack runs build:package; the bundle is built already (npm test builds before the embed tests,
  // and the other embed tests use it meanwhile), so only the ES modules, the types and
  // custom-elements.json are added here.
  execFileSync('npm', ['run', 'build:modules'], {cwd: root, stdio: 'ignore'});
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {cwd: root, encoding: 'utf8'}));
  tarball = join(project, packed[0].filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'town-site', private: true, type: 'module'}));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], {cwd: project, stdio: 'ignore'});
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, {recursive: true, force: true});
});

const installed = (path: string) => join(project, 'node_modules', 'willkommen-widgets', path);

describe('the npm package', () => {
  it('holds the bundle, the ES modules, types, the manifest, the schema and the example, and no sources', () => {
    const files = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).split('\n').filter(Boolean);
    for (const file of [
      'package/dist/willkommen.js',
      'package/lib/contact-card.js',
      'package/lib/partner-map.js',
      'package/lib/types/widgets/checklist/checklist.d.ts',
      'package/custom-elements.json',
      'package/dist/willkommen.schema.json',
      'package/dist/willkommen.example.json',
      'package/bin/willkommen.mjs',
      'package/dist/cli.mjs',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => /^package\/(src|tests|stories|node_modules)\//.test(file))).toEqual([]);
    expect(readFileSync(installed('dist/willkommen.js'), 'utf8')).not.toContain('Lit is in dev mode');
    const manifest = JSON.parse(readFileSync(installed('custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((module: {declarations?: Array<{tagName?: string}>}) => module.declarations ?? []).map((d: {tagName?: string}) => d.tagName).filter(Boolean);
    expect(tags.sort()).toEqual(['willkommen-checklist', 'willkommen-contact-card', 'willkommen-document-finder', 'willkommen-language-picker', 'willkommen-partner-map']);
  });

  it('serves the one-file script from node_modules in a plain page', async () => {
    host.server.route('/vendor/willkommen.js', {body: readFileSync(installed('dist/willkommen.js')), headers: {'content-type': 'text/javascript'}});
    const url = host.server.page('/plain.html', hostPage('<willkommen-contact-card></willkommen-contact-card><script src="/vendor/willkommen.js"></script>'), {csp: STRICT_CSP});
    const {page, watch} = await openPage(host.browser, url);
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Ausländerbehörde Musterstadt');
    expect(watch.errors).toEqual([]);
  });

  it('bundles two widgets from their own entries, with their types, and they render', async () => {
    writeFileSync(
      join(project, 'site.ts'),
      `import 'willkommen-widgets/contact-card';
import 'willkommen-widgets/document-finder';
import type {WillkommenContactCard} from 'willkommen-widgets/contact-card';
const card: WillkommenContactCard | null = document.querySelector('willkommen-contact-card');
card?.setAttribute('heading-level', '3');
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({compilerOptions: {target: 'ES2021', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2022', 'DOM']}, files: ['site.ts']}),
    );
    // The types resolve through the package's exports map: a wrong import would fail here.
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], {stdio: 'pipe'});
    const bundled = await build({entryPoints: [join(project, 'site.ts')], bundle: true, format: 'esm', write: false, absWorkingDir: project, logLevel: 'silent'});
    const code = bundled.outputFiles[0].text;
    expect(code).not.toContain('willkommen-partner-map'); // only the widgets imported
    host.server.route('/site.js', {body: code, headers: {'content-type': 'text/javascript'}});
    const url = host.server.page(
      '/bundled.html',
      hostPage('<willkommen-contact-card></willkommen-contact-card><willkommen-document-finder></willkommen-document-finder><script type="module" src="/site.js"></script>'),
    );
    const {page, watch} = await openPage(host.browser, url);
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Ausländerbehörde Musterstadt');
    expect(await widgetText(page, 'willkommen-document-finder')).toContain('Meldebescheinigung');
    expect(watch.errors).toEqual([]);
  });

  it('bundles the partner map with the parts of Leaflet it imports from leaflet/src', async () => {
    writeFileSync(join(project, 'map.ts'), "import 'willkommen-widgets/partner-map';\n");
    // The map's Leaflet module is imported lazily; a bundler still resolves it (and its deep imports
    // of Leaflet's ES sources, extensionless as Leaflet writes them) when it builds the site.
    const bundled = await build({entryPoints: [join(project, 'map.ts')], bundle: true, format: 'esm', write: false, absWorkingDir: project, logLevel: 'silent'});
    const code = bundled.outputFiles[0].text;
    expect(code).toContain('leaflet-zoom-anim'); // Leaflet's Map is in
    expect(code).not.toContain('leaflet-control-zoom'); // its controls, which write HTML strings, are not
    host.server.route('/map.js', {body: code, headers: {'content-type': 'text/javascript'}});
    const url = host.server.page('/bundled-map.html', hostPage('<willkommen-partner-map></willkommen-partner-map><script type="module" src="/map.js"></script>'));
    const {page, watch} = await openPage(host.browser, url);
    expect(await widgetText(page, 'willkommen-partner-map')).toContain('Migrationsberatung');
    expect(watch.errors).toEqual([]);
  });
});
