/**
 * The office as a vCard 3.0 (RFC 2426), made in the browser so the visitor can save the contact.
 * Pure text: CRLF line ends, escaped values, lines folded at 75 octets. 3.0, not 4.0 (RFC 6350):
 * Android's contact importers read 2.1 and 3.0 only, and 3.0 is what iOS, Google and Outlook write.
 */
import {telUrl} from '../../core/safe-url.js';
import {escapeText, foldLine} from '../../core/content-line.js';
import {REGIONS} from '../../core/regions.js';

export interface VCardInput {
  /** In the visitor's language: how they will look the contact up. */
  name: string;
  /** The office's German name, for ORG: what a German helper or the postman reads. Defaults to name. */
  officialName?: string;
  street: string;
  postalCode: string;
  locality: string;
  /** ISO 3166-2 code as in the config ('DE-NW'); the card says the state's name. */
  region?: string;
  phone?: string;
  email?: string;
  website?: string;
  lat?: number;
  lon?: number;
  note?: string;
}

export function toVCard(input: VCardInput): string {
  const name = escapeText(input.name);
  // N is required in 3.0. The name as the visitor reads it, as one component: what the phone lists.
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${name};;;;`, `FN:${name}`, `ORG:${escapeText(input.officialName ?? input.name)}`];
  // A German address as it is written on an envelope in Germany.
  const region = (input.region && REGIONS[input.region]) ?? '';
  const address = ['', '', input.street, input.locality, region, input.postalCode, 'Deutschland'];
  lines.push(`ADR;TYPE=WORK:${address.map(escapeText).join(';')}`);
  if (input.phone) lines.push(`TEL;TYPE=WORK,VOICE:${telUrl(input.phone).slice('tel:'.length)}`);
  if (input.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(input.email)}`);
  if (input.website) lines.push(`URL:${input.website}`);
  if (input.lat !== undefined && input.lon !== undefined) lines.push(`GEO:${input.lat};${input.lon}`);
  if (input.note) lines.push(`NOTE:${escapeText(input.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
