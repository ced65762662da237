import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, fn, userEvent} from 'storybook/test';
import {html, nothing} from 'lit';
import type {WillkommenPartnerMap} from '../src/widgets/partner-map/partner-map.js';
import {storage} from '../src/core/storage.js';
import {
  brokenConfig,
  dariPartners,
  manyPartners,
  musterstadt,
  ownCategory,
  partnerMapWithTiles,
  partnersListOnly,
} from '../tests/fixtures/configs.js';
import {expectBrokenConfigHandled, inShadow, inlineConfig, isRendered, settled} from './story-helpers.js';

// Monday 1 June 2026, 10:30 in Berlin: some partners are open, some closed.
const MONDAY_MORNING = new Date('2026-06-01T08:30:00Z');

const TAG = 'willkommen-partner-map';

interface PartnerMapArgs {
  /** The config JSON, put on the page as an inline script (one of tests/fixtures/configs.ts). */
  fixture: unknown;
  category?: string;
  headingLevel: number;
  now?: Date | number;
  onWillkommenConfigError: (event: Event) => void;
  /** The element's own attributes, as custom-elements.json lists them: documented, but set by the stories. */
  config?: string;
  'heading-level'?: number;
}

type Story = StoryObj<PartnerMapArgs>;

const partnerMap = async (canvasElement: HTMLElement) => settled<WillkommenPartnerMap>(canvasElement, TAG);
const ids = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.partner')].map((item) => item.dataset.id);

const meta = {
  title: 'Widgets/Partnerkarte',
  component: TAG,
  tags: ['autodocs'],
  args: {
    // The list first: the stories never load map tiles (that would be a request to a tile server).
    fixture: partnerMapWithTiles,
    headingLevel: 2,
    now: MONDAY_MORNING,
    onWillkommenConfigError: fn(),
  },
  argTypes: {
    fixture: {control: false, table: {disable: true}},
    config: {control: false},
    'heading-level': {control: false},
    headingLevel: {control: {type: 'number', min: 2, max: 6, step: 1}},
    category: {
      control: {type: 'select'},
      options: ['', 'migration-counselling', 'youth-migration', 'recognition', 'language-courses', 'welcome-centre', 'employment', 'health', 'housing', 'legal', 'women-lgbtq', 'community'],
    },
  },
  // A consent remembered in an earlier story would load the map: every story starts without it.
  beforeEach: () => storage.clearAll(),
  render: (args, {id}) =>
    html`<willkommen-partner-map
      config=${inlineConfig(args.fixture, id)}
      category=${args.category || nothing}
      heading-level=${args.headingLevel}
      .now=${args.now === undefined ? undefined : new Date(args.now)}
      @willkommen-config-error=${args.onWillkommenConfigError}
    >
      <p lang="de">
        Beratungsstellen in Musterstadt:
        <a href="https://www.musterstadt.example.org/beratung">Übersicht der Partner</a>
      </p>
    </willkommen-partner-map>`,
} satisfies Meta<PartnerMapArgs>;

export default meta;

/** Every partner of the example town, with its category, languages, contact, open state; the map only offered. */
export const Default: Story = {
  play: async ({canvasElement, args}) => {
    const element = await partnerMap(canvasElement);
    await expect(ids(element)).toHaveLength(musterstadt.partners.features.length);
    await expect(inShadow(element, '[part="example-notice"]')).toBeVisible();
    await expect(inShadow(element, '.partner[data-id="mbe-nord"] .status')).toHaveClass('open');
    await expect(inShadow(element, '.partner[data-id="mbe-nord"] .category svg')).toBeTruthy();
    await expect(element.shadowRoot!.querySelector('.leaflet-container')).toBeNull();
    await expect(isRendered(element.querySelector('p'))).toBe(false);
    await expect(args.onWillkommenConfigError).not.toHaveBeenCalled();
  },
};

/** `category="migration-counselling"`: the page opens the list on one kind of service. */
export const Filtered: Story = {
  args: {category: 'migration-counselling'},
  play: async ({canvasElement}) => {
    const element = await partnerMap(canvasElement);
    await expect(ids(element).sort()).toEqual(['mbe-nord', 'mbe-sued']);
    await expect(inShadow<HTMLSelectElement>(element, 'select[name="category"]').value).toBe('migration-counselling');
  },
};

