import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, fn, userEvent, waitFor} from 'storybook/test';
import {html, nothing} from 'lit';
import type {WillkommenDocumentFinder} from '../src/widgets/document-finder/document-finder.js';
import {brokenConfig, multilingualDocuments, musterstadt} from '../tests/fixtures/configs.js';
import {expectBrokenConfigHandled, inShadow, inlineConfig, isRendered, settled} from './story-helpers.js';

const TAG = 'willkommen-document-finder';

interface DocumentFinderArgs {
  /** The config JSON, put on the page as an inline script (one of tests/fixtures/configs.ts). */
  fixture: unknown;
  /** A case id of the config (`extension`, `studies`, …): its documents only; empty: all documents. */
  service?: string;
  headingLevel: number;
  onWillkommenConfigError: (event: Event) => void;
  /** The element's own attributes, as custom-elements.json lists them: documented, but set by the stories. */
  config?: string;
  'heading-level'?: number;
}

type Story = StoryObj<DocumentFinderArgs>;

const finder = async (canvasElement: HTMLElement) => settled<WillkommenDocumentFinder>(canvasElement, TAG);

/** The ids of the listed documents, in order (the same in every language). */
const listed = (element: WillkommenDocumentFinder) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('.document')].map((item) => item.dataset.id!);

const toggle = (element: WillkommenDocumentFinder, id: string) => inShadow<HTMLButtonElement>(element, `#toggle-${id}`);

const meta = {
  title: 'Widgets/Dokumentenfinder',
  component: TAG,
  tags: ['autodocs'],
  args: {
    fixture: musterstadt,
    service: '',
    headingLevel: 2,
    onWillkommenConfigError: fn(),
  },
  argTypes: {
    fixture: {control: false, table: {disable: true}},
    config: {control: false},
    'heading-level': {control: false},
    service: {control: 'select', options: ['', ...musterstadt.services.map((service) => service.id)]},
    headingLevel: {control: {type: 'number', min: 2, max: 6, step: 1}},
  },
  render: (args, {id}) =>
    html`<willkommen-document-finder
      config=${inlineConfig(args.fixture, id)}
      service=${args.service || nothing}
      heading-level=${args.headingLevel}
      @willkommen-config-error=${args.onWillkommenConfigError}
    >
      <p lang="de">
        Welche Unterlagen es gibt und wo Sie sie bekommen:
        <a href="https://www.musterstadt.example.org/auslaenderbehoerde/unterlagen">Ausländerbehörde Musterstadt</a>
      </p>
    </willkommen-document-finder>`,
} satisfies Meta<DocumentFinderArgs>;

export default meta;

/**
 * Nothing typed yet: a few documents most cases need as suggestions, then every document A–Z, each a
 * closed disclosure.
 */
export const Browse: Story = {
  play: async ({canvasElement}) => {
    const element = await finder(canvasElement);
    await expect(inShadow(element, '[part="heading"]')).toHaveAttribute('aria-level', '2');
    await expect(inShadow(element, 'input[type="search"]')).toHaveAccessibleName('Dokument suchen');
    await expect(element.shadowRoot!.querySelector('[role="search"]')).not.toBeNull();
    await expect(listed(element)).toHaveLength(musterstadt.documents.length);
    await expect(listed(element)[0]).toBe('anabin-zab');
    await expect(element.shadowRoot!.querySelectorAll('button.suggestion')).toHaveLength(4);
    await expect(toggle(element, 'passport')).toHaveAttribute('aria-expanded', 'false');
    await expect(inShadow(element, '[part="example-notice"]')).toHaveTextContent('Beispieldaten');
    await expect(isRendered(element.querySelector('p'))).toBe(false);
  },
};

/** "anmeldung" typed (the word on the letter): the registration certificate first, opened, count announced. */
export const Query: Story = {
  play: async ({canvasElement}) => {
    const element = await finder(canvasElement);
    const field = inShadow<HTMLInputElement>(element, 'input[type="search"]');
    await userEvent.type(field, 'anmeldung');
    await waitFor(() => expect(listed(element)[0]).toBe('registration-certificate'));
    await expect(element.shadowRoot!.activeElement).toBe(field);
    const found = listed(element).length;
    // Said once typing pauses (a second), not per keystroke.
    await waitFor(() => expect(inShadow(element, '[role="status"]')).toHaveTextContent(found === 1 ? '1 Dokument gefunden' : `${found} Dokumente gefunden`), {timeout: 2000});
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(toggle(element, 'registration-certificate')).toHaveAttribute('aria-expanded', 'true'));
    const panel = inShadow(element, '#panel-registration-certificate');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveTextContent('Bürgeramt');
    await expect(panel).toHaveTextContent('Blaue Karte EU');
  },
};

/** Nothing matches: say so, and point to the office's phone and email. */
export const NoResults: Story = {
  play: async ({canvasElement}) => {
    const element = await finder(canvasElement);
    await userEvent.type(inShadow(element, 'input[type="search"]'), 'Waffenschein');
    const empty = await waitFor(() => inShadow(element, '[part="no-results"]'));
    await expect(listed(element)).toEqual([]);
    await expect(empty).toHaveTextContent('Waffenschein');
    await expect(empty.querySelector('a[href^="tel:"]')).toHaveTextContent(musterstadt.offices[0]!.phone);
    await expect(empty.querySelector('a[href^="mailto:"]')).toHaveTextContent(musterstadt.offices[0]!.email);
    await waitFor(() => expect(inShadow(element, '[role="status"]')).toHaveTextContent('Kein Dokument gefunden.'), {timeout: 2000});
  },
};

