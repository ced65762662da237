import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, fn, userEvent, waitFor} from 'storybook/test';
import {html, nothing} from 'lit';
import type {WillkommenChecklist} from '../src/widgets/checklist/checklist.js';
import {storage} from '../src/core/storage.js';
import {brokenConfig, musterstadt} from '../tests/fixtures/configs.js';
import {NEVER_ANSWERS_URL, expectBrokenConfigHandled, expectLoading, inShadow, inlineConfig, isRendered, settled, stubNeverAnswering} from './story-helpers.js';

const TAG = 'willkommen-checklist';

/** Where the checklist keeps the extension case of the example office (storage adds `willkommen:`). */
const EXTENSION_KEY = 'checklist:auslaenderbehoerde:extension';

// The example office's "extend your residence permit" case: six documents everyone brings, and six
// more that depend on the three questions (employed: three, self-employed: two, benefits: one).
const extension = musterstadt.services.find((service) => service.id === 'extension')!;
const extensionDocuments: readonly {ref: string; when?: Readonly<Record<string, boolean | undefined>>}[] = extension.documents;
const ALWAYS = extensionDocuments.filter((entry) => !entry.when).length;

interface ChecklistArgs {
  /** The config JSON, put on the page as an inline script (one of tests/fixtures/configs.ts). */
  fixture: unknown;
  /** Replaces `fixture` with this `config` attribute value (a URL), for the loading state. */
  configUrl?: string;
  /** A case id of the config (`extension`, `blue-card`, …); empty: the visitor picks one. */
  service?: string;
  headingLevel: number;
  onWillkommenChecklistChange: (event: Event) => void;
  onWillkommenConfigError: (event: Event) => void;
  /** The element's own attributes, as custom-elements.json lists them: documented, but set by the stories. */
  config?: string;
  'heading-level'?: number;
}

type Story = StoryObj<ChecklistArgs>;

const checklist = async (canvasElement: HTMLElement) => settled<WillkommenChecklist>(canvasElement, TAG);

/** The list item of one document, found by its document id (the same in every language). */
function item(element: WillkommenChecklist, ref: string): HTMLLIElement {
  return inShadow(element, `.item[data-ref="${ref}"]`) as HTMLLIElement;
}

/** The radio of one document's status: ready, not-applicable or unavailable. */
const statusInput = (element: WillkommenChecklist, ref: string, status: string) =>
  item(element, ref).querySelector<HTMLInputElement>(`input[value="${status}"]`)!;

const progressText = (element: WillkommenChecklist) =>
  (inShadow(element, '.progress-text').textContent ?? '').replace(/\s+/g, ' ').trim();

/** The refs of the documents the visitor can tick (their questions answered or none needed), in order. */
const decidedRefs = (element: WillkommenChecklist) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('.item:not(.undecided)')].map((listItem) => listItem.dataset.ref!);

const meta = {
  title: 'Widgets/Checkliste',
  component: TAG,
  tags: ['autodocs'],
  args: {
    fixture: musterstadt,
    service: 'extension',
    headingLevel: 2,
    onWillkommenChecklistChange: fn(),
    onWillkommenConfigError: fn(),
  },
  argTypes: {
    fixture: {control: false, table: {disable: true}},
    configUrl: {control: false, table: {disable: true}},
    // The stories give every checklist its own inline config; the case and the heading level are the knobs.
    config: {control: false},
    'heading-level': {control: false},
    service: {control: 'select', options: ['', ...musterstadt.services.map((service) => service.id)]},
    headingLevel: {control: {type: 'number', min: 2, max: 6, step: 1}},
  },
  // Progress is kept in the browser after the first tick: every story starts from an empty list, and
  // nothing a story ticked survives it (a later story of the same case would otherwise restore it).
  beforeEach: () => {
    storage.clearAll();
    return () => storage.clearAll();
  },
  render: (args, {id}) =>
    html`<willkommen-checklist
      config=${args.configUrl ?? inlineConfig(args.fixture, id)}
      service=${args.service || nothing}
      heading-level=${args.headingLevel}
      @willkommen-checklist-change=${args.onWillkommenChecklistChange}
      @willkommen-config-error=${args.onWillkommenConfigError}
    >
      <p lang="de">
        Welche Unterlagen Sie mitbringen müssen:
        <a href="https://www.musterstadt.example.org/auslaenderbehoerde/unterlagen">Ausländerbehörde Musterstadt</a>
      </p>
    </willkommen-checklist>`,
} satisfies Meta<ChecklistArgs>;

export default meta;

/**
 * No case given: the visitor picks one from the office's list. Choosing opens it with the focus on its
 * title; "all cases" leads back.
 */
