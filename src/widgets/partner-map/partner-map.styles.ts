import {css} from 'lit';
import {tokens} from '../../core/tokens.js';
import {boxStyles} from '../../core/box.styles.js';
import {buttonStyles, contactListStyles, fieldStyles, statusDotStyles, tagStyles} from '../../core/controls.styles.js';

export const partnerMapStyles = [
  tokens,
  boxStyles,
  buttonStyles,
  fieldStyles,
  statusDotStyles,
  tagStyles,
  contactListStyles,
  css`
    p,
    ul,
    dl,
    address {
      margin: 0 0 0.5em;
    }
    ul {
      padding: 0;
      list-style: none;
    }
    address {
      font-style: normal;
    }
    .filters {
      display: grid;
      gap: 0.75em;
      margin-block-end: var(--_space);
    }
    @container (min-width: 40em) {
      .filters {
        grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
        align-items: end;
      }
    }
    .filters label {
      display: grid;
      gap: 0.25em;
      font-weight: 600;
    }
    .filters select,
    .filters input {
      inline-size: 100%;
      font-weight: normal;
    }
    .count {
      font-weight: 600;
    }
    .icon {
      inline-size: 1.25em;
      block-size: 1.25em;
      flex: none;
    }
    .list {
      display: grid;
      gap: 0.75em;
    }
    .partner {
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .partner.selected {
      outline: 0.1875em solid var(--_mark);
      outline-offset: -0.0625em;
    }
    .name {
      margin: 0 0 0.25em;
      font-size: 1.125em;
      font-weight: 700;
      line-height: 1.3;
    }
    .category {
      display: flex;
      align-items: center;
      gap: 0.375em;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    .status {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    /* Small links still get a 24 px target (WCAG 2.2 target size), whatever the host's font size. An
       inline flex box, as in the card: its baseline is its FIRST line. An inline-block's is its last,
       so a wrapped website or e-mail address sat level with its label by its last line, and WebKit
       drew it over the line above. */
    .contact a,
    .attribution a {
      display: inline-flex;
      min-height: max(1.5em, 24px);
      unicode-bidi: isolate;
    }
    .more {
      margin-block-start: var(--_space);
    }
    /* --- The map: consent first, then Leaflet --------------------------------------------------- */
    .map-area {
      margin-block: var(--_space);
    }
    .consent {
      padding: 0.75em;
      border: 0.125em dashed var(--_border);
      border-radius: var(--_radius);
    }
    .consent-title {
      margin: 0 0 0.25em;
      font-weight: 700;
    }
    .consent label {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: max(1.5em, 24px);
      margin-block-end: 0.5em;
    }
    .consent input[type='checkbox'] {
      inline-size: 1.25em;
      block-size: 1.25em;
      min-inline-size: 24px;
      min-block-size: 24px;
      margin: 0;
      accent-color: var(--_accent);
    }
    .skip:focus {
      margin-block-end: 0.5em;
    }
    .map-tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block-end: 0.5em;
    }
    .map {
      /* Leaflet positions tiles and markers with physical left/top: the map itself stays left-to-right. */
      direction: ltr;
      position: relative;
      block-size: min(28em, 70vh);
      min-block-size: 16em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: color-mix(in srgb, currentColor 8%, transparent);
    }
    /* Inside the map's edge: outside it, the ring covered the first line of the hint below, which
       the map has right after it loads. */
    .map:focus-visible {
      outline: 0.1875em solid var(--_focus);
      outline-offset: -0.1875em;
    }
    .map[hidden] {
      display: none;
    }
    .hint,
    .attribution {
      font-size: 0.875em;
    }
    .partner-markers {
      position: absolute;
      inset: 0 auto auto 0;
    }
    /* Placed by the map (left/top of the point, in the map's own left-to-right space), centred on it. */
    .marker,
    .cluster {
      position: absolute;
      transform: translate(-50%, -50%);
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 0;
      min-height: 0;
      inline-size: 2em;
      block-size: 2em;
      padding: 0;
      border: 0.125em solid var(--_on-accent);
      border-radius: 50%;
      background: var(--_accent);
      color: var(--_on-accent);
      box-shadow: 0 0.0625em 0.25em rgb(0 0 0 / 45%);
      pointer-events: auto;
    }
    .cluster {
      inline-size: 2.5em;
      block-size: 2.5em;
      font-weight: 700;
    }
    .marker:hover,
    .cluster:hover {
      background: color-mix(in srgb, var(--_accent) 80%, black);
    }
    .marker:focus-visible,
    .cluster:focus-visible {
      outline: 0.1875em solid var(--_focus);
      outline-offset: 0.125em;
    }
    .marker .icon {
      inline-size: 1.125em;
      block-size: 1.125em;
    }
    .popup-body {
      text-align: start;
      font-size: 1rem;
    }
    .popup-body .name {
      font-size: 1.0625em;
    }
    .popup-body .name:focus-visible {
      outline: 0.1875em solid var(--_focus);
    }
    .popup-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .popup-actions button {
      min-height: 2.25em;
      padding: 0.25em 0.75em;
    }
    @media (forced-colors: active) {
      .marker,
      .cluster {
        border-color: ButtonText;
        background: ButtonFace;
        color: ButtonText;
        forced-color-adjust: none;
      }
      .partner.selected {
        outline-color: Highlight;
      }
    }
    @media print {
      .filters,
      .map-area,
      .show-on-map {
        display: none;
      }
    }
  `,
];

