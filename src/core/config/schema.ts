/**
 * The ONE description of an office's config. The widgets validate with it at the boundary
 * (src/core/config/load.ts) and scripts/write-schema.mjs turns it into dist/willkommen.schema.json,
 * so editors check a config against exactly what the widgets accept.
 */
import * as v from 'valibot';
import {isSafeUrl} from '../safe-url.js';
import {parseOpeningHours} from '../opening-hours.js';

const MAX_TEXT = 4000;

/**
 * The keys whose values are a LocalizedText anywhere in the config (tools that walk a config, like the
 * validator's translation check, look for texts here; a test keeps the list in step with the schema).
 */
export const LOCALIZED_KEYS: ReadonlySet<string> = new Set([
  'name',
  'welcome',
  'accessibility',
  'transit',
  'reason',
  'description',
  'whereToGet',
  'text',
  'help',
  'note',
  'label',
  'attribution',
]);

/** Categories every config may use without defining them; the partner map draws an icon for each. */
export const PRESET_CATEGORIES = [
  'migration-counselling',
  'youth-migration',
  'recognition',
  'language-courses',
  'welcome-centre',
  'employment',
  'health',
  'housing',
  'legal',
  'women-lgbtq',
  'community',
] as const;

/**
 * Built on first use, not when the script loads: a page whose config needs no check (the embedded
 * default, which ships already in its parsed form) never builds it. Building it makes some 180 valibot
 * calls, each compiled on first call: 17.5 ms of the contact card's first render at 4x CPU throttling
 * (measured, median of 11).
 */
