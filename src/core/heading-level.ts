/**
 * The level of a widget's heading from its `heading-level` attribute (2–6; 2 when missing or not a
 * number), and of the headings inside it, `below` levels deeper, never past 6. One place, so every
 * widget fits the host page's outline the same way.
 */
export function headingLevel(attribute: number, below = 0): number {
  return Math.min(6, Math.max(2, Math.round(attribute) || 2) + below);
}