/**
 * The part of Leaflet 1.9.4's leaflet.css (BSD-2-Clause, © Volodymyr Agafonkin, CloudMade) that a map
 * without Leaflet's controls, default icons or vector layers needs: panes, tiles, animation and the
 * popup. Adopted into the shadow root only when the map loads. Leaflet's own file references images
 * and styles its controls, neither of which this widget uses. Left out on purpose: 1.9.4's
 * `mix-blend-mode: plus-lighter` on tiles (against hairline seams), which makes every pan repaint the
 * whole map through a blend layer and alone cost a third of the pan budget at 4x CPU throttling.
 */
export const leafletStyles = css`
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-tile-container,
  .leaflet-zoom-box,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-container {
    overflow: hidden;
    -webkit-tap-highlight-color: transparent;
    font: inherit;
  }
  .leaflet-tile,
  .leaflet-marker-icon {
    user-select: none;
    -webkit-user-drag: none;
  }
  .leaflet-tile::selection {
    background: transparent;
  }
  .leaflet-marker-icon,
  .leaflet-tile-container {
    pointer-events: none;
  }
  .leaflet-container img.leaflet-tile {
    max-width: none !important;
    max-height: none !important;
    width: auto;
    padding: 0;
  }
  .leaflet-container.leaflet-touch-zoom {
    touch-action: pan-x pan-y;
  }
  .leaflet-container.leaflet-touch-drag {
    touch-action: pinch-zoom;
  }
  .leaflet-container.leaflet-touch-drag.leaflet-touch-zoom {
    touch-action: none;
  }
  .leaflet-tile {
    filter: inherit;
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-zoom-box {
    width: 0;
    height: 0;
    z-index: 800;
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-overlay-pane {
    z-index: 400;
  }
  .leaflet-shadow-pane {
    z-index: 500;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-tooltip-pane {
    z-index: 650;
  }
  .leaflet-popup-pane {
    z-index: 700;
  }
  .leaflet-fade-anim .leaflet-popup {
    opacity: 0;
    transition: opacity 0.2s linear;
  }
  .leaflet-fade-anim .leaflet-map-pane .leaflet-popup {
    opacity: 1;
  }
  .leaflet-zoom-animated {
    transform-origin: 0 0;
  }
  .leaflet-zoom-anim .leaflet-zoom-animated {
    transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
  }
  .leaflet-zoom-anim .leaflet-tile,
  .leaflet-pan-anim .leaflet-tile {
    transition: none;
  }
  .leaflet-zoom-anim .leaflet-zoom-hide {
    visibility: hidden;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-dragging .leaflet-grab {
    cursor: grabbing;
  }
  .leaflet-popup {
    position: absolute;
    margin-bottom: 20px;
    /* Centred on its point (map-view.ts sets left and bottom); Leaflet measured it in script. */
    transform: translateX(-50%);
  }
  .leaflet-popup-content-wrapper {
    padding: 1px;
    border-radius: var(--_radius);
  }
  .leaflet-popup-content {
    margin: 0.75em 1em;
    line-height: 1.4;
    min-height: 1px;
    width: max-content;
    /* Leaflet's maxWidth of 320 px, narrower on a phone so the popup fits the map. */
    max-width: min(18rem, 100vw - 6rem);
    overflow-y: auto;
  }
  .leaflet-popup-tip-container {
    width: 40px;
    height: 20px;
    position: absolute;
    left: 50%;
    margin-top: -1px;
    margin-left: -20px;
    overflow: hidden;
    pointer-events: none;
  }
  .leaflet-popup-tip {
    width: 17px;
    height: 17px;
    padding: 1px;
    margin: -10px auto 0;
    pointer-events: auto;
    transform: rotate(45deg);
  }
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: Canvas;
    color: CanvasText;
    box-shadow: 0 3px 14px rgb(0 0 0 / 40%);
  }
  @media (forced-colors: active) {
    .leaflet-popup-content-wrapper {
      border: 1px solid CanvasText;
    }
  }
`;