/** A page about studying in Musterstadt: `service="studies"` shows only the documents of that case. */
export const ServicePreset: Story = {
  args: {service: 'studies', headingLevel: 3},
  play: async ({canvasElement}) => {
    const element = await finder(canvasElement);
    const studies = musterstadt.services.find((service) => service.id === 'studies')!;
    await expect(inShadow<HTMLSelectElement>(element, 'select').value).toBe('studies');
    await expect([...listed(element)].sort()).toEqual([...new Set(studies.documents.map((entry) => entry.ref))].sort());
    await expect(listed(element)).toContain('blocked-account');
    await expect(listed(element)).not.toContain('pension-record');
    await expect(inShadow(element, '.document-heading')).toHaveAttribute('aria-level', '4');
  },
};

/**
 * The page was opened with `#willkommen-doc=formal-obligation` (a checklist item's "more about this
 * document"): that document is open and has the focus.
 */
export const DeepLinked: Story = {
  beforeEach: () => {
    const before = location.href;
    history.replaceState(history.state, '', '#willkommen-doc=formal-obligation');
    return () => history.replaceState(history.state, '', before);
  },
  play: async ({canvasElement}) => {
    const element = await finder(canvasElement);
    await waitFor(() => expect(toggle(element, 'formal-obligation')).toHaveAttribute('aria-expanded', 'true'));
    await waitFor(() => expect(element.shadowRoot!.activeElement).toBe(toggle(element, 'formal-obligation')));
    await expect(inShadow(element, '#panel-formal-obligation')).toHaveTextContent('29 €');
  },
};

/** In English: English names, the German official term beside each, marked lang="de". */
export const English: Story = {
  globals: {locale: 'en'},
  args: {fixture: multilingualDocuments},
  play: async ({canvasElement}) => {
    const element = await finder(canvasElement);
    const item = inShadow(element, '.document[data-id="housing-proof"]');
    await expect(item.querySelector('.name')).toHaveTextContent('Proof of adequate housing');
    await expect(item.querySelector('.official')).toHaveAttribute('lang', 'de');
    await expect(item.querySelector('.official')).toHaveTextContent('Nachweis über ausreichenden Wohnraum');
    await userEvent.type(inShadow(element, 'input[type="search"]'), 'паспорт');
    await waitFor(() => expect(listed(element)[0]).toBe('passport'));
  },
};

/**
 * In Arabic: right to left, Arabic names where the config has them (English otherwise, marked so), and
 * "مسكن" (dwelling) finds the proof of adequate housing.
 */
export const Arabic: Story = {
  globals: {locale: 'ar'},
  args: {fixture: multilingualDocuments},
  play: async ({canvasElement}) => {
    const element = await finder(canvasElement);
    await expect(element).toHaveAttribute('dir', 'rtl');
    await expect(getComputedStyle(inShadow(element, '[part="finder"]')).direction).toBe('rtl');
    await expect(inShadow(element, '.document[data-id="passport"] .name')).toHaveTextContent('جواز السفر');
    await expect(inShadow(element, '.document[data-id="birth-certificate"] .name [lang="en"]')).toHaveTextContent('Birth certificate');
    await userEvent.type(inShadow(element, 'input[type="search"]'), 'مسكن');
    await waitFor(() => expect(listed(element)[0]).toBe('housing-proof'));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(inShadow(element, '#panel-housing-proof')).toBeVisible());
    await expect(inShadow(element, '#panel-housing-proof')).toHaveTextContent('يُثبت أن مسكنك');
  },
};

/** In a 320 px column: the field, the filter and the open document wrap, nothing sticks out. */
export const Narrow320: Story = {
  decorators: [
    (story) => html`<div style="inline-size: 320px; max-inline-size: 100%; outline: 1px dashed currentColor">${story()}</div>`,
  ],
  play: async ({canvasElement}) => {
    const element = await finder(canvasElement);
    await userEvent.click(toggle(element, 'registration-certificate'));
    await expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const box = inShadow(element, '[part="finder"]');
    const right = box.getBoundingClientRect().right + 0.5;
    // Named, so a failure says which part sticks out.
    const sticking = [...box.querySelectorAll<HTMLElement>('*')]
      .filter((part) => !part.closest('.visually-hidden') && !part.closest('[hidden]'))
      .filter((part) => part.getBoundingClientRect().right > right)
      .map((part) => `${part.localName}.${part.className}: ${Math.round(part.getBoundingClientRect().width)}px`);
    await expect(sticking).toEqual([]);
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  },
};

/**
 * A config with wrong types and an unsafe link: a short message for visitors, the page's own fallback
 * content shown again, and `willkommen-config-error` with the exact JSON paths for the webmaster.
 */
export const ConfigError: Story = {
  args: {fixture: brokenConfig},
  play: async ({canvasElement, args}) => {
    const element = await finder(canvasElement);
    await expect(element.shadowRoot!.querySelector('.documents')).toBeNull();
    await expectBrokenConfigHandled(element, args.onWillkommenConfigError);
  },
};

/** On a dark host page: the finder takes the page's text colour, so it stays readable. */
export const DarkTheme: Story = {
  globals: {theme: 'dark'},
  play: async ({canvasElement}) => {
    const element = await finder(canvasElement);
    const page = canvasElement.querySelector('.willkommen-host-page') ?? element.parentElement!;
    const pageColor = getComputedStyle(page).color;
    await expect(getComputedStyle(inShadow(element, '[part="finder"]')).color).toBe(pageColor);
    await expect(getComputedStyle(inShadow(element, '.document .name')).color).toBe(pageColor);
  },
};
