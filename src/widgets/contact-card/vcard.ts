/**
 * The office as a vCard 4.0 (RFC 6350), made in the browser so the visitor can save the contact.
 * Pure text: CRLF line ends, escaped values, lines folded at 75 octets.
 */
import {telUrl} from '../../core/safe-url.js';

export interface VCardInput {
  name: string;
  street: string;
  postalCode: string;
  locality: string;
  region?: string;
  phone?: string;
  email?: string;
  website?: string;
  lat?: number;
  lon?: number;
  note?: string;
}

export function escapeValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/** Folds a content line after 75 octets without splitting a UTF-8 character (RFC 6350 3.2). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
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

export function toVCard(input: VCardInput): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeValue(input.name)}`, `ORG:${escapeValue(input.name)}`, 'KIND:org'];
  const address = ['', '', input.street, input.locality, input.region ?? '', input.postalCode, 'Germany'];
  lines.push(`ADR;TYPE=work:${address.map(escapeValue).join(';')}`);
  if (input.phone) lines.push(`TEL;VALUE=uri;TYPE=work,voice:${telUrl(input.phone)}`);
  if (input.email) lines.push(`EMAIL;TYPE=work:${escapeValue(input.email)}`);
  if (input.website) lines.push(`URL:${input.website}`);
  if (input.lat !== undefined && input.lon !== undefined) lines.push(`GEO:geo:${input.lat},${input.lon}`);
  if (input.note) lines.push(`NOTE:${escapeValue(input.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
