/**
 * The JSON Schema that editors use to check an office's config, made from the very schema the widgets
 * validate with. Checks that JSON Schema cannot express (safe links, opening hours syntax, references
 * between ids) are left to the widget and the validator; their messages name the JSON path.
 */
import {toJsonSchema} from '@valibot/to-json-schema';
import {getConfigSchema} from './schema.js';

export function configJsonSchema(version: string): Record<string, unknown> {
  const schema = toJsonSchema(getConfigSchema(), {errorMode: 'ignore', target: 'draft-07'}) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    $id: `willkommen.schema.json#${version}`,
    title: 'Willkommen widgets: office config',
    description:
      'One JSON file per office for the Willkommen widgets. Texts are a string or an object of language code to text, like {"de": "…", "en": "…"}.',
  };
}
