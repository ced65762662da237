/**
 * The webmaster guides are Markdown files in docs/guides/ (one source: they read well on GitHub and in
 * a clone). The Storybook docs pages under stories/docs/ render those same files; this maps the links
 * BETWEEN guides (`[typo3.md](typo3.md)`, `README.md#…`) to the matching Storybook docs pages, because
 * a relative `.md` link would lead nowhere inside Storybook.
 */

/** Guide file → Storybook docs id (Storybook derives it from the page's title in its MDX file). */
export const GUIDE_PAGES: Record<string, {title: string; id: string}> = {
  'README.md': {title: 'Webmaster/Anleitungen/Einstieg', id: 'webmaster-anleitungen-einstieg--docs'},
  'typo3.md': {title: 'Webmaster/Anleitungen/TYPO3', id: 'webmaster-anleitungen-typo3--docs'},
  'wordpress.md': {title: 'Webmaster/Anleitungen/WordPress', id: 'webmaster-anleitungen-wordpress--docs'},
  'drupal.md': {title: 'Webmaster/Anleitungen/Drupal', id: 'webmaster-anleitungen-drupal--docs'},
  'government-site-builder.md': {title: 'Webmaster/Anleitungen/Government Site Builder', id: 'webmaster-anleitungen-government-site-builder--docs'},
  'plain-html.md': {title: 'Webmaster/Anleitungen/Plain HTML', id: 'webmaster-anleitungen-plain-html--docs'},
};

/**
 * `](typo3.md)` → `](?path=/docs/webmaster-anleitungen-typo3--docs)`: the docs renderer hands such a
 * link to the Storybook manager, which opens that page. An anchor (`#6-cache-…`) is dropped: the
 * manager opens pages, not places in them, and the link text names the step anyway.
 */
export function withStorybookLinks(markdown: string): string {
  return markdown.replace(/\]\(([A-Za-z0-9._-]+\.md)(#[^)\s]*)?\)/g, (link, file: string) => {
    const page = GUIDE_PAGES[file];
    return page ? `](?path=/docs/${page.id})` : link;
  });
}
