import {css} from 'lit';
import {tokens} from '../../core/tokens.js';
import {boxStyles} from '../../core/box.styles.js';
import {buttonStyles, contactListStyles, statusDotStyles, tagStyles} from '../../core/controls.styles.js';

export const contactCardStyles = [
  tokens,
  boxStyles,
  buttonStyles,
  statusDotStyles,
  tagStyles,
  contactListStyles,
  css`
    .name {
      margin: 0 0 0.25em;
      font-size: 1.375em;
      font-weight: 700;
      line-height: 1.25;
    }
    .welcome {
      margin: 0 0 0.75em;
    }
    .subheading {
      margin: 1em 0 0.25em;
      font-size: 1em;
      font-weight: 700;
      line-height: 1.3;
    }
    p,
    ul,
    dl,
    address {
      margin: 0 0 0.5em;
    }
    address {
      font-style: normal;
    }
    ul {
      padding: 0;
      list-style: none;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em;
    }
    .columns {
      display: grid;
      /* One column as wide as the card: an auto column grew to the opening hours' widest line. */
      grid-template-columns: minmax(0, 1fr);
      gap: 0 calc(var(--_space) * 2);
    }
    @container (min-width: 34em) {
      .columns {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
      }
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 0.2em 0.4em 0.2em 0;
      padding-inline: 0 0.5em;
      text-align: start;
      vertical-align: top;
      font-weight: normal;
    }
    /* A weekday breaks between words only: with overflow-wrap: anywhere (the host's) the table gave
       the column less than "Donnerstag" in bold at 320 px, and it broke as "Donnersta / g". */
    th {
      overflow-wrap: break-word;
    }
    tr.today th,
    tr.today td {
      font-weight: 700;
    }
    /* A range of times, and a date, stay one piece when a line wraps: "2:00" apart from its "م", or
       "14:00–" apart from "18:00", misleads. Ranges wrap between each other. */
    td .range,
    .upcoming .date {
      white-space: nowrap;
    }
    tr.today {
      outline: 0.125em solid var(--_mark);
      outline-offset: -0.0625em;
    }
    tr.today th {
      padding-inline-start: 0.3em;
    }
    dt {
      font-weight: 700;
      margin-top: 0.5em;
    }
    dd {
      margin: 0;
    }
    .contact dt {
      margin: 0;
      font-weight: 600;
    }
    .today-label {
      display: inline-block;
      margin-inline-start: 0.25em;
      padding: 0 0.4em;
      border-radius: 0.25em;
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 0.8125em;
      font-weight: 700;
    }
    /* Small links still get a 24 px target (WCAG 2.2 target size), whatever the host's font size. */
    .contact a,
    address a {
      display: inline-block;
      min-height: max(1.5em, 24px);
      unicode-bidi: isolate;
    }
    /* An inline-block's baseline is its LAST line: a wrapped email address would put "E-Mail" level
       with its second line. An inline flex box is aligned by its first line. */
    .contact a {
      display: inline-flex;
    }
    /* 320 px with 200 % text leaves the card about 7 em: a weekday beside "8:00 AM–12:00 PM" no
       longer fits, so the day goes above its hours (the contact lines do the same, contactListStyles). */
    @container (max-width: 13em) {
      th,
      td {
        display: block;
      }
      /* "8:00 AM–12:00 PM" alone is wider than that: it may break after the dash, each time whole.
         A closure's date ("Do., 24. Dezember") may break too: at 256 px it ran out of the card. */
      td .range,
      .upcoming .date {
        white-space: normal;
      }
      td bdi {
        white-space: nowrap;
      }
    }
    @media print {
      .actions,
      .save {
        display: none;
      }
    }
  `,
];