export const ChooseCase: Story = {
  args: {service: ''},
  play: async ({canvasElement, args}) => {
    const element = await checklist(canvasElement);
    const heading = inShadow(element, '[part="heading"]');
    await expect(heading).toHaveAttribute('role', 'heading');
    await expect(heading).toHaveAttribute('aria-level', '2');
    await expect(heading).toHaveTextContent('Termin vorbereiten');
    const cases = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.service')];
    await expect(cases).toHaveLength(musterstadt.services.length);
    await expect(cases[0]).toHaveAccessibleName(/Aufenthaltserlaubnis verlängern/);
    // The widget rendered, so the page's own fallback content is not shown.
    await expect(isRendered(element.querySelector('p'))).toBe(false);

    await userEvent.click(cases[0]);
    await waitFor(() => expect(inShadow(element, '[part="heading"]')).toHaveTextContent('Aufenthaltserlaubnis verlängern'));
    await waitFor(() => expect(element.shadowRoot!.activeElement).toBe(inShadow(element, '.title')));
    // Looking at a case is not yet an act worth remembering.
    await expect(storage.keys()).toEqual([]);
    await expect(args.onWillkommenChecklistChange).not.toHaveBeenCalled();

    await userEvent.click(inShadow(element, 'button.back'));
    await waitFor(() => expect(element.shadowRoot!.querySelectorAll('button.service')).toHaveLength(musterstadt.services.length));
    // Back on the list, the focus is on the case just left, to go on to the next one from there.
    await waitFor(() => expect(element.shadowRoot!.activeElement).toBe(element.shadowRoot!.querySelector('button.service')));
  },
};

/**
 * A page about extending a residence permit opens that case directly (`service="extension"`), here under
 * an `<h2>` of the host page (`heading-level="3"`): fees, three questions, and the documents, the ones that
 * depend on an answer not counted yet.
 */
export const ExtensionPreset: Story = {
  args: {headingLevel: 3},
  play: async ({canvasElement}) => {
    const element = await checklist(canvasElement);
    const heading = inShadow(element, '[part="heading"]');
    await expect(heading).toHaveTextContent('Aufenthaltserlaubnis verlängern');
    await expect(heading).toHaveAttribute('aria-level', '3');
    await expect(inShadow(element, '.item-name')).toHaveAttribute('aria-level', '4');
    await expect(inShadow(element, '[part="example-notice"]')).toHaveTextContent('Beispieldaten');
    await expect(inShadow(element, '.fees')).toHaveTextContent(/93\s€/);
    await expect(element.shadowRoot!.querySelectorAll('fieldset.question')).toHaveLength(extension.questions.length);

    // The first frame draws the items a screen shows; the rest follow a frame later.
    await waitFor(() => expect(element.shadowRoot!.querySelectorAll('.item')).toHaveLength(extension.documents.length));
    const undecided = element.shadowRoot!.querySelectorAll('.item.undecided');
    await expect(undecided).toHaveLength(extension.documents.length - ALWAYS);
    // An item waiting for an answer says so and cannot be ticked yet.
    await expect(undecided[0]!.querySelector('.depends')).toHaveTextContent(/Hängt von Ihrer Antwort/);
    await expect(undecided[0]!.querySelector('input[value="ready"]')).toBeDisabled();
    await expect(progressText(element)).toBe('0 von 6 bereit');
    await expect(inShadow(element, '[part="book"]')).toHaveAttribute('href', 'https://termine.musterstadt.example.org');
    await expect(isRendered(element.querySelector('p'))).toBe(false);
  },
};

/**
 * "Are you employed?" – yes: the employment contract (and the other job documents) join the list;
 * "no" takes them out again. It ends on "yes", the state it is named after.
 */
export const Answered: Story = {
  play: async ({canvasElement, args}) => {
    const element = await checklist(canvasElement);
    await expect(item(element, 'employment-contract')).toHaveClass('undecided');
    const [yes, no] = element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="q-extension-employed"]');
    await expect(yes!.closest('label')).toHaveTextContent('Ja');
    await userEvent.click(yes!);

    await waitFor(() => expect(item(element, 'employment-contract')).not.toHaveClass('undecided'));
    const contract = item(element, 'employment-contract');
    await expect(contract.querySelector('.item-name')).toHaveTextContent('Arbeitsvertrag');
    await expect(contract.querySelector('.depends')).toBeNull();
    await expect(contract.querySelector('input[value="ready"]')).toBeEnabled();
    await expect(decidedRefs(element)).toContain('employment-contract');
    await expect(progressText(element)).toBe('0 von 9 bereit');
    await expect(args.onWillkommenChecklistChange).toHaveBeenCalled();
    // An answer alone is not stored: nothing is kept before the first tick.
    await expect(storage.keys()).toEqual([]);

    // "No" takes the job documents out again.
    await userEvent.click(no!);
    await waitFor(() => expect(decidedRefs(element)).not.toContain('employment-contract'));
    await expect(element.shadowRoot!.querySelector('.item[data-ref="employment-contract"]')).toBeNull();
    await expect(progressText(element)).toBe('0 von 6 bereit');
    await userEvent.click(yes!);
    await waitFor(() => expect(decidedRefs(element)).toContain('employment-contract'));
  },
};

