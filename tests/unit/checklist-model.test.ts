/**
 * The checklist's pure logic against the embedded Musterstadt profile: which documents apply to the
 * visitor's answers, the "5 of 9 ready" count, and what the browser keeps between visits (read back
 * against a config that may have changed since).
 */
import {describe, expect, it} from 'vitest';
import type {Config, Service} from '../../src/core/config/schema.js';
import {
  checklistItems,
  emptyChecklist,
  helpPartners,
  progress,
  restoreChecklist,
  resumableService,
  serializeChecklist,
  storageKey,
  type Answers,
  type ItemStatus,
  type SavedChecklist,
} from '../../src/widgets/checklist/checklist-model.js';
import {configWith, musterstadt} from '../fixtures/configs.js';
import {parsedConfig as parsed} from '../fixtures/parsed-config.js';


function serviceOf(config: Config, id: string): Service {
  const service = config.services.find((candidate) => candidate.id === id);
  if (!service) throw new Error(`no service ${id}`);
  return service;
}

const config = parsed(musterstadt);
/** "Extend your residence permit": questions employed, self-employed, benefits. */
const extension = serviceOf(config, 'extension');
const family = serviceOf(config, 'family');

const BASE = ['application-form', 'passport', 'eat', 'biometric-photo', 'health-insurance', 'rent-contract'];
const EMPLOYED = ['employment-contract', 'employer-certificate', 'payslips'];
const SELF_EMPLOYED = ['tax-assessment', 'tax-adviser-statement'];

const refs = (answers: Answers, service = extension, from = config) => checklistItems(from, service, answers).map((item) => item.ref);
const undecidedRefs = (answers: Answers, service = extension) =>
  checklistItems(config, service, answers).filter((item) => item.undecided).map((item) => item.ref);

