import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, fn} from 'storybook/test';
import {html, nothing} from 'lit';
import type {WillkommenContactCard} from '../src/widgets/contact-card/contact-card.js';
import {
  appointmentOnlyOffice,
  brokenConfig,
  germanOnly,
  manyLanguages,
  musterstadt,
  veryLongNames,
  walkInOffice,
} from '../tests/fixtures/configs.js';
import {NEVER_ANSWERS_URL, expectBrokenConfigHandled, expectLoading, inShadow, inlineConfig, isRendered, settled, stubNeverAnswering} from './story-helpers.js';

// Berlin is UTC+2 in June: these are 10:30 on Monday, 10:00 on Wednesday and on Thursday, office time.
// Musterstadt (DE-NW) opens Mo, Tu, Fr 8–12 and Th 8–12, 14–18; Thursday 4 June 2026 is Corpus Christi.
const MONDAY_MORNING = new Date('2026-06-01T08:30:00Z');
const WEDNESDAY_MORNING = new Date('2026-06-03T08:00:00Z');
const CORPUS_CHRISTI_MORNING = new Date('2026-06-04T08:00:00Z');

const TAG = 'willkommen-contact-card';

interface CardArgs {
  /** The config JSON, put on the page as an inline script (one of tests/fixtures/configs.ts). */
  fixture: unknown;
  /** Replaces `fixture` with this `config` attribute value (a URL), for the loading state. */
  configUrl?: string;
  office?: string;
  headingLevel: number;
  /** The instant the card shows; Storybook's date control gives a number. */
  now?: Date | number;
  onWillkommenConfigError: (event: Event) => void;
  /** The element's own attributes, as custom-elements.json lists them: documented, but set by the stories. */
  config?: string;
  'heading-level'?: number;
  /** A design token, as the docs table's controls set it on the page around the card. */
  [token: `--willkommen-${string}`]: string | undefined;
}

type Story = StoryObj<CardArgs>;

const card = async (canvasElement: HTMLElement) => settled<WillkommenContactCard>(canvasElement, TAG);

const meta = {
  title: 'Widgets/Kontaktkarte',
  component: TAG,
  tags: ['autodocs'],
  args: {
    fixture: musterstadt,
    headingLevel: 2,
    now: MONDAY_MORNING,
    onWillkommenConfigError: fn(),
  },
  argTypes: {
    fixture: {control: false, table: {disable: true}},
    configUrl: {control: false, table: {disable: true}},
    // The stories give every card its own inline config; `office` and the heading level are the knobs.
    config: {control: false},
    'heading-level': {control: false},
    headingLevel: {control: {type: 'number', min: 2, max: 6, step: 1}},
  },
  render: (args, {id}) =>
    html`<willkommen-contact-card
      config=${args.configUrl ?? inlineConfig(args.fixture, id)}
      office=${args.office || nothing}
      heading-level=${args.headingLevel}
      .now=${args.now === undefined ? undefined : new Date(args.now)}
      @willkommen-config-error=${args.onWillkommenConfigError}
    >
      <p lang="de">
        Öffnungszeiten und Kontakt:
        <a href="https://www.musterstadt.example.org/auslaenderbehoerde">Ausländerbehörde Musterstadt</a>
      </p>
    </willkommen-contact-card>`,
} satisfies Meta<CardArgs>;

export default meta;

/** The example office on a Monday morning: open now, with the time it closes. */
export const Default: Story = {
  play: async ({canvasElement, args}) => {
    const element = await card(canvasElement);
    await expect(inShadow(element, '[part="heading"]')).toHaveTextContent('Ausländerbehörde Musterstadt');
    await expect(inShadow(element, '[part="example-notice"]')).toHaveTextContent('Beispieldaten');
    const status = inShadow(element, '[part="status"]');
    await expect(status).toHaveClass('open');
    await expect(status).toHaveTextContent(/Jetzt geöffnet/);
    await expect(status).toHaveTextContent(/schließt um 12:00/);
    // The card rendered, so its light-DOM fallback is no longer shown.
    await expect(element.shadowRoot!.querySelector('slot')).toBeNull();
    await expect(isRendered(element.querySelector('p'))).toBe(false);
    await expect(args.onWillkommenConfigError).not.toHaveBeenCalled();
  },
};

/** Wednesday: closed all day; it reopens on Friday, because Thursday is a public holiday. */
export const Closed: Story = {
  args: {now: WEDNESDAY_MORNING},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    const status = inShadow(element, '[part="status"]');
    await expect(status).toHaveClass('closed');
    await expect(status).toHaveTextContent(/Jetzt geschlossen/);
    await expect(status).toHaveTextContent(/öffnet Freitag um 8:00/);
    await expect(inShadow(element, 'tr[aria-current="date"]')).toHaveTextContent(/Mittwoch/);
  },
};

/** Corpus Christi (a public holiday in North Rhine-Westphalia, the office's region): closed, and says why. */
export const Holiday: Story = {
  args: {now: CORPUS_CHRISTI_MORNING},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    await expect(inShadow(element, '[part="status"]')).toHaveTextContent(/Jetzt geschlossen/);
    const today = inShadow(element, 'tr[aria-current="date"]');
    await expect(today).toHaveTextContent(/Donnerstag/);
    await expect(today).toHaveTextContent(/geschlossen/);
    await expect(today).toHaveTextContent(/Fronleichnam/);
  },
};

