import {describe, expect, it} from 'vitest';
// @ts-expect-error: plain .mjs shared by the build and the byte counts, without types
import {compactStyleSheets} from '../../scripts/compact-style-sheets.mjs';

// The build ships `css` templates without comments and layout, and the size test counts them so
// (scripts/compact-style-sheets.mjs): the shared core's budget holds what ships, not our comments.
describe('compactStyleSheets', () => {
  it('drops the comments and the layout of a css template, and keeps every selector and value', () => {
    const source = 'const a = css`\n  /* why */\n  .a,\n  .b > c {\n    margin: 0 0 0.5em;\n    content: "x y";\n  }\n`;';
    expect(compactStyleSheets(source)).toBe('const a = css`.a, .b > c{margin: 0 0 0.5em;content: "x y";}`;');
  });

  it('leaves html templates, plain strings and files without style sheets alone', () => {
    const html = 'const t = html`<p>\n  /* not a comment */\n</p>`;';
    expect(compactStyleSheets(html)).toBeUndefined();
    const both = `${html}\nconst s = css\`.x { color: red; }\`;`;
    expect(compactStyleSheets(both)).toBe(`${html}\nconst s = css\`.x{color: red;}\`;`);
  });
});