/** The "done when": counselling in Dari, nearest to the office first, without any map. */
export const DariNearTheOffice: Story = {
  args: {fixture: dariPartners},
  play: async ({canvasElement}) => {
    const element = await partnerMap(canvasElement);
    await userEvent.selectOptions(inShadow(element, 'select[name="language"]'), 'prs');
    await userEvent.selectOptions(inShadow(element, 'select[name="sort"]'), 'distance');
    await element.updateComplete;
    await expect(ids(element)).toContain('mbe-sued');
    await expect(ids(element).length).toBeLessThan(dariPartners.partners.features.length);
    await expect(inShadow(element, '.partner .distance')).toHaveTextContent(/\d/);
  },
};

/** Without `map.tiles` in the config the widget is a list only: no consent panel, no map. */
export const ListOnly: Story = {
  args: {fixture: partnersListOnly},
  play: async ({canvasElement}) => {
    const element = await partnerMap(canvasElement);
    await expect(element.shadowRoot!.querySelector('.map-area')).toBeNull();
    await expect(ids(element)).toHaveLength(musterstadt.partners.features.length);
  },
};

/** The panel before the map: names the tile server and what it receives; nothing is loaded or stored yet. */
export const ConsentPanel: Story = {
  play: async ({canvasElement}) => {
    const element = await partnerMap(canvasElement);
    const consent = inShadow(element, '[part="consent"]');
    await expect(consent).toHaveTextContent(/tiles\.example\.invalid/);
    await expect(inShadow<HTMLInputElement>(element, '.consent input[type="checkbox"]').checked).toBe(false);
    await expect(inShadow(element, '.load-map')).toBeVisible();
    await expect(storage.keys()).toEqual([]);
  },
};

/** A category the config defines itself: its own name and the generic icon. */
export const OwnCategory: Story = {
  args: {fixture: ownCategory},
  play: async ({canvasElement}) => {
    const element = await partnerMap(canvasElement);
    await expect(inShadow(element, 'select[name="category"]')).toHaveTextContent(/Sport und Freizeit/);
  },
};

/** 1,000 partners: the list shows 20 at a time and filters at once. */
export const ManyPartners: Story = {
  args: {fixture: manyPartners},
  play: async ({canvasElement}) => {
    const element = await partnerMap(canvasElement);
    await expect(ids(element)).toHaveLength(20);
    await expect(inShadow(element, '.more button')).toHaveTextContent(/980/);
  },
};

/** A broken config: a short message, the page's fallback again, and the JSON paths for the webmaster. */
export const ConfigError: Story = {
  args: {fixture: brokenConfig},
  play: async ({canvasElement, args}) => {
    const element = await partnerMap(canvasElement);
    await expectBrokenConfigHandled(element, args.onWillkommenConfigError);
  },
};

/** The UI in English (partner names and descriptions in English where the config has them). */
export const English: Story = {
  globals: {locale: 'en'},
  play: async ({canvasElement}) => {
    const element = await partnerMap(canvasElement);
    await expect(element).toHaveAttribute('dir', 'ltr');
    await expect(inShadow(element, '.partner[data-id="mbe-nord"] .name')).toHaveTextContent('Migration advice North');
    await expect(inShadow(element, '.partner[data-id="mbe-nord"] .tags')).toHaveTextContent(/Arabic/);
  },
};

/** The UI in Arabic: right to left; language names in Arabic; partner names fall back and carry their `lang`. */
export const Arabic: Story = {
  globals: {locale: 'ar'},
  play: async ({canvasElement}) => {
    const element = await partnerMap(canvasElement);
    await expect(element).toHaveAttribute('dir', 'rtl');
    await expect(getComputedStyle(inShadow(element, '.partners')).direction).toBe('rtl');
    await expect(inShadow(element, '.partner[data-id="mbe-nord"] .tags')).toHaveTextContent(/العربية/);
    await expect(inShadow(element, '.partner[data-id="mbe-nord"] .name [lang]')).toHaveAttribute('lang', 'en');
  },
};

/** On a dark host page: the list takes the page's text colour. */
export const Dark: Story = {
  globals: {theme: 'dark'},
  play: async ({canvasElement}) => {
    const element = await partnerMap(canvasElement);
    const page = canvasElement.querySelector('.willkommen-host-page') ?? element.parentElement!;
    await expect(getComputedStyle(inShadow(element, '.partners')).color).toBe(getComputedStyle(page).color);
  },
};
