// The widgets' style sheets (Lit `css` templates) without their comments and line breaks: the comments
// say why a rule is there, for us, and were 2.3 KB of the file (1.1 KB gzip). Inside `css` templates
// only; a line break and its indentation become one space, and spaces next to braces and semicolons go.
// Nothing else changes: strings in CSS cannot hold a line break, and no space inside a selector or
// value is touched. (Literal minifiers such as minify-literals also rewrite `html` templates, which
// would change the message ids lit-localize derives from `msg(html…)` strings.)
// Used by the Vite build (vite.config.ts) and by the byte counts (measure-size.mjs) alike, so the size
// test counts the sheets as they ship, not their comments.

/** The source with every `css` template compacted; undefined when it has none. */
export function compactStyleSheets(code) {
  if (!code.includes('css`')) return undefined;
  return code.replace(/\bcss`([^`]*)`/g, (_, sheet) => {
    const compact = sheet
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .trim();
    return `css\`${compact}\``;
  });
}
