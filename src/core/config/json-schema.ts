/**
 * The JSON Schema that editors use to check an office's config, made from the very schema the widgets
 * validate with. Checks that JSON Schema cannot express (safe links, opening hours syntax, references
 * between ids) are left to the widget and the validator; their messages name the JSON path.
 *
 * The descriptions below are what an editor shows on hover. They live here, not in the valibot schema,
 * because that one ships inside willkommen.js: they would cost every visitor bytes.
 */
import {toJsonSchema} from '@valibot/to-json-schema';
import {getConfigSchema} from './schema.js';

const TEXT = 'A string, or an object of language code to text: {"de": "…", "en": "…", "ar": "…"}.';
const ID = 'Lowercase letters, digits, "-" and "_", up to 64. Keep it once published: pages and saved checklists name it.';
const OPENING_HOURS =
  'OpenStreetMap opening_hours, the subset in src/core/opening-hours.ts: weekday ranges, several time ranges, "PH off", for example "Mo,Tu,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off".';
const ADDRESS = {
  street: 'Street and house number.',
  postalCode: 'Five-digit German postal code.',
  locality: 'Town or city.',
};

/** Descriptions by path: property names, `[]` for the items of an array. */
const DESCRIPTIONS: Record<string, string> = {
  version: 'The config format version: 1.',
  language: 'The language the config texts are written in first, when a text is a plain string (default "de").',
  example: 'true for invented example data: the widgets then say so on screen. Remove it for a real office.',
  offices: 'The office or offices; the contact card shows the first unless its office attribute names another.',
  'offices[].id': ID,
  'offices[].name': `The office's name. ${TEXT}`,
  'offices[].welcome': `A welcome line under the name. ${TEXT}`,
  'offices[].address': 'The postal address.',
  ...Object.fromEntries(Object.entries(ADDRESS).map(([key, text]) => [`offices[].address.${key}`, text])),
  'offices[].address.region': 'ISO 3166-2 code of the federal state, like "DE-NW": it decides the public holidays.',
  'offices[].geo': 'Where the office is: the partner map measures distances from here.',
  'offices[].geo.lat': 'Latitude in degrees.',
  'offices[].geo.lon': 'Longitude in degrees.',
  'offices[].openingHours': `Opening hours, in office time (Europe/Berlin). ${OPENING_HOURS}`,
  'offices[].closures': 'Days the office is closed beyond public holidays.',
  'offices[].closures[].from': 'First closed day, YYYY-MM-DD.',
  'offices[].closures[].to': 'Last closed day, YYYY-MM-DD; without it, from is the only day.',
  'offices[].closures[].reason': `Why, shown beside the dates. ${TEXT}`,
  'offices[].appointmentOnly': 'true when visitors must book first: the card says so.',
  'offices[].phone': 'Phone number as it is dialled, like "+49 9999 123-0".',
  'offices[].email': 'Email address.',
  'offices[].website': "The office's web page.",
  'offices[].bookingUrl': 'Where to book an appointment; a service may name its own.',
  'offices[].languages': 'Languages spoken at the counter, as language codes ("de", "en", "ar", …); shown by name in the visitor\'s language.',
  'offices[].accessibility': `Step-free access, lifts, hearing loops. ${TEXT}`,
  'offices[].transit': `How to get there by bus and train. ${TEXT}`,
  documents: 'Every document a service may ask for, once; services refer to them by id. The document finder lists them.',
  'documents[].id': ID,
  'documents[].name': `The document's name; the German one is the official term the clerk knows. ${TEXT}`,
  'documents[].description': `What it is, in a sentence or two. ${TEXT}`,
  'documents[].whereToGet': `Where and how to get it. ${TEXT}`,
  'documents[].url': 'A page with more about it.',
  'documents[].keywords': 'Other words people search for it by: a list, or an object of language code to list.',
  services: 'The cases an appointment is for; the checklist offers them.',
  'services[].id': ID,
  'services[].name': `The case's name. ${TEXT}`,
  'services[].description': `One line on who it is for. ${TEXT}`,
  'services[].questions': 'Yes/no questions that narrow the list of documents; ask only what a document depends on.',
  'services[].questions[].id': `${ID} Documents name it in "when".`,
  'services[].questions[].text': `The question. ${TEXT}`,
  'services[].questions[].help': `A line of help under the question. ${TEXT}`,
  'services[].documents': 'The documents to bring, in this order.',
  'services[].documents[].ref': 'The id of a document in "documents".',
  'services[].documents[].when': 'Needed only when every named answer matches: {"employed": true, "married": false}. Without it, always.',
  'services[].documents[].optional': 'true: bring it if you have it. Without it, the document is required.',
  'services[].documents[].copies': 'How many copies to bring (0 to 20).',
  'services[].documents[].original': 'true: bring the original as well.',
  'services[].documents[].note': `A note for this case only. ${TEXT}`,
  'services[].documents[].legalBasis': 'The legal basis for asking, like "§ 5 AufenthG".',
  'services[].fee': 'The fees for this case.',
  'services[].fee[].amount': 'The amount, in euros unless currency says otherwise.',
  'services[].fee[].currency': 'ISO 4217 code; euros when absent.',
  'services[].fee[].label': `What the fee is for, when there are several. ${TEXT}`,
  'services[].legalBasis': 'The legal basis of the case, like "§ 8 AufenthG".',
  'services[].bookingUrl': "Where to book this case; else the office's bookingUrl.",
  categories: "The partner map's own categories, beside the presets (migration-counselling, recognition, language-courses, …).",
  'categories[].id': ID,
  'categories[].name': `The category's name. ${TEXT}`,
  partners: 'Counselling and help partners: a GeoJSON FeatureCollection of points.',
  'partners.features[].geometry.coordinates': '[longitude, latitude], in this order (GeoJSON).',
  'partners.features[].properties.id': ID,
  'partners.features[].properties.name': `The partner's name. ${TEXT}`,
  'partners.features[].properties.category': 'A preset category id or one from "categories".',
  'partners.features[].properties.languages': 'Languages they counsel in, as language codes.',
  ...Object.fromEntries(Object.entries(ADDRESS).map(([key, text]) => [`partners.features[].properties.address.${key}`, text])),
  'partners.features[].properties.phone': 'Phone number as it is dialled.',
  'partners.features[].properties.email': 'Email address.',
  'partners.features[].properties.website': 'Their web page.',
  'partners.features[].properties.openingHours': OPENING_HOURS,
  'partners.features[].properties.description': `What they offer, in a sentence or two. ${TEXT}`,
  map: 'The partner map. Without tiles, it shows the list only.',
  'map.tiles': 'An https tile server, like "https://tiles.example.org/{z}/{x}/{y}.png". Loaded only after the visitor agrees.',
  'map.attribution': `The tile server's required credit. ${TEXT}`,
  'map.center': 'Where the map opens; without it, around the partners.',
  'map.zoom': 'The zoom level it opens at (1 to 19, default 13).',
};

type Node = Record<string, unknown>;

/** Writes each description onto the schema node at its path; throws for a path the schema lacks. */
function describe(schema: Node, descriptions: Record<string, string>): void {
  for (const [path, description] of Object.entries(descriptions)) {
    let node: Node | undefined = schema;
    for (const step of path.match(/[^.[\]]+|\[\]/g)!) {
      node = step === '[]' ? (node?.items as Node | undefined) : ((node?.properties as Record<string, Node> | undefined)?.[step]);
    }
    if (!node) throw new Error(`The config schema has no ${path}: update the descriptions in json-schema.ts`);
    node.description = description;
  }
}

export function configJsonSchema(version: string): Record<string, unknown> {
  const schema = toJsonSchema(getConfigSchema(), {errorMode: 'ignore', target: 'draft-07'}) as Record<string, unknown>;
  describe(schema, DESCRIPTIONS);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    $id: `willkommen.schema.json#${version}`,
    title: 'Willkommen widgets: office config',
    description:
      'One JSON file per office for the Willkommen widgets. Texts are a string or an object of language code to text, like {"de": "…", "en": "…"}.',
  };
}