/**
 * Two documents ready, one that does not apply: "2 of 5 ready" (not-applicable leaves the total), said
 * in the live region, sent to the page, and kept in the browser from this first tick on.
 */
export const Progress: Story = {
  play: async ({canvasElement, args}) => {
    const element = await checklist(canvasElement);
    const [first, second, third] = decidedRefs(element);
    await userEvent.click(statusInput(element, first!, 'ready'));
    await userEvent.click(statusInput(element, second!, 'ready'));
    await userEvent.click(statusInput(element, third!, 'not-applicable'));

    await waitFor(() => expect(progressText(element)).toBe('2 von 5 bereit'));
    await expect(inShadow(element, '[role="status"]')).toHaveTextContent('2 von 5 bereit');
    const bar = inShadow<HTMLProgressElement>(element, 'progress');
    await expect(bar.value).toBe(2);
    await expect(item(element, first!)).toHaveClass('ready');
    await expect(item(element, third!)).toHaveClass('not-applicable');
    const change = (args.onWillkommenChecklistChange as ReturnType<typeof fn>).mock.calls.at(-1)?.[0] as CustomEvent;
    await expect(change.detail).toEqual({service: 'extension', done: 2, total: 5});
    await expect(storage.keys()).toEqual([EXTENSION_KEY]);
    await expect(JSON.parse(storage.get(EXTENSION_KEY)!).statuses).toEqual({
      [first!]: 'ready',
      [second!]: 'ready',
      [third!]: 'not-applicable',
    });
  },
};

/** "I cannot get it" for the passport: a help box with the office's phone and free counselling. */
export const CannotGetIt: Story = {
  play: async ({canvasElement}) => {
    const element = await checklist(canvasElement);
    await expect(element.shadowRoot!.querySelector('.help-box')).toBeNull();
    await userEvent.click(statusInput(element, 'passport', 'unavailable'));

    await waitFor(() => expect(item(element, 'passport').querySelector('.help-box')).toBeTruthy());
    const passport = item(element, 'passport');
    await expect(passport).toHaveClass('unavailable');
    const help = passport.querySelector<HTMLElement>('.help-box')!;
    await expect(help).toBeVisible();
    await expect(help).toHaveAttribute('role', 'note');
    await expect(help).toHaveTextContent(/Beratungsstellen helfen kostenlos/);
    const phone = help.querySelector('a[href^="tel:"]');
    await expect(phone).toHaveTextContent(musterstadt.offices[0]!.phone);
    // The office, and up to three counselling partners.
    await expect(help.querySelectorAll('li').length).toBeGreaterThan(1);
    await expect(help.querySelectorAll('li').length).toBeLessThanOrEqual(4);
    for (const link of help.querySelectorAll('a[target="_blank"]')) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    // Only that item: the others still have no help box.
    await expect(element.shadowRoot!.querySelectorAll('.help-box')).toHaveLength(1);
  },
};

/** An appointment typed in: the calendar button becomes usable, and the date is kept with the list. */
export const AppointmentEntered: Story = {
  play: async ({canvasElement}) => {
    const element = await checklist(canvasElement);
    const calendar = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.appointment button')].at(-1)!;
    await expect(calendar).toHaveTextContent(/\.ics/);
    await expect(calendar).toHaveAttribute('aria-disabled', 'true');

    // The fields are made once the list has been painted.
    const date = await waitFor(() => inShadow<HTMLInputElement>(element, 'input[type="date"]'));
    const time = inShadow<HTMLInputElement>(element, 'input[type="time"]');
    await expect(date).toHaveAccessibleName(/Datum/);
    await expect(time).toHaveAccessibleName(/Uhrzeit/);
    const day = `${new Date().getFullYear() + 1}-06-02`; // always ahead
    date.value = day;
    date.dispatchEvent(new Event('change', {bubbles: true}));
    await element.updateComplete;
    // Date without time: not an appointment yet.
    await expect(calendar).toHaveAttribute('aria-disabled', 'true');
    time.value = '09:30';
    time.dispatchEvent(new Event('change', {bubbles: true}));

    await waitFor(() => expect(calendar).toHaveAttribute('aria-disabled', 'false'));
    await expect(JSON.parse(storage.get(EXTENSION_KEY)!).appointment).toEqual({date: day, time: '09:30'});
    // The printout names the appointment.
    await expect(inShadow(element, '.print-header')).toHaveTextContent(/Mein Termin/);
    await expect(inShadow(element, '.print-header')).toHaveTextContent(/9:30/);
  },
};

