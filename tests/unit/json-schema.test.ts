import {describe, expect, it} from 'vitest';
import Ajv from 'ajv';
import {configJsonSchema} from '../../src/core/config/json-schema.js';
import {configWith, musterstadt} from '../fixtures/configs.js';

// The schema editors use must accept what the widgets accept and refuse the shapes they refuse.
describe('the published JSON Schema', () => {
  const validate = new Ajv({allErrors: true, strict: false}).compile(configJsonSchema('test'));

  it('accepts the embedded example profile', () => {
    expect(validate(musterstadt), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses wrong types, unknown keys and a missing office list', () => {
    const wrongType = configWith((config) => {
      (config.offices[0] as Record<string, unknown>).appointmentOnly = 'yes';
    });
    expect(validate(wrongType)).toBe(false);
    expect(validate.errors!.map((error) => error.instancePath)).toContain('/offices/0/appointmentOnly');

    const typo = configWith((config) => {
      (config.offices[0] as Record<string, unknown>).openinghours = 'Mo 08:00-12:00';
    });
    expect(validate(typo)).toBe(false);

    expect(validate({version: 1})).toBe(false);
  });

  it('tells an editor what each field means, opening hours with their syntax', () => {
    const schema = configJsonSchema('test') as {properties: Record<string, {items?: {properties: Record<string, {description?: string}>}}>};
    const office = schema.properties.offices!.items!.properties;
    expect(office.openingHours!.description).toMatch(/opening_hours.*PH off/);
    expect(office.address!.description).toBeTruthy();
    // Every field of an office, a document and a service has one.
    for (const list of ['offices', 'documents', 'services']) {
      const fields = Object.entries(schema.properties[list]!.items!.properties);
      expect(fields.filter(([, field]) => !field.description).map(([name]) => `${list}[].${name}`)).toEqual([]);
    }
  });

  it('names itself and the draft it follows', () => {
    const schema = configJsonSchema('1.2.3');
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toContain('1.2.3');
  });
});
