import {css} from 'lit';
import {tokens} from '../../core/tokens.js';
import {boxStyles} from '../../core/box.styles.js';
import {buttonStyles, fieldStyles} from '../../core/controls.styles.js';

export const documentFinderStyles = [
  tokens,
  boxStyles,
  buttonStyles,
  fieldStyles,
  css`
    p {
      margin: 0 0 0.5em;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .official {
      font-weight: 400;
      font-size: 0.875em;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin: 0 0 0.75em;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      flex: 1 1 14em;
      min-inline-size: 0;
    }
    label {
      font-weight: 600;
    }
    /* A long case name in the list must not widen the box past a 320 px phone. */
    input[type='search'],
    select {
      inline-size: 100%;
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    .suggestions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin: 0 0 0.75em;
    }
    .suggestions-label {
      margin: 0;
    }
    .suggestions ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    button.suggestion {
      min-height: max(2.25em, 24px);
      padding: 0.25em 0.75em;
      border-width: 1px;
      border-radius: 1.5em;
      font-weight: 400;
    }
    .count {
      font-weight: 700;
    }
    .documents {
      display: grid;
      gap: 0.5em;
    }
    .document {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .document.open {
      border-inline-start: 0.375em solid var(--_mark);
    }
    .document-heading {
      margin: 0;
      font-size: 1em;
    }
    button.toggle {
      display: flex;
      align-items: flex-start;
      justify-content: flex-start;
      gap: 0.5em;
      width: 100%;
      padding: 0.625em 0.75em;
      border: 0;
      text-align: start;
      font-weight: 400;
    }
    .names {
      display: flex;
      flex-direction: column;
    }
    .name {
      font-weight: 700;
    }
    /* A triangle that points in the reading direction when closed, down when open (a text glyph, so
       forced colours draw it in the text colour). */
    .chevron {
      flex: none;
      display: inline-block;
      inline-size: 1em;
      text-align: center;
      transition: transform 0.15s ease-out;
    }
    .chevron::before {
      content: '▸';
    }
    :host([dir='rtl']) .chevron {
      transform: scaleX(-1);
    }
    [aria-expanded='true'] .chevron {
      transform: rotate(90deg);
    }
    :host([dir='rtl']) [aria-expanded='true'] .chevron {
      transform: scaleX(-1) rotate(90deg);
    }
    /* Room above for the focus ring of the open document's button (it covered the first line). */
    .panel {
      padding: 0.3125em 0.75em 0.75em;
      padding-inline-start: 1.75em;
    }
    .panel[hidden] {
      display: none;
    }
    .facts {
      display: grid;
      gap: 0.5em;
      margin: 0 0 0.5em;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    dd .official {
      display: block;
    }
    .services {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    .services a,
    .link a,
    .contact a {
      display: inline-block;
      min-height: max(1.5em, 24px);
    }
    .no-results {
      padding: 0.75em;
      border-inline-start: 0.25em solid var(--_mark);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    }
    .contact {
      margin: 0 0 0.75em;
    }
    @media (forced-colors: active) {
      .document.open {
        border-inline-start-color: Highlight;
      }
      .no-results {
        border: 1px solid CanvasText;
      }
    }
  `,
];