/** Visits by appointment only: the card says so and offers the booking link. */
export const AppointmentOnly: Story = {
  args: {fixture: appointmentOnlyOffice},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    await expect(inShadow(element, '.appointment-only')).toHaveTextContent(/Nur mit Termin/);
    const book = inShadow<HTMLAnchorElement>(element, '[part="book"]');
    await expect(book).toHaveAttribute('href', 'https://termine.musterstadt.example.org');
    await expect(book).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** Walk-in office: no "appointment only" line, the booking link stays as an option. */
export const WalkIn: Story = {
  args: {fixture: walkInOffice},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    await expect(element.shadowRoot!.querySelector('.appointment-only')).toBeNull();
    await expect(inShadow(element, '[part="book"]')).toBeVisible();
  },
};

/** Twenty languages spoken at the counter, named in the visitor's language, wrapping as tags. */
export const ManyLanguages: Story = {
  args: {fixture: manyLanguages},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    const tags = [...element.shadowRoot!.querySelectorAll('.languages li')];
    await expect(tags).toHaveLength(manyLanguages.offices[0].languages.length);
    const names = tags.map((tag) => tag.textContent?.trim());
    await expect(names).toContain('Arabisch');
    await expect(names).toContain('Ukrainisch');
  },
};

/** A very long office name and email address in a 320 px wide column: everything wraps, nothing overflows. */
export const VeryLongNames: Story = {
  args: {fixture: veryLongNames},
  decorators: [
    (story) => html`<div style="inline-size: 320px; max-inline-size: 100%; outline: 1px dashed currentColor">${story()}</div>`,
  ],
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    await expect(inShadow(element, '[part="heading"]')).toHaveTextContent(/Fachkräfteeinwanderung, Familiennachzug/);
    await expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const box = inShadow(element, '.card');
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    for (const part of element.shadowRoot!.querySelectorAll<HTMLElement>('.card *')) {
      await expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(box.getBoundingClientRect().right + 0.5);
    }
  },
};

/**
 * A config with German texts only, shown in English: the office name and welcome fall back to German
 * and are marked `lang="de"` so screen readers pronounce them in German.
 */
export const GermanOnlyContent: Story = {
  args: {fixture: germanOnly},
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    await expect(inShadow(element, '[part="status"]')).toHaveTextContent(/Open now/);
    const name = inShadow(element, '[part="heading"] [lang]');
    await expect(name).toHaveAttribute('lang', 'de');
    await expect(name).toHaveTextContent('Ausländerbehörde Musterstadt (Beispiel)');
    await expect(inShadow(element, '.welcome [lang]')).toHaveAttribute('lang', 'de');
  },
};

/** While the config loads: its server never answers (see stubNeverAnswering). */
export const Loading: Story = {
  args: {configUrl: NEVER_ANSWERS_URL},
  beforeEach: stubNeverAnswering,
  play: async ({canvasElement}) => expectLoading(canvasElement.querySelector(TAG)!),
};

/**
 * A config with wrong types and an unsafe link: a short message for visitors, the page's own fallback
 * content shown again, and `willkommen-config-error` with the exact JSON paths for the webmaster.
 */
export const ConfigError: Story = {
  args: {fixture: brokenConfig},
  play: async ({canvasElement, args}) => {
    const element = await card(canvasElement);
    await expectBrokenConfigHandled(element, args.onWillkommenConfigError);
  },
};

/** The UI in Arabic: right to left; office texts without Arabic fall back to English and say so. */
export const Arabic: Story = {
  globals: {locale: 'ar'},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    await expect(element).toHaveAttribute('dir', 'rtl');
    await expect(getComputedStyle(inShadow(element, '.card')).direction).toBe('rtl');
    await expect(inShadow(element, '[part="status"]')).toHaveTextContent(/[\u0600-\u06FF]/);
    const name = inShadow(element, '[part="heading"] [lang]');
    await expect(name).toHaveAttribute('lang', 'en');
    await expect(name).toHaveTextContent('Musterstadt Immigration Office');
  },
};

/** On a dark host page: the card takes the page's text colour, so it stays readable without any token. */
export const Dark: Story = {
  globals: {theme: 'dark'},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    const page = canvasElement.querySelector('.willkommen-host-page') ?? element.parentElement!;
    await expect(getComputedStyle(inShadow(element, '.card')).color).toBe(getComputedStyle(page).color);
    await expect(getComputedStyle(inShadow(element, '.welcome')).color).toBe('rgb(238, 241, 245)');
  },
};

/** A high-contrast theme set entirely through `--willkommen-*` tokens: yellow accent, black text on it. */
export const HighContrast: Story = {
  globals: {theme: 'high-contrast'},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    const book = getComputedStyle(inShadow(element, '[part="book"]'));
    await expect(book.backgroundColor).toBe('rgb(255, 255, 0)');
    await expect(book.color).toBe('rgb(0, 0, 0)');
    await expect(getComputedStyle(inShadow(element, '.card')).backgroundColor).toBe('rgb(0, 0, 0)');
  },
};

/**
 * A house colour and square corners, tried out in the controls: every `--willkommen-*` token of the
 * docs table is a control, set on the page around the card.
 */
export const OwnTokens: Story = {
  args: {'--willkommen-color-accent': '#5b2a86', '--willkommen-radius': '0'},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    await expect(getComputedStyle(inShadow(element, '[part="book"]')).backgroundColor).toBe('rgb(91, 42, 134)');
    await expect(getComputedStyle(inShadow(element, '.card')).borderTopLeftRadius).toBe('0px');
  },
};

/** A municipal house style: the page keeps its sans-serif, the widget takes the serif font token. */
export const AuthorityTheme: Story = {
  globals: {theme: 'authority'},
  play: async ({canvasElement}) => {
    const element = await card(canvasElement);
    await expect(getComputedStyle(inShadow(element, '.card')).fontFamily).toMatch(/^Georgia/);
    await expect(getComputedStyle(inShadow(element, '[part="book"]')).backgroundColor).toBe('rgb(122, 28, 42)');
  },
};
