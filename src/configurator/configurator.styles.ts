import {css} from 'lit';
import {tokens} from '../core/tokens.js';
import {boxStyles} from '../core/box.styles.js';
import {buttonStyles, fieldStyles, statusDotStyles} from '../core/controls.styles.js';

/** The configurator reuses the widgets' tokens, so it looks like the widgets it configures. */
export const configuratorStyles = [
  tokens,
  boxStyles,
  buttonStyles,
  fieldStyles,
  statusDotStyles,
  css`
    :host {
      max-inline-size: 72em;
      margin-inline: auto;
      padding: 0.5em;
    }
    h1 {
      margin: 0 0 0.5em;
      font-size: 1.75em;
      line-height: 1.2;
    }
    h2 {
      margin: 0 0 0.5em;
      font-size: 1.375em;
      line-height: 1.25;
    }
    section {
      margin-block: 0 1.5em;
    }
    .layout {
      display: grid;
      gap: 1.5em;
    }
    @media (min-width: 64em) {
      .layout {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        align-items: start;
      }
      .side {
        position: sticky;
        inset-block-start: 0;
        max-block-size: 100vh;
        overflow: auto;
      }
    }
    fieldset {
      margin: 0 0 1em;
      padding: 0.75em var(--_space) var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-inline-size: 0;
    }
    legend {
      padding-inline: 0.25em;
      font-weight: 700;
    }
    .field {
      margin-block: 0 0.875em;
    }
    .field label,
    .label {
      display: block;
      font-weight: 600;
    }
    .help {
      margin: 0.125em 0 0.25em;
      font-size: 0.9375em;
    }
    /* Size, border and colours from fieldStyles; in a form every field takes the whole line. */
    input:not([type='checkbox']),
    select,
    textarea {
      display: block;
      inline-size: 100%;
    }
    input[type='file'] {
      padding: 0.5em;
    }
    textarea {
      resize: vertical;
    }
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    button:focus-visible,
    a:focus-visible,
    pre:focus-visible {
      outline: 0.1875em solid var(--_focus);
      outline-offset: 0.125em;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 0.1875em;
    }
    .checkbox {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: 2.75em;
      font-weight: 600;
    }
    .checkbox input {
      flex: none;
      inline-size: 1.5em;
      block-size: 1.5em;
      margin: 0;
    }
    .field-error {
      margin: 0.25em 0 0;
      padding: 0;
      list-style: none;
      color: var(--_danger);
      font-weight: 600;
    }
    .field-error li::before {
      content: '⚠ ';
    }
    code,
    pre {
      font-family: ui-monospace, 'Cascadia Mono', 'Segoe UI Mono', Menlo, Consolas, monospace;
      font-size: 0.9375em;
    }
    pre {
      margin: 0 0 0.5em;
      padding: 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block: 0.5em;
    }
    .issues {
      margin: 0.5em 0 0;
      padding-inline-start: 1.25em;
    }
    .issues li {
      margin-block-end: 0.25em;
    }
    .ok {
      color: var(--_success);
      font-weight: 700;
    }
    .problem {
      color: var(--_danger);
      font-weight: 700;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em;
      margin: 0.25em 0 0;
    }
    .preview > * {
      margin-block-end: 1em;
    }
    details {
      margin-block: 0.25em 0.5em;
    }
    summary {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75em;
      cursor: pointer;
      text-decoration: underline;
    }
    .partners {
      margin: 0 0 0.5em;
      padding: 0;
      list-style: none;
    }
    .partners > li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
      padding-block: 0.375em;
      border-block-end: 1px solid var(--_border);
    }
    .partner-name {
      flex: 1 1 12em;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .partner-category {
      flex: 1 1 8em;
    }
    .partners .actions {
      margin: 0;
    }
    .confirm {
      flex: 1 1 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      padding: 0.5em;
      border: 0.125em solid var(--_danger);
      border-radius: var(--_radius);
    }
    .confirm p {
      flex: 1 1 100%;
      margin: 0;
      font-weight: 700;
    }
    h3 {
      margin: 1em 0 0.25em;
      font-size: 1.125em;
    }
    details.item {
      border-block-end: 1px solid var(--_border);
    }
    .service-document,
    .catalog-document,
    .own-category {
      margin-block: 0.5em;
    }
    .service-document > .label,
    .catalog-document > .label,
    .own-category > .label {
      margin: 0;
      font-weight: 600;
    }
    .service-document .actions,
    .catalog-document .actions {
      flex-wrap: wrap;
    }
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    details ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    /* Outdated translations: marked beside their field, so they are seen where they are fixed. */
    .outdated {
      margin-block: -0.5em 0.875em;
      padding-inline-start: 0.5em;
      border-inline-start: 0.25em solid var(--_danger);
    }
    .outdated .help {
      margin-block-start: 0;
    }
    .outdated .actions {
      margin-block-end: 0;
    }
    /* A text's announcement takes no room while it is empty (it stays in the page: a live region must). */
    [id$='-translations-status']:empty {
      margin: 0;
    }
    /* The checklist's service belongs to its checkbox: indented under it. */
    .nested {
      margin-inline-start: 2em;
    }
    #snippet-help ul {
      margin: 0 0 0.5em;
      padding-inline-start: 1.25em;
    }
      .picker-frame {
      position: relative;
      margin-block: 0.5em;
    }
    .picker-map {
      block-size: 18em;
      max-inline-size: 100%;
      border: 1px solid currentColor;
    }
    .picker-map:focus-visible {
      outline: 0.1875em solid var(--_focus);
      outline-offset: 0.125em;
    }
    .crosshair {
      position: absolute;
      inset-block-start: 50%;
      inset-inline-start: 50%;
      inline-size: 2em;
      block-size: 2em;
      margin: -1em 0 0 -1em;
      pointer-events: none;
      z-index: 1000;
      background:
        linear-gradient(currentColor, currentColor) center / 2px 100% no-repeat,
        linear-gradient(currentColor, currentColor) center / 100% 2px no-repeat;
      color: #000;
      filter: drop-shadow(0 0 1px #fff) drop-shadow(0 0 1px #fff);
    }
`,
];
