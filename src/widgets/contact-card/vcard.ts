/**
 * The office as a vCard 4.0 (RFC 6350), made in the browser so the visitor can save the contact.
 * Pure text: CRLF line ends, escaped values, lines folded at 75 octets.
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
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(input.name)}`, `ORG:${escapeText(input.officialName ?? input.name)}`, 'KIND:org'];
  // A German address as it is written on an envelope in Germany.
  const region = (input.region && REGIONS[input.region]) ?? '';
  const address = ['', '', input.street, input.locality, region, input.postalCode, 'Deutschland'];
  lines.push(`ADR;TYPE=work:${address.map(escapeText).join(';')}`);
  if (input.phone) lines.push(`TEL;VALUE=uri;TYPE=work,voice:${telUrl(input.phone)}`);
  if (input.email) lines.push(`EMAIL;TYPE=work:${escapeText(input.email)}`);
  if (input.website) lines.push(`URL:${input.website}`);
  if (input.lat !== undefined && input.lon !== undefined) lines.push(`GEO:geo:${input.lat},${input.lon}`);
  if (input.note) lines.push(`NOTE:${escapeText(input.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
