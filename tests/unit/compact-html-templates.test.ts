// The build drops the whitespace of the source layout from `html` templates (vite.config.ts). Between
// inline content a run of whitespace must stay a run (a line break); beside a block's tags it goes.
// Templates given to msg() must stay byte for byte (their translations are found by a hash of their
// strings), and nothing but `html` templates may change.
import {describe, expect, it} from 'vitest';
import {compactHtmlTemplates} from '../../vite.config.js';

const transform = (code: string, id = '/repo/src/widgets/example/example.ts'): string | null => {
  const plugin = compactHtmlTemplates() as unknown as {transform: (code: string, id: string) => {code: string} | null};
  return plugin.transform(code, id)?.code ?? null;
};

describe('compactHtmlTemplates', () => {
  it('drops the line breaks beside a block, in nested templates too, and keeps those between inline content', () => {
    const source = [
      'const view = html`<ul>',
      '    ${items.map((item) => html`<li class=${item.kind}>',
      '        <strong>${item.name}</strong>',
      '        ${item.note}',
      '        <span>${item.date}</span>',
      '      </li>`)}',
      '  </ul>`;',
    ].join('\n');
    expect(transform(source)).toBe(
      ['const view = html`<ul>${items.map((item) => html`<li class=${item.kind}><strong>${item.name}</strong>', '${item.note}', '<span>${item.date}</span></li>`)}</ul>`;'].join('\n'),
    );
  });

  it('knows a block by its whole name: <p> and <br> are blocks, <progress> and <param> are not', () => {
    expect(transform('const a = html`<b>x</b>\n  <p>y</p>\n  <br />\n  z`;')).toBe('const a = html`<b>x</b><p>y</p><br />z`;');
    expect(transform('const a = html`<b>x</b>\n  <progress></progress>\n  <param>`;')).toBe('const a = html`<b>x</b>\n<progress></progress>\n<param>`;');
  });

  it('keeps a run of spaces without a line break, and the code between the templates', () => {
    const source = 'const a = html`<b>x</b> <i>y</i>   z`;\nconst b =\n    1;';
    expect(transform(source)).toBe(source);
  });

  it('leaves templates given to msg() exactly as written', () => {
    const source = 'const a = msg(html`Mehr\n    <div>${name}</div>`);\nconst b = html`<p>\n    ${a}\n  </p>`;';
    expect(transform(source)).toBe('const a = msg(html`Mehr\n    <div>${name}</div>`);\nconst b = html`<p>${a}</p>`;');
  });

  it('leaves style sheets, plain template strings and files outside src/ alone', () => {
    const source = 'const a = css`\n    p { margin: 0; }\n`;\nconst b = `line\n    indented`;\nconst c = html`<i>\n  x</i>`;';
    expect(transform(source)).toBe('const a = css`\n    p { margin: 0; }\n`;\nconst b = `line\n    indented`;\nconst c = html`<i>\nx</i>`;');
    expect(transform(source, '/repo/node_modules/lit/index.ts')).toBeNull();
  });
});
