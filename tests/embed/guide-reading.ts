// Reading the webmaster guides (docs/guides/*.md) as a webmaster reads them, and the CMS pages they end
// up in: shared by guides.test.ts (every guide) and webmaster-journey.test.ts (the WordPress way).
import {readFileSync} from 'node:fs';

const GUIDES_DIR = new URL('../../docs/guides/', import.meta.url);
/** The guides' example site. */
export const SITE = 'https://www.musterstadt.example.org';

// --- Reading a guide ------------------------------------------------------------------------------

export interface CodeBlock {
  lang: string;
  text: string;
  /** The `## ` heading the block is under: failure messages say where to look. */
  section: string;
}

export interface Guide {
  file: string;
  markdown: string;
  blocks: CodeBlock[];
}

/** Fenced code blocks, also those indented inside list items (the indentation is removed). */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let section = '';
  let open: {indent: number; lang: string; lines: string[]} | undefined;
  for (const line of markdown.split('\n')) {
    if (open) {
      if (/^\s*```\s*$/.test(line)) {
        blocks.push({lang: open.lang, text: open.lines.join('\n'), section});
        open = undefined;
      } else {
        open.lines.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
      }
      continue;
    }
    const fence = /^(\s*)```(\S*)\s*$/.exec(line);
    if (fence) open = {indent: fence[1].length, lang: fence[2], lines: []};
    else if (line.startsWith('## ')) section = line.slice(3).trim();
  }
  return blocks;
}

export function readGuide(file: string): Guide {
  const markdown = readFileSync(new URL(file, GUIDES_DIR), 'utf8');
  return {file, markdown, blocks: codeBlocks(markdown)};
}

/** The text of the `## ` section whose heading matches. */
export function section(guide: Guide, heading: RegExp): string {
  const parts = guide.markdown.split(/^## /m);
  const found = parts.find((part) => heading.test(part.split('\n')[0]));
  if (!found) throw new Error(`${guide.file}: no "## " section matching ${heading}`);
  return found;
}

// --- Content-Security-Policy as data ---------------------------------------------------------------

/** One policy: directive name to its sources, in header order. */
export type Policy = Map<string, string[]>;

export const DIRECTIVES = new Set([
  'default-src', 'script-src', 'script-src-elem', 'script-src-attr', 'style-src', 'style-src-elem', 'style-src-attr',
  'img-src', 'connect-src', 'font-src', 'object-src', 'media-src', 'frame-src', 'worker-src', 'manifest-src',
  'base-uri', 'form-action', 'frame-ancestors', 'require-trusted-types-for', 'trusted-types', 'upgrade-insecure-requests',
]);

export function parsePolicy(text: string, where: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (!DIRECTIVES.has(name)) throw new Error(`${where}: "${name}" is not a CSP directive (in "${text}")`);
    if (policy.has(name)) throw new Error(`${where}: the policy names ${name} twice; browsers ignore the second`);
    policy.set(name, sources);
  }
  return policy;
}

export const serialize = (policy: Policy) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * "Add what is missing": sources are added to the directive. A directive the policy does not have yet
 * starts from default-src (a webmaster who writes only `img-src https://tiles…` under
 * `default-src 'self'` would lose 'self' for images; every guide says to add, not replace).
 */
export function extend(policy: Policy, directive: string, sources: string[]): void {
  // A policy that does not restrict this at all (no directive, no default-src to fall back on) needs
  // nothing added; adding would restrict it. This is the case of a second header that only adds
  // Trusted Types (drupal.md).
  const fallback = directive.endsWith('-src') && policy.has('default-src');
  if (!policy.has(directive) && !fallback) return;
  const current = policy.get(directive) ?? (directive.endsWith('-src') ? [...(policy.get('default-src') ?? [])] : []);
  policy.set(directive, [...current, ...sources.filter((source) => !current.includes(source))]);
}

export function clonePolicy(policy: Policy): Policy {
  return new Map([...policy].map(([name, sources]) => [name, [...sources]]));
}

/** The Apache line `Header set Content-Security-Policy "…"` of the CSP step. */
export function apacheHeader(guide: Guide): Policy {
  const block = guide.blocks.find((candidate) => candidate.lang === 'apache' && /Content-Security-Policy/.test(candidate.section));
  const value = block && /Header (?:set|always set) Content-Security-Policy "([^"]+)"/.exec(block.text)?.[1];
  if (!value) throw new Error(`${guide.file}: no Apache "Header set Content-Security-Policy" line in its CSP step`);
  return parsePolicy(value, `${guide.file}, Apache header line`);
}

// --- Host pages that look like each system's output ----------------------------------------------------

export interface HostPage {
  html: string;
  /** Inline scripts of the CMS that the guide's policy blocks (not the widgets' business). */
  blockedInlineScripts: number;
}

/** The words a WordPress page shows around the widgets: a German site unless a test says otherwise. */
export interface WordPressSite {
  origin: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  siteName: string;
  /** The page's title, also its h1. */
  title: string;
  heading: string;
}

const GERMAN_SITE: WordPressSite = {
  origin: SITE,
  lang: 'de-DE',
  dir: 'ltr',
  siteName: 'Stadt Musterstadt',
  title: 'Ausländerbehörde',
  heading: 'Ihr Termin bei uns',
};

/**
 * WordPress block theme: template parts, wp-block-* markup, the widgets in a Custom HTML block, and
 * WordPress's own inline emoji script, which a strict policy blocks.
 */
export function wordpressPage(script: string, elements: string, site: Partial<WordPressSite> = {}): HostPage {
  const {origin, lang, dir, siteName, title, heading} = {...GERMAN_SITE, ...site};
  return {
    blockedInlineScripts: 1,
    html: `<!DOCTYPE html>
<html lang="${lang}"${dir === 'rtl' ? ' dir="rtl"' : ''}>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} &#8211; ${siteName}</title>
<link rel="stylesheet" id="wp-block-library-css" href="${origin}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1" media="all">
<script id="wp-emoji-settings">window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.1.0\\/72x72\\/"};</script>
</head>
<body class="page-template-default page page-id-42${dir === 'rtl' ? ' rtl' : ''} wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<p class="wp-block-site-title"><a href="${origin}/" rel="home">${siteName}</a></p>
</div>
</header>
<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 class="has-text-align-left wp-block-post-title">${title}</h1>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<h2 class="wp-block-heading">${heading}</h2>
${elements}
</div>
</main>
<footer class="wp-block-template-part"><p class="has-small-font-size">${siteName} · <a href="${origin}/impressum/">Impressum</a></p></footer>
</div>
${script}
</body>
</html>`,
  };
}
