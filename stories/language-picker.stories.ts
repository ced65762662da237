import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, fn, userEvent, waitFor} from 'storybook/test';
import {html} from 'lit';
import type {WillkommenLanguagePicker} from '../src/widgets/language-picker/language-picker.js';
import {storage} from '../src/core/storage.js';
import {LOCALES, applyLocale, getLocale} from '../src/localization.js';
import {autonym} from '../src/core/format.js';
import {inShadow, isRendered, settled} from './story-helpers.js';

const TAG = 'willkommen-language-picker';

interface PickerArgs {
  onWillkommenLocaleChange: (event: Event) => void;
  /** Listed in custom-elements.json; the picker does not use it. */
  config?: string;
}

type Story = StoryObj<PickerArgs>;

const picker = async (canvasElement: HTMLElement) => settled<WillkommenLanguagePicker>(canvasElement, TAG);

const meta = {
  title: 'Widgets/Sprachwahl',
  component: TAG,
  tags: ['autodocs'],
  args: {
    onWillkommenLocaleChange: fn(),
  },
  argTypes: {
    config: {control: false},
  },
  // Nothing of ours is stored before the visitor acts, and nothing a story stored survives it: a
  // remembered choice would otherwise override the toolbar's locale in every later story.
  beforeEach: () => {
    storage.clearAll();
    return () => storage.clearAll();
  },
  render: (args) =>
    html`<willkommen-language-picker @willkommen-locale-change=${args.onWillkommenLocaleChange}>
      <p lang="de">Diese Seite gibt es auch auf <a href="https://www.musterstadt.example.org/en/" lang="en">English</a>.</p>
    </willkommen-language-picker>`,
} satisfies Meta<PickerArgs>;

export default meta;

/** Every language by its own name; nothing is remembered yet, so there is nothing to forget. */
export const Default: Story = {
  play: async ({canvasElement}) => {
    const element = await picker(canvasElement);
    const select = inShadow<HTMLSelectElement>(element, 'select');
    await expect(select).toHaveAccessibleName(/Sprache/);
    await expect(select.value).toBe('de');
    await expect([...select.options].map((option) => option.textContent?.trim())).toEqual(LOCALES.map(autonym));
    await expect(element.shadowRoot!.querySelector('[part="forget"]')).toBeNull();
    await expect(storage.keys()).toEqual([]);
    // The picker rendered, so the page's own fallback content is not shown.
    await expect(isRendered(element.querySelector('p'))).toBe(false);
  },
};

/** The picker on an Arabic page: right to left, its label translated, Arabic selected. */
export const Arabic: Story = {
  globals: {locale: 'ar'},
  play: async ({canvasElement}) => {
    const element = await picker(canvasElement);
    await expect(element).toHaveAttribute('dir', 'rtl');
    const select = inShadow<HTMLSelectElement>(element, 'select');
    await expect(select.value).toBe('ar');
    await expect(inShadow(element, 'label')).toHaveTextContent(/[\u0600-\u06FF]/);
    // The English hint stays English, and is marked so.
    await expect(inShadow(element, 'label [lang="en"]')).toHaveTextContent('(Language)');
  },
};

/**
 * After the visitor chose a language earlier (here: the toolbar's): the choice is kept, and a button
 * offers to forget it.
 */
export const Remembered: Story = {
  beforeEach: async () => {
    // The visitor's own act, as the picker does it: apply a locale and remember it. The page's current
    // one, so that on a docs page (one page, one locale) this story does not switch its neighbours.
    await applyLocale(getLocale(), document.documentElement, true);
  },
  play: async ({canvasElement}) => {
    const element = await picker(canvasElement);
    await expect(storage.keys()).toContain('locale');
    await expect(inShadow<HTMLSelectElement>(element, 'select').value).toBe(getLocale());
    const forget = inShadow(element, '[part="forget"]');
    await expect(forget).toBeVisible();
    await expect(forget).toHaveAccessibleName(/\S/);
  },
};

/**
 * The whole round trip: choosing a language switches the page and remembers it; "forget" clears
 * everything the widget stored.
 */
export const ChooseAndForget: Story = {
  play: async ({canvasElement, args, globals}) => {
    const element = await picker(canvasElement);
    await expect(storage.keys()).toEqual([]);
    await userEvent.selectOptions(inShadow<HTMLSelectElement>(element, 'select'), 'en');
    await waitFor(() => expect(getLocale()).toBe('en'));
    await expect(args.onWillkommenLocaleChange).toHaveBeenCalled();
    await expect(storage.keys()).toEqual(['locale']);
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part="forget"]')).toBeTruthy());
    await userEvent.click(inShadow(element, '[part="forget"]'));
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part="forget"]')).toBeNull());
    await expect(storage.keys()).toEqual([]);
    // Back to the toolbar's locale, so the canvas matches what the toolbar says.
    await applyLocale(globals.locale);
  },
};