describe('checklistItems: conditions', () => {
  it('before any answer lists every document, the conditional ones as undecided', () => {
    expect(refs({})).toEqual([...BASE, ...EMPLOYED, ...SELF_EMPLOYED, 'benefits-decision']);
    expect(undecidedRefs({})).toEqual([...EMPLOYED, ...SELF_EMPLOYED, 'benefits-decision']);
  });

  it('"employed: yes" decides the employment documents; "no" removes them', () => {
    expect(refs({employed: true})).toEqual([...BASE, ...EMPLOYED, ...SELF_EMPLOYED, 'benefits-decision']);
    expect(undecidedRefs({employed: true})).toEqual([...SELF_EMPLOYED, 'benefits-decision']);

    expect(refs({employed: false})).toEqual([...BASE, ...SELF_EMPLOYED, 'benefits-decision']);
    expect(undecidedRefs({employed: false})).toEqual([...SELF_EMPLOYED, 'benefits-decision']);
  });

  it('with every question answered nothing is undecided', () => {
    const answers = {employed: true, 'self-employed': false, benefits: false};
    expect(refs(answers)).toEqual([...BASE, ...EMPLOYED]);
    expect(undecidedRefs(answers)).toEqual([]);
    expect(refs({employed: false, 'self-employed': true, benefits: true})).toEqual([...BASE, ...SELF_EMPLOYED, 'benefits-decision']);
  });

  it('follows changed answers, in config order', () => {
    const steps: Array<[Answers, string[]]> = [
      [{}, [...BASE, ...EMPLOYED, ...SELF_EMPLOYED, 'benefits-decision']],
      [{employed: false}, [...BASE, ...SELF_EMPLOYED, 'benefits-decision']],
      [{employed: false, 'self-employed': false}, [...BASE, 'benefits-decision']],
      [{employed: true, 'self-employed': false}, [...BASE, ...EMPLOYED, 'benefits-decision']],
      [{employed: true, 'self-employed': false, benefits: false}, [...BASE, ...EMPLOYED]],
      [{employed: true, 'self-employed': true, benefits: false}, [...BASE, ...EMPLOYED, ...SELF_EMPLOYED]],
    ];
    for (const [answers, expected] of steps) expect(refs(answers), JSON.stringify(answers)).toEqual(expected);
  });

  it('a condition on "no" applies on no and disappears on yes (family reunification, Blue Card partner)', () => {
    expect(refs({'blue-card': false}, family)).toContain('language-certificate-a1');
    expect(undecidedRefs({'blue-card': false}, family)).not.toContain('language-certificate-a1');
    expect(undecidedRefs({}, family)).toContain('language-certificate-a1');
    expect(refs({'blue-card': true}, family)).not.toContain('language-certificate-a1');
  });

  it('several conditions must all hold; one contradiction removes the item even while another is unanswered', () => {
    const both = parsed(
      configWith((json) => {
        const service = json.services.find((s) => s.id === 'extension')!;
        (service.documents as unknown[]).push({ref: 'pension-record', when: {employed: true, 'self-employed': true}});
      }),
    );
    const service = serviceOf(both, 'extension');
    const pension = (answers: Answers) => checklistItems(both, service, answers).find((item) => item.ref === 'pension-record');
    expect(pension({})?.undecided).toBe(true);
    expect(pension({employed: true})?.undecided).toBe(true);
    expect(pension({'self-employed': true})?.undecided).toBe(true);
    expect(pension({employed: true, 'self-employed': true})?.undecided).toBe(false);
    expect(pension({employed: true, 'self-employed': false})).toBeUndefined();
    expect(pension({employed: false, 'self-employed': true})).toBeUndefined();
    expect(pension({employed: false})).toBeUndefined();
    expect(pension({'self-employed': false})).toBeUndefined();
  });

  it('each item carries the config document and the service entry', () => {
    const blueCard = serviceOf(config, 'blue-card');
    const item = checklistItems(config, blueCard, {}).find((candidate) => candidate.ref === 'registration-certificate')!;
    expect(item.document).toBe(config.documents.find((document) => document.id === 'registration-certificate'));
    expect(item.entry).toBe(blueCard.documents[3]);
    expect(item.entry.note).toEqual({
      de: 'Oder Anmeldeformular mit Wohnungsgeberbestätigung',
      en: 'Or the registration form plus landlord confirmation',
    });
    expect(item.undecided).toBe(false);
    const custody = checklistItems(config, family, {children: true}).find((candidate) => candidate.ref === 'custody-proof')!;
    expect(custody.entry.optional).toBe(true);
    const marriage = checklistItems(config, family, {}).find((candidate) => candidate.ref === 'marriage-certificate')!;
    expect(marriage.entry).toMatchObject({original: true});
    expect(marriage.entry.optional).toBeFalsy();
  });

  it('an inherited property is not an answer', () => {
    const inherited = Object.create({employed: false}) as Answers;
    expect(undecidedRefs(inherited)).toEqual([...EMPLOYED, ...SELF_EMPLOYED, 'benefits-decision']);
  });

  it('a document listed twice appears once: where it first applies, decided beating undecided', () => {
    const twice = parsed(
      configWith((json) => {
        const service = json.services.find((s) => s.id === 'extension')!;
        // Also needed by the self-employed (say, for employees of their own): a second entry for the same document.
        (service.documents as unknown[]).push({ref: 'employment-contract', when: {'self-employed': true}, note: 'second'});
      }),
    );
    const service = serviceOf(twice, 'extension');
    const contract = (answers: Answers) => {
      const items = checklistItems(twice, service, answers);
      const found = items.filter((item) => item.ref === 'employment-contract');
      expect(found.length).toBeLessThanOrEqual(1);
      return found[0] && {index: items.indexOf(found[0]), undecided: found[0].undecided, note: found[0].entry.note};
    };
    expect(contract({})).toEqual({index: 6, undecided: true, note: undefined});
    expect(contract({employed: true})).toEqual({index: 6, undecided: false, note: undefined});
    expect(contract({'self-employed': true})).toEqual({index: 6, undecided: false, note: 'second'});
    // With the first entry ruled out it stands where the second applies: after the tax documents and benefits.
    expect(contract({employed: false, 'self-employed': true})).toEqual({index: 9, undecided: false, note: 'second'});
    expect(contract({employed: false, 'self-employed': false})).toBeUndefined();
  });
});