function buildConfigSchema() {
  /** BCP 47 language code as used in configs: 'de', 'ar', 'prs', 'de-CH', 'sr-Latn'. */
  const LocaleCodeSchema = v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a language code like "de", "ar" or "prs"'),
  );

  const IdSchema = v.pipe(
    v.string(),
    v.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'Expected an id of lowercase letters, digits, "-" or "_"'),
  );

  const TextSchema = v.pipe(v.string(), v.minLength(1, 'Expected a non-empty text'), v.maxLength(MAX_TEXT));

  /** A string in the config's language, or {"de": "...", "en": "...", "ar": "..."}. */
  const LocalizedTextSchema = v.union(
    [
      TextSchema,
      v.pipe(
        v.record(LocaleCodeSchema, TextSchema),
        v.check((value) => Object.keys(value).length > 0, 'Expected at least one language'),
      ),
    ],
    'Expected a text, or an object of language code to text like {"de": "…", "en": "…"}',
  );

  const UrlSchema = v.pipe(
    v.string(),
    v.maxLength(2048),
    v.check((url: string) => isSafeUrl(url), 'Not an allowed link: use https:, http:, mailto:, tel: or a relative address'),
  );

  const DateSchema = v.pipe(v.string(), v.isoDate('Expected a date like 2026-12-24'));

  const OpeningHoursSchema = v.pipe(
    v.string(),
    v.maxLength(1000),
    v.rawCheck(({dataset, addIssue}) => {
      if (!dataset.typed) return;
      const parsed = parseOpeningHours(dataset.value);
      if (!parsed.ok) addIssue({message: `Opening hours: ${parsed.error}`});
    }),
  );

  const PostalCodeSchema = v.pipe(v.string(), v.regex(/^\d{5}$/, 'Expected a German postal code of five digits'));
  const PhoneSchema = v.pipe(v.string(), v.regex(/^\+?[\d\s()/-]{3,30}$/, 'Expected a phone number like +49 221 12345-0'));

  const AddressSchema = v.strictObject({
    street: TextSchema,
    postalCode: PostalCodeSchema,
    locality: TextSchema,
    /** ISO 3166-2 code of the federal state (DE-NW, DE-BY, ...); decides the public holidays. */
    region: v.optional(v.pipe(v.string(), v.regex(/^DE-[A-Z]{2}$/, 'Expected a state code like DE-NW'))),
  });

  const GeoSchema = v.strictObject({
    lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
    lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  });

  const ClosureSchema = v.strictObject({
    from: DateSchema,
    to: v.optional(DateSchema),
    reason: v.optional(LocalizedTextSchema),
  });

  const OfficeSchema = v.strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    welcome: v.optional(LocalizedTextSchema),
    address: AddressSchema,
    geo: v.optional(GeoSchema),
    /** OpenStreetMap opening_hours, the subset documented in src/core/opening-hours.ts. */
    openingHours: v.optional(OpeningHoursSchema),
    closures: v.optional(v.array(ClosureSchema), []),
    appointmentOnly: v.optional(v.boolean(), false),
    phone: v.optional(PhoneSchema),
    email: v.optional(v.pipe(v.string(), v.email('Expected an email address'))),
    website: v.optional(UrlSchema),
    bookingUrl: v.optional(UrlSchema),
    /** Languages spoken at the counter. */
    languages: v.optional(v.array(LocaleCodeSchema), []),
    accessibility: v.optional(LocalizedTextSchema),
    transit: v.optional(LocalizedTextSchema),
  });

  const KeywordsSchema = v.union([
    v.array(TextSchema),
    v.record(LocaleCodeSchema, v.array(TextSchema)),
  ]);

  const DocumentSchema = v.strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: v.optional(LocalizedTextSchema),
    whereToGet: v.optional(LocalizedTextSchema),
    url: v.optional(UrlSchema),
    keywords: v.optional(KeywordsSchema),
  });

  const QuestionSchema = v.strictObject({
    id: IdSchema,
    text: LocalizedTextSchema,
    help: v.optional(LocalizedTextSchema),
  });

  /** All named answers must match for the document to be needed: {"employed": true, "married": false}. */
  const ConditionSchema = v.record(IdSchema, v.boolean());

  const ServiceDocumentSchema = v.strictObject({
    ref: IdSchema,
    when: v.optional(ConditionSchema),
    /** Bring it if you have it; absent, the document is required. */
    optional: v.optional(v.boolean()),
    copies: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20))),
    original: v.optional(v.boolean()),
    note: v.optional(LocalizedTextSchema),
    legalBasis: v.optional(v.pipe(v.string(), v.maxLength(200))),
  });

  const FeeSchema = v.strictObject({
    amount: v.pipe(v.number(), v.minValue(0)),
    /** ISO 4217; absent, euros. */
    currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
    label: v.optional(LocalizedTextSchema),
  });

  const ServiceSchema = v.strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: v.optional(LocalizedTextSchema),
    questions: v.optional(v.array(QuestionSchema), []),
    documents: v.optional(v.array(ServiceDocumentSchema), []),
    fee: v.optional(v.array(FeeSchema), []),
    legalBasis: v.optional(v.pipe(v.string(), v.maxLength(200))),
    bookingUrl: v.optional(UrlSchema),
  });

  const CategorySchema = v.strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
  });

  const PartnerPropertiesSchema = v.strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    category: IdSchema,
    languages: v.optional(v.array(LocaleCodeSchema), []),
    address: v.optional(v.strictObject({street: TextSchema, postalCode: PostalCodeSchema, locality: TextSchema})),
    phone: v.optional(PhoneSchema),
    email: v.optional(v.pipe(v.string(), v.email('Expected an email address'))),
    website: v.optional(UrlSchema),
    openingHours: v.optional(OpeningHoursSchema),
    description: v.optional(LocalizedTextSchema),
  });

  const PartnerSchema = v.strictObject({
    type: v.literal('Feature'),
    geometry: v.strictObject({
      type: v.literal('Point'),
      /** GeoJSON order: [longitude, latitude]. */
      coordinates: v.pipe(
        v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))]),
      ),
    }),
    properties: PartnerPropertiesSchema,
  });

  const PartnersSchema = v.strictObject({
    type: v.literal('FeatureCollection'),
    features: v.array(PartnerSchema),
  });

  const MapSchema = v.strictObject({
    /** Tile URL template with {z}, {x}, {y}; only https. Without it the partner map is a list. */
    tiles: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^https:\/\/[^\s"'<>]+$/, 'Expected an https:// tile URL'),
        v.check((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), 'The tile URL needs {z}, {x} and {y}'),
      ),
    ),
    attribution: v.optional(LocalizedTextSchema),
    center: v.optional(GeoSchema),
    zoom: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(19)), 13),
  });

  return v.strictObject({
    $schema: v.optional(v.string()),
    version: v.literal(1, 'Expected "version": 1'),
    /** The language of texts given as a plain string. */
    language: v.optional(LocaleCodeSchema, 'de'),
    /** Example data (the embedded default): the widgets say so on screen. */
    example: v.optional(v.boolean(), false),
    offices: v.pipe(v.array(OfficeSchema), v.minLength(1, 'Expected at least one office')),
    documents: v.optional(v.array(DocumentSchema), []),
    services: v.optional(v.array(ServiceSchema), []),
    categories: v.optional(v.array(CategorySchema), []),
    partners: v.optional(PartnersSchema, {type: 'FeatureCollection', features: []}),
    map: v.optional(MapSchema),
  });
}

let configSchema: ReturnType<typeof buildConfigSchema> | undefined;

/** The schema of the whole config (valibot), for validating a config and for writing the JSON Schema. */
export function getConfigSchema(): ReturnType<typeof buildConfigSchema> {
  return (configSchema ??= buildConfigSchema());
}

export type Config = v.InferOutput<ReturnType<typeof buildConfigSchema>>;
export type Office = Config['offices'][number];
export type Document = Config['documents'][number];
export type Service = Config['services'][number];
export type ServiceDocument = Service['documents'][number];
export type Partner = Config['partners']['features'][number];
export type Address = Office['address'];
