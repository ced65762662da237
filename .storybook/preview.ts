/**
 * Every story runs on a simulated host page: the UI locale (page-wide, as on a real page) is applied
 * before the story renders, and the theme decides the page's background, colour, font and
 * `--willkommen-*` tokens. axe (addon-a11y) checks every story; a violation fails its test.
 */
import type {ArgTypesEnhancer, Decorator, Loader, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/index.js';
import {LOCALES, applyLocale, direction, forgetRememberedLocale, isRtl} from '../src/localization.js';
import {autonym} from '../src/core/format.js';
import {themeStyle, themes} from './themes.js';

/** The parts of custom-elements.json this file touches (the rest is passed on unchanged). */
interface Manifest {
  modules?: {declarations?: {members?: {privacy?: string; static?: boolean}[]; slots?: {name: string}[]}[]}[];
}

/**
 * `npm run analyze` writes custom-elements.json (gitignored) from the elements' JSDoc; the storybook
 * scripts run it first. A glob import instead of a plain one keeps Storybook, its Vitest project and
 * `tsc` working when it has not been generated: the docs tables are then just empty.
 */
const manifests = import.meta.glob<Manifest>('../custom-elements.json', {eager: true, import: 'default'});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(forTheDocs(manifest));

/**
 * The manifest as the docs tables should show it. Private and static members (controllers, styles) are
 * implementation, not API: left out. The default slot (every widget's fallback content) has no name,
 * and Storybook drops slots without one: it is listed as "(default)".
 */
function forTheDocs(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) {
        declaration.members = declaration.members.filter(
          (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
        );
      }
      for (const slot of declaration.slots ?? []) slot.name ||= '(default)';
    }
  }
  return copy;
}

/**
 * The docs tables as controls that do something: each `--willkommen-*` token becomes a colour picker
 * or a text field, and `withHostPage` sets it on the page around the story (custom properties reach
 * into the shadow roots); an attribute typed `string` gets a text field. Parts, events, slots and
 * `lang` are documentation: no control. Before, tokens and strings showed editors that changed
 * nothing.
 */
const workingControls: ArgTypesEnhancer = ({argTypes}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const {category, type} = argType.table ?? {};
      if (category === 'css custom properties') return [name, {...argType, control: {type: name.includes('-color-') ? 'color' : 'text'}}];
      if (category === 'css shadow parts' || category === 'events' || category === 'slots') return [name, {...argType, control: {disable: true}}];
      // The toolbar sets the language, page-wide as `lang` on a widget would.
      if (name === 'lang') return [name, {...argType, control: {disable: true}}];
      // A control a story file set (`config: {control: false}`) stays.
      if (argType.control !== undefined) return [name, argType];
      if (/^string( \| undefined)?$/.test(type?.summary ?? '')) return [name, {...argType, control: {type: 'text'}}];
      return [name, argType];
    }),
  );

/** The `--willkommen-*` tokens a designer set in the controls, as declarations for the host page. */
function tokenStyle(args: Record<string, unknown>): string {
  return Object.entries(args)
    .filter(([name, value]) => name.startsWith('--willkommen-') && typeof value === 'string' && value.trim())
    .map(([name, value]) => ` ${name}: ${value};`)
    .join('');
}

interface LocaleContext {
  globals: Record<string, unknown>;
  viewMode?: string;
  /** The toolbar's choice, without the story's own `globals` (set by Storybook, not in its types). */
  userGlobals?: Record<string, unknown>;
  /** The story's own `globals`. */
  storyGlobals?: Record<string, unknown>;
}

/**
 * The story's locale. A docs page shows every story of a file on ONE page, and the UI locale is
 * page-wide (as on a real host page): there the toolbar's locale applies to all of them, and a story's
 * own `globals.locale` (Arabic, GermanOnlyContent) only on its own canvas.
 */
function pageLocale({globals, viewMode, userGlobals}: LocaleContext): string {
  const locale = viewMode === 'docs' ? (userGlobals?.locale ?? globals.locale) : globals.locale;
  return typeof locale === 'string' ? locale : 'de';
}

/**
 * The locale is page-wide: it must be in place before the story's elements connect and render. A
 * choice remembered in the language picker would override it in every widget, so it is forgotten
 * first: the toolbar decides (a story that needs a remembered choice sets it up in `beforeEach`).
 */
const applyGlobalLocale: Loader = async (context) => {
  forgetRememberedLocale();
  await applyLocale(playLocale(context));
};

/**
 * The play functions check the German texts (the story tests run in German): on a canvas a story
 * renders and plays in German, unless it sets a locale of its own, and `showToolbarLocale` then
 * switches the page to the toolbar's language. A designer who picked Arabic saw most checks fail, and
 * three stories stopped short of the state they are named after.
 */
function playLocale(context: LocaleContext): string {
  const plays = context.viewMode === 'story' && !context.storyGlobals?.locale;
  return plays ? 'de' : pageLocale(context);
}

const showToolbarLocale = async (context: LocaleContext) => {
  if (playLocale(context) !== pageLocale(context)) await applyLocale(pageLocale(context));
};

/** A host-like page around the story: the theme's colours, font and tokens (then the controls'), and the page language. */
const withHostPage: Decorator = (story, context) => {
  const {args, globals, viewMode} = context;
  const locale = pageLocale(context);
  // On the story canvas the page fills the frame; on a docs page each story is its own small page.
  const size = viewMode === 'docs' ? '' : ' min-block-size: 100vh;';
  return html`<div
    class="willkommen-host-page"
    lang=${locale}
    dir=${direction(locale)}
    style="box-sizing: border-box; padding: 1.5em;${size} ${themeStyle(globals.theme)}${tokenStyle(args)}"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  argTypesEnhancers: [workingControls],
  loaders: [applyGlobalLocale],
  afterEach: showToolbarLocale,
  decorators: [withHostPage],
  globalTypes: {
    locale: {
      description: 'UI-Sprache aller Widgets (seitenweit)',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: LOCALES.map((code) => ({
          value: code,
          title: isRtl(code) ? `${code} (rechts nach links)` : `${code} (${autonym(code)})`,
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Host-Seite, in die das Widget eingebettet ist',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({value, title: theme.title})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'de',
    theme: 'light',
  },
  parameters: {
    layout: 'fullscreen',
    options: {
      // Designers land on the widgets; the webmaster pages (stories/docs/) follow, the guides in the
      // order of docs/guides/README.md.
      storySort: {
        order: ['Widgets', 'Webmaster', ['Konfigurator', 'Anleitungen', ['Einstieg', 'TYPO3', 'WordPress', 'Drupal', 'Government Site Builder', 'Plain HTML']]],
      },
    },
    controls: {
      matchers: {date: /^now$/},
    },
    docs: {
      // A docs page shows its stories in the toolbar's locale (the UI locale is page-wide, see
      // pageLocale): a story with a locale of its own ("Arabic") showed in German there. It keeps its
      // canvas. The rest is addon-docs' own filter (`docs.disable`).
      stories: {
        filter: (story: {storyGlobals?: Record<string, unknown>; parameters: {docs?: {disable?: boolean}}}) =>
          !story.storyGlobals?.locale && !story.parameters.docs?.disable,
      },
    },
    a11y: {
      // 'error': an axe violation fails the story's test (Vitest and the Storybook test panel).
      test: 'error',
      options: {
        rules: {
          // WCAG 2.2 target size (24 px): DESIGN.md asks for zero violations with it on.
          'target-size': {enabled: true},
        },
      },
    },
  },
};

export default preview;
