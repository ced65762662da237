import {css} from 'lit';

/**
 * Public theming tokens (`--willkommen-*`) mapped to private variables with defaults, so a widget looks
 * right on a page with no theme at all. Sizes in em: the host page's root font size is not ours.
 * The font is inherited from the host page unless --willkommen-font says otherwise.
 */
export const tokens = css`
  :host {
    --_accent: var(--willkommen-color-accent, #0b5394);
    --_on-accent: var(--willkommen-color-on-accent, #ffffff);
    /* Lines and stripes that mark a state (a chosen answer, today, an open document). The default
       colours lean towards the text colour where they are used (currentColor resolves there): on a
       dark page with light text #0b5394 had 2.4:1 against #111, mixed it has 5.7:1, and on a light
       page it gets darker. A webmaster's own colours are used as given. */
    --_mark: var(--willkommen-color-accent, color-mix(in srgb, #0b5394 60%, currentColor));
    /* Text and surface follow the host page by default, so the widget reads well on light and dark pages. */
    --_surface: var(--willkommen-color-surface, transparent);
    --_border: var(--willkommen-color-border, color-mix(in srgb, currentColor 45%, transparent));
    --_success: var(--willkommen-color-success, color-mix(in srgb, #0a6b36 60%, currentColor));
    --_danger: var(--willkommen-color-danger, color-mix(in srgb, #b3261e 60%, currentColor));
    --_focus: var(--willkommen-color-focus, #e07000);
    --_radius: var(--willkommen-radius, 0.5em);
    --_space: var(--willkommen-spacing, 1em);
    --_font: var(--willkommen-font, inherit);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 1em;
    color: var(--willkommen-color-text, inherit);
    overflow-wrap: anywhere;
  }
  /* Not on :host: a theme's "* {line-height: 1.1; text-align: left}" matches the host element and
     beats :host, which left Arabic text flush left. The page's rules cannot reach in here. */
  :host > * {
    line-height: 1.5;
    text-align: start;
  }
  /* Firefox and Safari give a list item the side its list starts on ("li {text-align: match-parent}"):
     in Arabic, a German address or term inside it, left to right, was flush right. */
  li {
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not "inherit": a page's own "* {box-sizing: content-box}" beats :host above on the host element,
     and every full-width button with padding would grow past the widget. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* A German address or term under an Arabic label: as wide as its text, so it starts at the right
     like its label. A full-width left-to-right block sat at the far left, 1,150 px away at 1280 px.
     Not the printout's German column: a column, its lines start at its left edge. */
  :host([dir='rtl']) [dir='ltr']:not(.german) {
    width: fit-content;
  }
  /* Links keep the text colour: an accent that suits a light page may vanish on a dark one. */
  a {
    color: inherit;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  /* A date or time field whose picker button has the focus: :focus-visible no longer matches the
     field, and only Chromium's thin ring around the icon showed. */
  input:is([type='date'], [type='time']):focus-within,
  select:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    /* At least 3 px: on a page whose text is 10 px, 0.1875em would be drawn 1 px wide. */
    outline: max(0.1875em, 3px) solid var(--_focus);
    outline-offset: max(0.125em, 2px);
  }
  /* Read by screen readers, not seen; .visually-hidden-until-focus shows itself when focused (skip links). */
  .visually-hidden,
  .visually-hidden-until-focus:not(:focus) {
    position: absolute !important;
    width: 1px;
    min-width: 0;
    height: 1px;
    min-height: 0;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* A notice that this is example data, or that something could not be loaded. */
  .notice {
    margin: 0 0 var(--_space);
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_mark);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    border-radius: var(--_radius);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
  }
  /* The fallback content while a config loads: hidden for 3 s, then shown, so that a visitor facing a
     slow server (10 s, then a retry) has the webmaster's link meanwhile, and a quick load shows no
     flash of it. A delay, not a motion: reduced motion keeps it (the !important beats the rule below). */
  .late {
    animation: late 0s 3s backwards !important;
  }
  @keyframes late {
    from {
      visibility: hidden;
      max-height: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;
