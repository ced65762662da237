import {css} from 'lit';
import {tokens} from '../../core/tokens.js';
import {boxStyles} from '../../core/box.styles.js';
import {buttonStyles, fieldStyles} from '../../core/controls.styles.js';

export const checklistStyles = [
  tokens,
  boxStyles,
  buttonStyles,
  fieldStyles,
  css`
    .title:focus {
      outline: none;
    }
    .title:focus-visible {
      outline: 0.1875em solid var(--_focus);
    }
    .official {
      font-weight: 400;
      font-size: 0.875em;
    }
    p {
      margin: 0 0 0.5em;
    }
    ul,
    ol {
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .services {
      display: grid;
      gap: 0.5em;
    }
    button.service {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      width: 100%;
      padding: 0.75em 1em;
      text-align: start;
      font-weight: 400;
    }
    .service-name {
      font-weight: 700;
    }
    .toolbar {
      margin-bottom: 0.75em;
    }
    .arrow {
      display: inline-block;
    }
    :host([dir='rtl']) .arrow {
      transform: scaleX(-1);
    }
    .fees {
      display: grid;
      gap: 0.125em;
      margin: 0 0 var(--_space);
    }
    .fees dt {
      font-weight: 700;
    }
    .fees dd {
      margin: 0;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .question {
      margin-bottom: 0.75em;
    }
    legend {
      padding: 0;
      font-weight: 600;
    }
    .choices,
    .status {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: 0.25em;
    }
    .choices label,
    .status-choice {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-height: max(2.75em, 24px);
      padding: 0.25em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    input[type='radio'] {
      width: 1.25em;
      height: 1.25em;
      /* Beside a long label in a narrow box a radio shrank to an oval (17 of 37 px at 200 % text). */
      flex-shrink: 0;
      margin: 0;
      accent-color: var(--_accent);
    }
    .status-choice:has(input:checked) {
      border-color: var(--_mark);
      box-shadow: inset 0 0 0 0.125em var(--_mark);
      font-weight: 700;
    }
    .status-choice:has(input:disabled) {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .progress {
      margin: 0 0 var(--_space);
      padding: 0.5em 0;
    }
    .progress-text {
      margin: 0 0 0.25em;
      font-weight: 700;
    }
    progress {
      width: 100%;
      height: 0.75em;
      accent-color: var(--_accent);
    }
    .items {
      display: grid;
      gap: 0.75em;
    }
    .item {
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-inline-start: 0.375em solid var(--_border);
      border-radius: var(--_radius);
    }
    .item.ready {
      border-inline-start-color: var(--_success);
    }
    .item.unavailable {
      border-inline-start-color: var(--_danger);
    }
    .item.not-applicable :is(.item-name, .german-name) {
      text-decoration: line-through;
    }
    .item-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.25em 0.75em;
    }
    .item-name {
      font-weight: 700;
    }
    /* A line of its own, under the name: inline after a Lit marker, Chromium dropped the space before
       it from the heading's accessible name ("Extend your residence permit(Aufenthaltserlaubnis …)"). */
    .title .official,
    .item-name .official {
      display: block;
    }
    .badge {
      align-self: flex-start;
      padding: 0 0.5em;
      border: 1px solid currentColor;
      border-radius: 1em;
      font-size: 0.875em;
    }
    .depends {
      font-style: italic;
    }
    .more a {
      display: inline-block;
      min-height: max(1.5em, 24px);
    }
    .help-box {
      margin-top: 0.5em;
      padding: 0.5em 0.75em;
      border-inline-start: 0.25em solid var(--_danger);
      background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
    }
    .help-box a {
      display: inline-block;
      min-height: max(1.5em, 24px);
    }
    .subtitle {
      margin: var(--_space) 0 0.5em;
      font-size: 1.125em;
      font-weight: 700;
    }
    /* No content-visibility here, unlike the items: the section's height depends on its fields, and an
       estimate of it let the buttons below overlap them while it was off screen (axe target-size, and
       the page's height jumping while scrolling). Its date and time fields, whose first layout draws
       two SVG icons (180 ms at 4x), are made only after the first paint (checklist.ts). */
    .appointment-fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin-bottom: 0.5em;
    }
    .appointment-fields label {
      display: flex;
      flex-direction: column;
      max-width: 100%;
      font-weight: 600;
    }
    /* Chromium draws a date field as wide as its text: 285 px at 200 % text, wider than a 320 px
       screen leaves inside the box. It shrinks with the box instead. Its text is not the label's bold,
       and left to right in every language (checklist.ts): Safari turned "12:30" into "30:12" in Arabic. */
    .appointment-fields input {
      min-width: 0;
      max-width: 100%;
      font-weight: 400;
    }
    /* An empty field reads as one: Safari fills it with today's date and a time, which looked entered. */
    .appointment-fields .empty {
      color: color-mix(in srgb, currentColor 70%, transparent);
    }
    .on-dark input {
      color-scheme: dark;
    }
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    /* The room of a date or time field until it is drawn, a frame after the list (checklist.ts):
       Chromium's fields in its default font, so the section does not move when they come. */
    .field-pending {
      block-size: 2.75em;
    }
    .field-pending.date {
      inline-size: 9.25em;
    }
    .field-pending.time {
      inline-size: 7.7em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: var(--_space);
    }
    .print-only {
      display: none;
    }

    /* The printout: every item in the visitor's language AND German side by side, with a box to tick
       on paper. The browser's print keeps right-to-left text correct. Paper size and margins are the
       print dialog's (A4 in Germany): @page does nothing inside a shadow root, and the widget does not
       style the host page. */
    @media print {
      .no-print,
      .notice,
      .badge:not(.optional),
      [part='example-notice'] {
        display: none !important;
      }
      /* The visitor's column says which of the three choices was made where the paper box cannot:
         "can't get it" and "does not apply" (the German column says it in German, checklist.ts). */
      .status,
      .status input,
      .status-choice:not(:has(:checked)) {
        display: none;
      }
      .item:is(.unavailable, .not-applicable) .status {
        display: block;
      }
      .status-choice {
        display: inline;
        min-height: 0;
        padding: 0;
        border: 0;
        box-shadow: none !important;
      }
      .remarks,
      .status-choice {
        font-style: italic;
      }
      .item.not-applicable .paper-box::after {
        content: '–';
      }
      .print-only {
        display: block;
      }
      .checklist {
        border: 0;
        padding: 0;
        color: #000;
      }
      progress {
        display: none;
      }
      /* The paper box, the visitor's language, German. The German column starts level with the item's
         name: below the name, beside its description, the clerk read each German name a line lower. */
      .item {
        display: grid;
        grid-template-columns: 1.5em minmax(0, 1fr) minmax(0, 1fr);
        gap: 0 0.75em;
        break-inside: avoid;
        border: 0;
        border-bottom: 1px solid #000;
        border-radius: 0;
        padding: 0.4em 0;
        font-size: 11pt;
      }
      .item > :not(.paper-box) {
        grid-column: 2 / span 2;
      }
      .item:has(.german) .item-head,
      .visitor-language {
        grid-column: 2;
      }
      .item:not(:has(.german)) .visitor-language {
        grid-column: 2 / span 2;
      }
      .columns {
        display: contents;
      }
      .german {
        grid-column: 3;
        grid-row: 1 / span 2;
      }
      .paper-box {
        grid-row: 1 / span 3;
        width: 1.1em;
        height: 1.1em;
        margin-top: 0.2em;
        border: 1.5px solid #000;
      }
      .item.ready .paper-box::after {
        content: '✓';
      }
      .paper-box::after {
        display: block;
        line-height: 1;
        text-align: center;
      }
      .item-name .official {
        display: none;
      }
      /* A counselling partner with only a website printed as a bare name. */
      .help-box a[target]::after {
        content: ' ' attr(href);
        direction: ltr;
        unicode-bidi: isolate;
      }
    }
  `,
];
