// The build drops the indentation after line breaks in `html` templates (vite.config.ts). A run of
// whitespace must stay a run (a line break), templates given to msg() must stay byte for byte (their
// translations are found by a hash of their strings), and nothing but `html` templates may change.
import {describe, expect, it} from 'vitest';
import {compactHtmlTemplates} from '../../vite.config.js';

const transform = (code: string, id = '/repo/src/widgets/example/example.ts'): string | null => {
  const plugin = compactHtmlTemplates() as unknown as {transform: (code: string, id: string) => {code: string} | null};
  return plugin.transform(code, id)?.code ?? null;
};

describe('compactHtmlTemplates', () => {
  it('drops the indentation after line breaks, in nested templates too, and keeps every line break', () => {
    const source = [
      'const view = html`<ul>',
      '    ${items.map((item) => html`<li>',
      '        <strong>${item.name}</strong>',
      '        ${item.note}',
      '      </li>`)}',
      '  </ul>`;',
    ].join('\n');
    expect(transform(source)).toBe(
      ['const view = html`<ul>', '${items.map((item) => html`<li>', '<strong>${item.name}</strong>', '${item.note}', '</li>`)}', '</ul>`;'].join('\n'),
    );
  });

  it('keeps a run of spaces without a line break, and the code between the templates', () => {
    const source = 'const a = html`<b>x</b> <i>y</i>   z`;\nconst b =\n    1;';
    expect(transform(source)).toBe(source);
  });

  it('leaves templates given to msg() exactly as written', () => {
    const source = 'const a = msg(html`Mehr\n    <span>${name}</span>`);\nconst b = html`<p>\n    ${a}\n  </p>`;';
    expect(transform(source)).toBe('const a = msg(html`Mehr\n    <span>${name}</span>`);\nconst b = html`<p>\n${a}\n</p>`;');
  });

  it('leaves style sheets, plain template strings and files outside src/ alone', () => {
    const source = 'const a = css`\n    p { margin: 0; }\n`;\nconst b = `line\n    indented`;\nconst c = html`<p>\n  x</p>`;';
    expect(transform(source)).toBe('const a = css`\n    p { margin: 0; }\n`;\nconst b = `line\n    indented`;\nconst c = html`<p>\nx</p>`;');
    expect(transform(source, '/repo/node_modules/lit/index.ts')).toBeNull();
  });
});
