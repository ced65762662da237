/**
 * Text files the widgets make in the browser (vCard 3.0, RFC 2426, for the office; iCalendar,
 * RFC 5545, for an appointment) share one line format: escaped TEXT values, lines folded at 75
 * octets, CRLF.
 */

/**
 * TEXT escaping: backslash, semicolon, comma, and any line end as \n. Control characters other than
 * tab are not allowed in TEXT and are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

/**
 * Folds a content line after 75 octets without splitting a UTF-8 character; each continuation line
 * starts with one space (which counts as an octet of that line).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