/**
 * The checklist in Arabic: right to left, the back arrow mirrored, each name also in German (the
 * official term for the clerk), config texts without Arabic in English and marked so.
 */
export const Arabic: Story = {
  globals: {locale: 'ar'},
  play: async ({canvasElement}) => {
    const element = await checklist(canvasElement);
    await expect(element).toHaveAttribute('dir', 'rtl');
    const box = inShadow(element, '[part="checklist"]');
    await expect(box).toHaveAttribute('lang', 'ar');
    await expect(getComputedStyle(box).direction).toBe('rtl');
    await expect(getComputedStyle(inShadow(element, 'button.back .arrow')).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');

    const heading = inShadow(element, '[part="heading"]');
    await expect(heading.querySelector('[lang="en"]')).toHaveTextContent('Extend your residence permit');
    await expect(heading.querySelector('.official')).toHaveAttribute('lang', 'de');
    await expect(heading.querySelector('.official')).toHaveTextContent('Aufenthaltserlaubnis verlängern');

    // The same list as in German, every item with its German name marked lang="de", left to right.
    await waitFor(() => expect(element.shadowRoot!.querySelectorAll('.item')).toHaveLength(extension.documents.length));
    const items = [...element.shadowRoot!.querySelectorAll('.item')];
    await expect(element.shadowRoot!.querySelectorAll('.item.undecided')).toHaveLength(extension.documents.length - ALWAYS);
    for (const entry of items) {
      const german = entry.querySelector('.item-name .official');
      await expect(german).toHaveAttribute('lang', 'de');
      await expect(german).toHaveAttribute('dir', 'ltr');
      await expect(entry.querySelectorAll('fieldset.status input[type="radio"]')).toHaveLength(3);
    }
    await expect(inShadow(element, '.progress-text').textContent?.trim()).not.toBe('');
  },
};

/** In a 320 px column (a phone, or a narrow sidebar): everything wraps, nothing sticks out. */
export const Narrow320: Story = {
  decorators: [
    (story) => html`<div style="inline-size: 320px; max-inline-size: 100%; outline: 1px dashed currentColor">${story()}</div>`,
  ],
  play: async ({canvasElement}) => {
    const element = await checklist(canvasElement);
    await expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const box = inShadow(element, '[part="checklist"]');
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    const right = box.getBoundingClientRect().right + 0.5;
    for (const part of box.querySelectorAll<HTMLElement>('*')) {
      if (part.closest('.visually-hidden')) continue;
      await expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(right);
    }
    // The three status choices still fit side by side or wrap; none is cut off.
    for (const choice of inShadow(element, '.item').querySelectorAll('.status-choice')) {
      await expect(choice.getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
    }
  },
};

/**
 * Every document that applies is ready: "6 of 6 ready", the bar full, and the page told that nothing is
 * missing (`done` equals `total`).
 */
export const AllReady: Story = {
  play: async ({canvasElement, args}) => {
    const element = await checklist(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelectorAll('.item')).toHaveLength(extension.documents.length));
    const refs = decidedRefs(element);
    await expect(refs).toHaveLength(ALWAYS);
    for (const ref of refs) await userEvent.click(statusInput(element, ref, 'ready'));

    await waitFor(() => expect(progressText(element)).toBe(`${ALWAYS} von ${ALWAYS} bereit`));
    const bar = inShadow<HTMLProgressElement>(element, 'progress');
    await expect(bar.value).toBe(bar.max);
    for (const ref of refs) await expect(item(element, ref)).toHaveClass('ready');
    const change = (args.onWillkommenChecklistChange as ReturnType<typeof fn>).mock.calls.at(-1)?.[0] as CustomEvent;
    await expect(change.detail).toEqual({service: 'extension', done: ALWAYS, total: ALWAYS});
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
    const element = await checklist(canvasElement);
    await expect(element.shadowRoot!.querySelector('.items')).toBeNull();
    await expectBrokenConfigHandled(element, args.onWillkommenConfigError);
  },
};

/** On a dark host page: the checklist takes the page's text colour, so it stays readable. */
export const DarkTheme: Story = {
  globals: {theme: 'dark'},
  play: async ({canvasElement}) => {
    const element = await checklist(canvasElement);
    const page = canvasElement.querySelector('.willkommen-host-page') ?? element.parentElement!;
    const pageColor = getComputedStyle(page).color;
    await expect(pageColor).toBe('rgb(238, 241, 245)');
    await expect(getComputedStyle(inShadow(element, '[part="checklist"]')).color).toBe(pageColor);
    await expect(getComputedStyle(inShadow(element, '.progress-text')).color).toBe(pageColor);
  },
};
