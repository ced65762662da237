import {css} from 'lit';

/**
 * The frame every widget draws around itself (`.box` on its outer element) and the title of the
 * checklist, finder and partner map: one look on the host page, themed by the same tokens.
 */
export const boxStyles = css`
  .box {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    container-type: inline-size;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
`;