describe('progress', () => {
  const answered = {employed: true, 'self-employed': false, benefits: false};
  const items = checklistItems(config, extension, answered); // 9 decided items

  it('counts ready items out of all decided ones', () => {
    expect(progress(items, {})).toEqual({done: 0, total: 9});
    expect(progress(items, {passport: 'ready', eat: 'ready', payslips: 'ready', 'application-form': 'ready', 'rent-contract': 'ready'})).toEqual({
      done: 5,
      total: 9,
    });
  });

  it('"does not apply" leaves the total; "cannot get it" stays in the total but is not done; "open" is open', () => {
    const statuses: Record<string, ItemStatus> = {
      'application-form': 'ready',
      passport: 'ready',
      eat: 'ready',
      'biometric-photo': 'not-applicable',
      payslips: 'unavailable',
      'rent-contract': 'open',
    };
    expect(progress(items, statuses)).toEqual({done: 3, total: 8});
    expect(progress(items, {...statuses, 'health-insurance': 'not-applicable', 'employer-certificate': 'not-applicable'})).toEqual({
      done: 3,
      total: 6,
    });
  });

  it('undecided items do not count, whatever their status', () => {
    const some = checklistItems(config, extension, {employed: true}); // tax x2 and benefits-decision undecided
    expect(some).toHaveLength(12);
    expect(progress(some, {})).toEqual({done: 0, total: 9});
    expect(progress(some, {'tax-assessment': 'ready', 'benefits-decision': 'unavailable', passport: 'ready'})).toEqual({done: 1, total: 9});
  });

  it('statuses of items no longer in the list are ignored', () => {
    expect(progress(items, {'benefits-decision': 'ready', 'tax-assessment': 'ready'})).toEqual({done: 0, total: 9});
  });

  it('optional items count until marked "does not apply"', () => {
    // Partner holds a Blue Card, is employed, no children: 10 items, the divorce decree optional.
    const familyItems = checklistItems(config, family, {'blue-card': true, 'self-employed': false, children: false});
    expect(familyItems.map((item) => item.ref)).toEqual([
      'application-form',
      'passport',
      'biometric-photo',
      'registration-certificate',
      'marriage-certificate',
      'divorce-decree',
      'rent-contract',
      'employment-contract',
      'payslips',
      'health-insurance',
    ]);
    expect(progress(familyItems, {})).toEqual({done: 0, total: 10});
    expect(progress(familyItems, {'divorce-decree': 'not-applicable', passport: 'ready'})).toEqual({done: 1, total: 9});
  });

  it('an empty list is 0 of 0', () => {
    expect(progress([], {})).toEqual({done: 0, total: 0});
  });
});

