import {css} from 'lit';

/** The primary action (a link or button) and the quieter secondary button, shared by every widget. */
export const buttonStyles = css`
  .button,
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.125em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    /* The browser's own button style resets them: a reader's wider spacing (WCAG 1.4.12) stopped here. */
    letter-spacing: inherit;
    word-spacing: inherit;
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.secondary,
  button {
    background: transparent;
    color: inherit;
    border-color: currentColor;
    font-weight: 600;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, black);
  }
  button:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  /* 320 px at 200 % text leaves a box about 7em: with less padding a word like "المعاملات" fits on a
     line instead of being split, which breaks its letters' joining. */
  @container (max-width: 13em) {
    .button,
    button {
      padding-inline: 0.5em;
    }
  }
  @media (forced-colors: active) {
    .button,
    button {
      border-color: ButtonText;
    }
  }
`;

/**
 * Select boxes, text areas and every input but check boxes and radio buttons (search, date, time, text,
 * file): large enough to hit, in the host page's font and colours. The configurator uses it too.
 */
export const fieldStyles = css`
  select,
  textarea,
  /* :where() keeps this as weak as a type selector, so a widget's or form's own rule wins. */
  input:where(:not([type='checkbox'], [type='radio'])) {
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 0.125em solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
`;

/** The red or green dot before "open now" / "closed now" (`.open .dot` or just `.dot`), on any background. */
export const statusDotStyles = css`
  .dot {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.25em;
    border-radius: 50%;
    background: var(--_danger);
    /* A ring so the dot stays visible on a background of the same colour. */
    box-shadow: 0 0 0 0.125em var(--_surface), 0 0 0 0.1875em currentColor;
  }
  .open .dot {
    background: var(--_success);
  }
  /* Forced colours drop the ring and paint the dot like the page: a blank gap. Filled when open, a
     ring when closed, in the system's text colour: the shape tells them apart. */
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      background: Canvas;
      box-shadow: inset 0 0 0 0.125em CanvasText;
    }
    .open .dot {
      background: CanvasText;
    }
  }
`;

/**
 * Contact lines as label and value side by side (`dl.contact`), in the card and the partner map. Below
 * 13em (320 px at 200 % text) the label goes above its value: beside it a value had 14 px, one letter
 * a line.
 */
export const contactListStyles = css`
  .contact {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 0.75em;
    align-items: first baseline;
  }
  @container (max-width: 13em) {
    .contact {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;

/** A list shown as a row of pills (`ul.tags`), like the languages spoken or the languages of advice. */
export const tagStyles = css`
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .tags li {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
`;
