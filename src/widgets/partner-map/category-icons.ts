/**
 * One inline SVG icon per preset partner category, plus a generic one for categories a config adds:
 * no image files, no requests, and they take the text colour (so forced colours and dark pages work).
 * Each is decoration beside the category's name, so it is hidden from screen readers.
 */
import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import {isPresetCategory, type PresetCategory} from './partner-map-model.js';

const ICONS: Record<PresetCategory, SVGTemplateResult> = {
  // Two people in conversation.
  'migration-counselling': svg`<circle cx="8" cy="8" r="3"/><circle cx="16.5" cy="9" r="2.5"/><path d="M2.5 20c0-3.5 2.5-6 5.5-6s5.5 2.5 5.5 6M13.5 15.5c.9-.9 1.9-1.5 3-1.5 2.5 0 4.5 2 4.5 5"/>`,
  // A young person with a speech bubble.
  'youth-migration': svg`<circle cx="9" cy="9" r="3"/><path d="M3.5 21c0-3.3 2.5-6 5.5-6s5.5 2.7 5.5 6"/><path d="M14 3h7v5h-4l-2 2V8h-1z"/>`,
  // A certificate with a seal.
  recognition: svg`<path d="M4 3h12l4 4v7"/><path d="M4 3v16h8"/><path d="M8 8h7M8 12h5"/><circle cx="17" cy="17" r="3"/><path d="M15.5 19.5 15 23l2-1 2 1-.5-3.5"/>`,
  // An open book.
  'language-courses': svg`<path d="M12 6c-2-1.5-5-2-9-2v14c4 0 7 .5 9 2 2-1.5 5-2 9-2V4c-4 0-7 .5-9 2z"/><path d="M12 6v14"/>`,
  // A house with a door held open.
  'welcome-centre': svg`<path d="M3 11 12 4l9 7"/><path d="M5 10v10h14V10"/><path d="M10 20v-6h4v6"/>`,
  // A briefcase.
  employment: svg`<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V5h6v2M3 13h18"/>`,
  // A cross.
  health: svg`<path d="M9 3h6v6h6v6h-6v6H9v-6H3V9h6z"/>`,
  // A key.
  housing: svg`<circle cx="8" cy="12" r="4"/><path d="M12 12h9M18 12v3M21 12v2"/>`,
  // Scales.
  legal: svg`<path d="M12 3v18M7 21h10M4 7h16"/><path d="M6 7 3 14a3 3 0 0 0 6 0zM18 7l-3 7a3 3 0 0 0 6 0z"/>`,
  // A heart.
  'women-lgbtq': svg`<path d="M12 20s-8-4.7-8-10.2C4 7 6 5 8.4 5c1.6 0 2.8.9 3.6 2.1C12.8 5.9 14 5 15.6 5 18 5 20 7 20 9.8 20 15.3 12 20 12 20z"/>`,
  // Three people.
  community: svg`<circle cx="12" cy="7" r="2.5"/><circle cx="5" cy="10" r="2"/><circle cx="19" cy="10" r="2"/><path d="M7.5 20c0-3 2-5 4.5-5s4.5 2 4.5 5M1.5 19c0-2.2 1.5-4 3.5-4M22.5 19c0-2.2-1.5-4-3.5-4"/>`,
};

/** A map pin: for categories the config defines itself. */
const GENERIC = svg`<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`;

/** The category's icon as an inline `<svg>` (1.25em square, stroked in the current colour). */
export function categoryIcon(category: string): TemplateResult {
  const shape = isPresetCategory(category) ? ICONS[category] : GENERIC;
  // The outer <svg> belongs in an html template; Lit's svg tag is for what goes inside it.
  return html`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`;
}