describe('storage', () => {
  it('keys per office and service', () => {
    expect(storageKey('auslaenderbehoerde', 'blue-card')).toBe('checklist:auslaenderbehoerde:blue-card');
    expect(storageKey('auslaenderbehoerde', 'extension')).not.toBe(storageKey('auslaenderbehoerde', 'blue-card'));
    expect(storageKey('a', 'b')).not.toBe(storageKey('b', 'a'));
  });

  it('an empty checklist is version 1 with nothing in it, a fresh object each time', () => {
    expect(emptyChecklist()).toEqual({version: 1, answers: {}, statuses: {}});
    const first = emptyChecklist();
    first.answers.employed = true;
    first.statuses.passport = 'ready';
    expect(emptyChecklist()).toEqual({version: 1, answers: {}, statuses: {}});
  });

  it('serializes to compact JSON, leaving out "open" statuses', () => {
    const saved: SavedChecklist = {
      version: 1,
      answers: {employed: true},
      statuses: {passport: 'open', eat: 'ready'},
    };
    expect(serializeChecklist(saved)).toBe('{"version":1,"answers":{"employed":true},"statuses":{"eat":"ready"}}');
    expect(serializeChecklist({...saved, appointment: {date: '2026-06-03', time: '09:30'}})).toBe(
      '{"version":1,"answers":{"employed":true},"statuses":{"eat":"ready"},"appointment":{"date":"2026-06-03","time":"09:30"}}',
    );
  });

  it('round-trips: serialize then restore gives the same checklist', () => {
    const saved: SavedChecklist = {
      version: 1,
      answers: {employed: true, 'self-employed': false},
      statuses: {passport: 'ready', payslips: 'unavailable', 'biometric-photo': 'not-applicable'},
      appointment: {date: '2026-10-25', time: '02:30'},
    };
    expect(restoreChecklist(serializeChecklist(saved), extension)).toEqual(saved);
    expect(restoreChecklist(serializeChecklist(emptyChecklist()), extension)).toEqual(emptyChecklist());
  });

  it.each([
    ['nothing stored', undefined],
    ['empty text', ''],
    ['garbage', '{"version":1,'],
    ['not JSON at all', 'ready'],
    ['null', 'null'],
    ['an array', '[{"version":1}]'],
    ['a number', '1'],
    ['a string', '"{\\"version\\":1}"'],
    ['another version', '{"version":2,"answers":{"employed":true},"statuses":{"passport":"ready"}}'],
    ['version as text', '{"version":"1","answers":{"employed":true},"statuses":{"passport":"ready"}}'],
    ['no version', '{"answers":{"employed":true},"statuses":{"passport":"ready"}}'],
  ])('%s -> an empty checklist', (_, json) => {
    expect(restoreChecklist(json, extension)).toEqual({version: 1, answers: {}, statuses: {}});
  });

  it('drops answers to questions the service no longer asks and statuses of documents it no longer lists', () => {
    const stored = JSON.stringify({
      version: 1,
      answers: {employed: true, married: true, benefits: false},
      statuses: {passport: 'ready', 'old-document': 'ready', 'marriage-certificate': 'unavailable', payslips: 'unavailable'},
      appointment: {date: '2026-06-03', time: '09:30'},
    });
    expect(restoreChecklist(stored, extension)).toEqual({
      version: 1,
      answers: {employed: true, benefits: false},
      statuses: {passport: 'ready', payslips: 'unavailable'},
      appointment: {date: '2026-06-03', time: '09:30'},
    });
  });

  it('drops invalid values: an answer that is not a boolean, a status like "done", "open"', () => {
    const stored = JSON.stringify({
      version: 1,
      answers: {employed: 'yes', 'self-employed': 1, benefits: null},
      statuses: {passport: 'done', eat: 'open', 'biometric-photo': true, 'health-insurance': 'READY', 'rent-contract': 'not-applicable'},
    });
    expect(restoreChecklist(stored, extension)).toEqual({version: 1, answers: {}, statuses: {'rent-contract': 'not-applicable'}});
  });

  it('keeps what is valid when a part is of the wrong kind', () => {
    expect(restoreChecklist('{"version":1,"answers":[true],"statuses":{"passport":"ready"}}', extension)).toEqual({
      version: 1,
      answers: {},
      statuses: {passport: 'ready'},
    });
    expect(restoreChecklist('{"version":1,"answers":{"employed":false},"statuses":"ready"}', extension)).toEqual({
      version: 1,
      answers: {employed: false},
      statuses: {},
    });
  });

  it.each([
    ['a day that does not exist', {date: '2026-02-30', time: '09:30'}],
    ['an unpadded date', {date: '2026-6-3', time: '09:30'}],
    ['a German date', {date: '03.06.2026', time: '09:30'}],
    ['an hour past 23', {date: '2026-06-03', time: '24:00'}],
    ['an unpadded time', {date: '2026-06-03', time: '9:30'}],
    ['seconds', {date: '2026-06-03', time: '09:30:00'}],
    ['no time', {date: '2026-06-03'}],
    ['a number', 20260603],
    ['null', null],
  ])('drops a malformed appointment: %s', (_, appointment) => {
    const stored = JSON.stringify({version: 1, answers: {employed: true}, statuses: {}, appointment});
    expect(restoreChecklist(stored, extension)).toEqual({version: 1, answers: {employed: true}, statuses: {}});
  });

  it('keeps a valid appointment, and only its date and time', () => {
    const stored = JSON.stringify({version: 1, answers: {}, statuses: {}, appointment: {date: '2028-02-29', time: '23:59', room: 'B'}});
    expect(restoreChecklist(stored, extension).appointment).toEqual({date: '2028-02-29', time: '23:59'});
  });

  it('never copies stray keys such as __proto__', () => {
    const restored = restoreChecklist(
      '{"version":1,"answers":{"__proto__":{"employed":true},"employed":false},"statuses":{"__proto__":{"polluted":"ready"}}}',
      extension,
    );
    expect(restored).toEqual({version: 1, answers: {employed: false}, statuses: {}});
    expect(Object.getPrototypeOf(restored.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('after a config update: removed question and documents dropped, a new document starts open', () => {
    // The office stops asking "employed?" (and drops its documents) and adds the Fiktionsbescheinigung.
    const updated = parsed(
      configWith((json) => {
        const service = json.services.find((s) => s.id === 'extension')!;
        service.questions = service.questions.filter((question) => question.id !== 'employed');
        const documents = service.documents as Array<{ref: string; when?: Record<string, boolean>}>;
        (service as {documents: unknown[]}).documents = documents.filter((entry) => !entry.when || !('employed' in entry.when));
        (service.documents as unknown[]).push({ref: 'fiktionsbescheinigung'});
      }),
    );
    const service = serviceOf(updated, 'extension');
    const before = serializeChecklist({
      version: 1,
      answers: {employed: true, 'self-employed': false, benefits: false},
      statuses: {passport: 'ready', payslips: 'ready', eat: 'unavailable'},
    });
    const restored = restoreChecklist(before, service);
    expect(restored).toEqual({
      version: 1,
      answers: {'self-employed': false, benefits: false},
      statuses: {passport: 'ready', eat: 'unavailable'},
    });
    const items = checklistItems(updated, service, restored.answers);
    expect(items.map((item) => item.ref)).toEqual([...BASE, 'fiktionsbescheinigung']);
    expect(restored.statuses.fiktionsbescheinigung).toBeUndefined();
    expect(progress(items, restored.statuses)).toEqual({done: 1, total: 7});
  });

  it('a service without questions or documents restores to nothing', () => {
    const bare = {...extension, questions: [], documents: []};
    expect(restoreChecklist('{"version":1,"answers":{"employed":true},"statuses":{"passport":"ready"}}', bare)).toEqual(emptyChecklist());
  });
});

describe('helpPartners', () => {
  const ids = (from: Config, limit?: number) => helpPartners(from, limit).map((partner) => partner.properties.id);

  it('migration counselling first, then youth migration, then legal; three by default', () => {
    expect(ids(config)).toEqual(['mbe-nord', 'mbe-sued', 'jmd']);
    expect(ids(config, 10)).toEqual(['mbe-nord', 'mbe-sued', 'jmd', 'fluechtlingsberatung']);
    expect(ids(config, 1)).toEqual(['mbe-nord']);
    expect(ids(config, 0)).toEqual([]);
  });

  it('orders by category, not by their place in the config', () => {
    const reversed = parsed(
      configWith((json) => {
        json.partners.features.reverse();
      }),
    );
    expect(ids(reversed, 10)).toEqual(['mbe-sued', 'mbe-nord', 'jmd', 'fluechtlingsberatung']);
    expect(ids(reversed)).toEqual(['mbe-sued', 'mbe-nord', 'jmd']);
  });

  it('returns the partner features themselves, and nothing when there are none', () => {
    expect(helpPartners(config)[0]).toBe(config.partners.features[0]);
    const none = parsed(
      configWith((json) => {
        json.partners.features = json.partners.features.filter((feature) => !['mbe-nord', 'mbe-sued', 'jmd', 'fluechtlingsberatung'].includes(feature.properties.id));
      }),
    );
    expect(ids(none)).toEqual([]);
  });
});

describe('resumableService', () => {
  const officeId = config.offices[0].id;
  it("reopens the one case with a kept list, of this office only", () => {
    expect(resumableService(config, [storageKey(officeId, 'extension'), 'locale', storageKey('another-office', 'blue-card')])).toBe('extension');
  });

  it('leaves the choice to the visitor when several or none are kept, or the case is gone', () => {
    expect(resumableService(config, [storageKey(officeId, 'extension'), storageKey(officeId, 'blue-card')])).toBe(undefined);
    expect(resumableService(config, ['locale'])).toBe(undefined);
    expect(resumableService(config, [storageKey(officeId, 'no-longer-offered')])).toBe(undefined);
  });
});
