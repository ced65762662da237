/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/configurator/configurator.js';
import template from '../../examples/musterstadt.json';
import {parseConfig} from '../../src/core/config/validate.js';
import {checkConfigText} from '../../src/cli/config-report.js';
import {applyLocale} from '../../src/localization.js';
import type {WillkommenConfigurator} from '../../src/configurator/configurator.js';
import {axeViolations, settled, shadowText} from './helpers.js';

// Berlin is UTC+2 in June: Monday 1 June 2026, 10:30 office time.
const MONDAY_MORNING = new Date('2026-06-01T08:30:00Z');

async function configurator(): Promise<WillkommenConfigurator> {
  await applyLocale('de');
  const element = await fixture<WillkommenConfigurator>(html`<willkommen-configurator .now=${MONDAY_MORNING}></willkommen-configurator>`);
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = HTMLElement>(element: WillkommenConfigurator, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

/** Types into a field as the browser does: the value, then an input event. */
async function type(element: WillkommenConfigurator, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await element.updateComplete;
}

async function choose(element: WillkommenConfigurator, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
  await element.updateComplete;
}

/** Shift+Tab: a keyboard user goes back one control. */
async function shiftTab(): Promise<void> {
  await sendKeys({down: 'Shift'});
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The preview's contact card, once it has rendered the config now in the preview. */
/**
 * Exports as the webmaster does, with a click or (keyboard) focus and Enter on the export button, and
 * returns what the configurator hands over: the file's text and name.
 */
async function exportConfig(element: WillkommenConfigurator, {keyboard = false} = {}): Promise<{text: string; fileName: string}> {
  let exported: {text: string; fileName: string} | undefined;
  const listener = (event: Event) => (exported = (event as CustomEvent).detail);
  element.addEventListener('willkommen-configurator-export', listener);
  if (keyboard) {
    $(element, '#export').focus();
    await sendKeys({press: 'Enter'});
    await until(() => exported !== undefined, 'the export');
  } else {
    $(element, '#export').click();
    await element.updateComplete;
  }
  element.removeEventListener('willkommen-configurator-export', listener);
  return exported!;
}

async function previewCard(element: WillkommenConfigurator): Promise<HTMLElement & {updateComplete: Promise<boolean>}> {
  const card = $<HTMLElement & {updateComplete: Promise<boolean>}>(element, 'willkommen-contact-card');
  await settled(card);
  return card;
}

const describedBy = (field: Element): string[] => (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);

describe('willkommen-configurator', () => {
  afterEach(async () => {
    await setViewport({width: 800, height: 600});
  });

  it('starts from the template and loads it again on request', async () => {
    const element = await configurator();
    expect($<HTMLInputElement>(element, '#office-name').value).to.equal('Ausländerbehörde Musterstadt');
    await type(element, '#office-name', 'Etwas anderes');
    expect($<HTMLInputElement>(element, '#office-name').value).to.equal('Etwas anderes');
    $(element, '#load-template').click();
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#office-name').value).to.equal('Ausländerbehörde Musterstadt');
    expect(element.json).to.deep.equal(template);
    expect($(element, '#check-status').textContent).to.contain('Keine Probleme');
  });

  it('previews open or closed for the hours being typed, on a fixed clock', async () => {
    const element = await configurator();
    const preview = () => $(element, '#hours-preview').textContent!.replace(/\s+/g, ' ');
    // The template: Mo,Tu,Fr 08:00-12:00; ... -> open on Monday 10:30 until noon.
    expect(preview()).to.contain('Jetzt geöffnet');
    expect(preview()).to.contain('schließt heute um 12:00');
    await type(element, '#opening-hours', 'Mo-Fr 14:00-18:00; PH off');
    expect(preview()).to.contain('Jetzt geschlossen');
    expect(preview()).to.contain('öffnet heute um 14:00');
    expect(element.json).to.have.nested.property('offices[0].openingHours', 'Mo-Fr 14:00-18:00; PH off');
    // The field points at the preview, so a screen reader hears it with the field.
    expect(describedBy($(element, '#opening-hours'))).to.include('hours-preview');
    await type(element, '#opening-hours', 'Sa 09:00-12:00');
    expect(preview()).to.contain('Jetzt geschlossen');
    expect(preview()).to.contain('öffnet Samstag um 9:00');
  });

  it('shows a validation error with its path at the field and in the list, and drops it when fixed', async () => {
    const element = await configurator();
    await type(element, '#postal-code', '123');
    const field = $(element, '#postal-code');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(field)).to.include('postal-code-error');
    const fieldError = $(element, '#postal-code-error').textContent!;
    expect(fieldError).to.contain('$.offices[0].address.postalCode');
    expect(fieldError).to.contain('fünf Ziffern');
    expect($(element, '#issues').textContent).to.contain('$.offices[0].address.postalCode');
    const status = $(element, '#check-status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Ein Problem');
    expect(shadowText(element)).to.contain('letzten fehlerfreien Stand');

    await type(element, '#postal-code', '54321');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(describedBy(field)).not.to.include('postal-code-error');
    expect(element.shadowRoot!.querySelector('#postal-code-error')).to.equal(null);
    expect(element.shadowRoot!.querySelector('#issues')).to.equal(null);
    expect(status.textContent).to.contain('Keine Probleme');
  });

  it('reports a syntax error in the opening hours at the field', async () => {
    const element = await configurator();
    await type(element, '#opening-hours', 'Mo-Fr 8-12');
    expect($(element, '#hours-preview').textContent).to.contain('Schreibweise nicht erkannt');
    expect($(element, '#opening-hours-error').textContent).to.contain('$.offices[0].openingHours');
    await type(element, '#opening-hours', 'Mo-Fr 08:00-12:00');
    expect(element.shadowRoot!.querySelector('#opening-hours-error')).to.equal(null);
  });

  it('shows the new office name in the live contact card, and in the chosen preview language', async () => {
    const element = await configurator();
    // Typed with the keyboard, as a webmaster would.
    const name = $<HTMLInputElement>(element, '#office-name');
    name.focus();
    name.select();
    await sendKeys({type: 'Ausländerbehörde Beispielstadt'});
    await element.updateComplete;
    expect(element.json).to.have.nested.property('offices[0].name.de', 'Ausländerbehörde Beispielstadt');
    await until(() => {
      const card = element.shadowRoot!.querySelector('willkommen-contact-card');
      return shadowText(card!).includes('Ausländerbehörde Beispielstadt');
    }, 'the preview to show the new name');
    const card = await previewCard(element);
    expect(card.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Jetzt geöffnet');

    await choose(element, '#preview-locale', 'en');
    await until(() => shadowText($(element, 'willkommen-contact-card')).includes('Musterstadt Immigration Office'), 'English');
    expect(shadowText($(element, 'willkommen-contact-card'))).to.contain('Open now');
    await choose(element, '#preview-locale', 'de');
  });

  it('marks the template’s translations as outdated once the German name changes, and removes them with the keyboard', async function () {
    this.timeout(20_000);
    const element = await configurator();
    const name = template.offices[0].name as Record<string, string>;
    const help = () => $(element, '#office-name-help').textContent!.replace(/\s+/g, ' ');
    expect(help()).to.contain('in allen Sprachen');
    expect(element.shadowRoot!.querySelector('#office-name-remove-outdated') === null, 'no button before a change').to.equal(true);

    await type(element, '#office-name', 'Ausländerbehörde Beispielstadt');
    await choose(element, '#edit-locale', 'ar');
    await type(element, '#office-name', 'دائرة الأجانب في بيشبيلشتات');
    await choose(element, '#edit-locale', 'de');
    // Every language but German and the Arabic just typed still holds the template's name.
    expect(help()).to.contain('veraltet (aus der Vorlage): ');
    expect(help()).to.contain('Englisch (en)');
    expect(help()).to.contain('Türkisch (tr)');
    expect(help()).not.to.contain('Arabisch (ar)');
    expect(help()).not.to.contain('in allen Sprachen');
    // The welcome line did not change: nothing of it is outdated.
    expect($(element, '#office-welcome-help').textContent).to.contain('in allen Sprachen');
    expect(describedBy($(element, '#office-name'))).to.include('office-name-outdated');
    const summary = () => $(element, '#locale-summary').textContent!.replace(/\s+/g, ' ');
    expect(summary()).to.contain('Englisch (en): ein Text veraltet');
    expect(summary()).not.to.contain('Alle Texte');

    const button = $<HTMLButtonElement>(element, '#office-name-remove-outdated');
    expect(button.textContent!.trim()).to.equal('Veraltete Übersetzungen entfernen');
    expect(button.getAttribute('aria-label')).to.equal('Veraltete Übersetzungen entfernen: Name des Amtes');
    button.focus();
    await sendKeys({press: 'Enter'});
    await until(() => element.shadowRoot!.activeElement?.id === 'office-name', 'the focus back on the name field');
    expect($(element, '#office-name-translations-status').textContent).to.contain('Veraltete Übersetzungen entfernt: ');
    expect($(element, '#office-name-translations-status').textContent).to.contain('Englisch (en)');
    expect($(element, '#office-name-translations-status').textContent).to.contain('deutschen Text');
    expect(Object.keys((element.json as {offices: Array<{name: object}>}).offices[0].name).sort()).to.deep.equal(['ar', 'de']);
    expect(element.shadowRoot!.querySelector('#office-name-remove-outdated') === null, 'the button goes with the outdated texts').to.equal(true);
    expect(help()).to.contain('fehlt noch in: ');
    expect(help()).not.to.contain('veraltet');
    expect(summary()).to.contain('Englisch (en): ein Text fehlt');
    expect($(element, '#check-status').textContent).to.contain('Keine Probleme');

    const exported = await exportConfig(element);
    const json = JSON.parse(exported!.text);
    expect(json.offices[0].name).to.deep.equal({de: 'Ausländerbehörde Beispielstadt', ar: 'دائرة الأجانب في بيشبيلشتات'});
    expect(json.offices[0].welcome).to.deep.equal(template.offices[0].welcome);

    // English visitors read the German name, marked as German, not the template's office.
    await choose(element, '#preview-locale', 'en');
    try {
      await until(() => shadowText($(element, 'willkommen-contact-card')).includes('Open now'), 'the English preview');
      await until(() => shadowText($(element, 'willkommen-contact-card')).includes('Ausländerbehörde Beispielstadt'), 'the German name in English');
      const card = $(element, 'willkommen-contact-card');
      expect(shadowText(card)).not.to.contain(name.en);
      const heading = card.shadowRoot!.querySelector('[part="heading"] [lang]');
      expect(heading?.getAttribute('lang')).to.equal('de');
      expect(heading?.textContent).to.equal('Ausländerbehörde Beispielstadt');
    } finally {
      await choose(element, '#preview-locale', 'de');
    }
  });

  it('never marks a translation typed after opening as outdated, and compares an opened file with itself', async () => {
    const element = await configurator();
    const file = structuredClone(template) as unknown as {offices: Array<{name: Record<string, string>}>};
    file.offices[0].name = {de: 'Amt Altstadt', en: 'Old Town Office', tr: 'Eski Şehir Dairesi'};
    element.load(file);
    await element.updateComplete;
    await type(element, '#office-name', 'Amt Neustadt');
    const help = () => $(element, '#office-name-help').textContent!.replace(/\s+/g, ' ');
    expect(help()).to.contain('veraltet (aus der geöffneten Datei): Englisch (en), Türkisch (tr)');
    // The English is still right: typed again as it was, it is the webmaster's now.
    await choose(element, '#edit-locale', 'en');
    await type(element, '#office-name', 'Old Town Offic');
    await type(element, '#office-name', 'Old Town Office');
    await choose(element, '#edit-locale', 'de');
    expect(help()).to.contain('veraltet (aus der geöffneten Datei): Türkisch (tr)');
    expect(help()).not.to.contain('Englisch (en)');
    // Another service's texts use the same status line and button.
    await type(element, '#service-0-name', 'Neu benannt');
    expect($(element, '#service-0-name-help').textContent).to.contain('veraltet (aus der geöffneten Datei)');
    expect(element.shadowRoot!.querySelector('#service-0-name-remove-outdated') !== null, 'the service name’s button').to.equal(true);
  });

  it('edits a text per language and says which languages it still lacks', async () => {
    const element = await configurator();
    await type(element, '#office-name', '');
    // German emptied: the template's other fifteen languages stay, and German is listed as missing.
    expect(element.json).not.to.have.nested.property('offices[0].name.de');
    expect($(element, '#office-name-help').textContent).to.contain('Deutsch (de)');
    await choose(element, '#edit-locale', 'ar');
    const arabic = $<HTMLInputElement>(element, '#office-name');
    expect(arabic.value).to.equal('دائرة الأجانب في Musterstadt');
    expect(arabic.getAttribute('lang')).to.equal('ar');
    expect(arabic.getAttribute('dir')).to.equal('rtl');
    await type(element, '#office-name', 'مكتب');
    expect(element.json).to.have.nested.property('offices[0].name.ar', 'مكتب');
    await choose(element, '#edit-locale', 'de');
    await type(element, '#office-name', 'Amt');
    // German is back, and new: no language lacks the name, but the ones not typed are the template's.
    expect($(element, '#office-name-help').textContent).not.to.contain('fehlt noch');
    expect($(element, '#office-name-help').textContent).to.contain('veraltet (aus der Vorlage)');
    expect($(element, '#office-name-help').textContent).not.to.contain('Arabisch (ar)');
  });

  it('edits the office the webmaster picks when the config has several', async () => {
    const element = await configurator();
    const two = structuredClone(template) as typeof template;
    two.offices.push({...structuredClone(two.offices[0]), id: 'aussenstelle', name: {...two.offices[0].name, de: 'Außenstelle Nord'}});
    element.load(two);
    await element.updateComplete;
    await choose(element, '#office-select', '1');
    expect($<HTMLInputElement>(element, '#office-name').value).to.equal('Außenstelle Nord');
    await type(element, '#locality', 'Nordstadt');
    expect(element.json).to.have.nested.property('offices[1].address.locality', 'Nordstadt');
    expect(element.json).to.have.nested.property('offices[0].address.locality', template.offices[0].address.locality);
  });

  it('works with the keyboard alone: Enter on a button, typing into a field', async () => {
    const element = await configurator();
    await type(element, '#locality', 'Irgendwo');
    $(element, '#load-template').focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#locality').value).to.equal(template.offices[0].address.locality);
    await sendKeys({press: 'Tab'});
    expect(element.shadowRoot!.activeElement!.id).to.equal('open-file');
  });

  it('edits address, region, contact and languages into the JSON', async () => {
    const element = await configurator();
    await type(element, '#street', 'Rathausplatz 1');
    await choose(element, '#region', 'DE-BY');
    await type(element, '#phone', '');
    await type(element, '#booking-url', 'https://termine.example.org');
    await type(element, '#languages', 'de, ar, ');
    expect($<HTMLInputElement>(element, '#languages').value).to.equal('de, ar, ');
    const office = (element.json as {offices: Array<Record<string, unknown>>}).offices[0];
    expect(office.address).to.include({street: 'Rathausplatz 1', region: 'DE-BY'});
    expect(office).not.to.have.property('phone');
    expect(office.bookingUrl).to.equal('https://termine.example.org');
    expect(office.languages).to.deep.equal(['de', 'ar']);
    expect($(element, '#languages-help').textContent).to.contain('Arabisch');
    expect($(element, '#check-status').textContent).to.contain('Keine Probleme');
  });

  it('exports JSON that parseConfig accepts and that equals the edited config, with the embed snippet', async () => {
    const element = await configurator();
    await type(element, '#office-name', 'Ausländerbehörde Beispielstadt');
    await type(element, '#opening-hours', 'Mo-Fr 08:00-12:00; PH off');
    await choose(element, '#region', 'DE-HE');
    const exported = await exportConfig(element);
    expect(exported, 'export event').to.exist;
    expect(exported!.fileName).to.equal('auslaenderbehoerde-beispielstadt.json');
    const json = JSON.parse(exported!.text);
    expect(json).to.deep.equal(element.json);
    const expected = structuredClone(template) as typeof template;
    expected.offices[0].name.de = 'Ausländerbehörde Beispielstadt';
    expected.offices[0].openingHours = 'Mo-Fr 08:00-12:00; PH off';
    expected.offices[0].address.region = 'DE-HE';
    expect(json).to.deep.equal(expected);
    expect(parseConfig(json).ok).to.equal(true);
    expect($(element, '#export-report').textContent).to.contain('ist gültig');

    const snippet = () => $(element, '#snippet').textContent!.split('\n');
    // The default page: language picker, contact card, checklist, then the script.
    expect(snippet().map((line) => /^<([a-z-]+)/.exec(line)?.[1])).to.deep.equal([
      'willkommen-language-picker',
      'willkommen-contact-card',
      'willkommen-checklist',
      'script',
    ]);
    expect(snippet()[3]).to.equal('<script src="/assets/willkommen.js" data-config="/assets/auslaenderbehoerde-beispielstadt.json" defer></script>');
    expect($<HTMLInputElement>(element, '#snippet-widget-checklist').checked).to.equal(true);
    expect($<HTMLInputElement>(element, '#snippet-widget-partner-map').checked).to.equal(false);

    // The page shows the partner map instead of the contact card, and the checklist of one service.
    $(element, '#snippet-widget-contact-card').click();
    await element.updateComplete;
    expect($(element, '#snippet-status').textContent).to.contain('Kontaktkarte entfernt');
    $<HTMLInputElement>(element, '#snippet-widget-partner-map').focus();
    await sendKeys({press: 'Space'});
    await element.updateComplete;
    expect($(element, '#snippet-status').textContent).to.contain('Partnerkarte hinzugefügt');
    const family = template.services.find((service) => service.id === 'family')!;
    await choose(element, '#snippet-service', 'family');
    expect($(element, '#snippet-status').textContent).to.contain(`„${family.name.de}“`);
    expect(snippet().map((line) => /^<([a-z-]+)/.exec(line)?.[1])).to.deep.equal([
      'willkommen-language-picker',
      'willkommen-checklist',
      'willkommen-partner-map',
      'script',
    ]);
    expect(snippet()[1]).to.match(/^<willkommen-checklist service="family"><a href="[^"]+">[^<]+<\/a><\/willkommen-checklist>$/);
    expect(snippet()[2]).to.match(/^<willkommen-partner-map><a href="[^"]+">[^<]+<\/a><\/willkommen-partner-map>$/);
    // The help sends CMS users to their guide, and names where the guides are.
    const help = $(element, '#snippet-help').textContent!.replace(/\s+/g, ' ');
    expect(help).to.contain('Einfache HTML-Seiten');
    expect(help).to.contain('TYPO3, WordPress, Drupal oder Government Site Builder');
    expect(help).to.contain('„Webmaster/Anleitungen“');
    expect(help).to.contain('docs/guides/');
    expect(help).not.to.contain('in den Ordner /assets/');
  });

  it('exports an invalid config too, with line and column of each problem', async () => {
    const element = await configurator();
    await type(element, '#email', 'nicht-erreichbar');
    $(element, '#export').click();
    await element.updateComplete;
    const report = $(element, '#export-report').textContent!.replace(/\s+/g, ' ');
    expect(report).to.contain('ein Problem');
    expect(report).to.match(/Zeile \d+, Spalte \d+: \$\.offices\[0\]\.email/);
  });

  it('opens a config file the webmaster chose, and refuses one that is not JSON', async () => {
    const element = await configurator();
    const input = $<HTMLInputElement>(element, '#open-file');
    const own = structuredClone(template) as unknown as {offices: Array<Record<string, unknown>>};
    own.offices[0].name = {de: 'Bürgeramt Eigenstadt'};
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(own)], 'eigen.json', {type: 'application/json'}));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => $<HTMLInputElement>(element, '#office-name').value === 'Bürgeramt Eigenstadt', 'the file to open');
    expect(element.json).to.deep.equal(own);

    const broken = new DataTransfer();
    broken.items.add(new File(['{"version": 1,'], 'kaputt.json'));
    input.files = broken.files;
    input.dispatchEvent(new Event('change'));
    await until(() => element.shadowRoot!.querySelector('#open-message')?.textContent?.includes('keine gültige JSON-Datei') ?? false, 'the refusal');
    expect(describedBy(input)).to.include('open-message');
    expect(element.json).to.deep.equal(own);
  });

  it('imports partners from a CSV: the good row into the list and the map preview, the bad row reported', async () => {
    const element = await configurator();
    // As Excel writes "CSV UTF-8": BOM, semicolons, German decimal commas, CRLF.
    const csv = [
      'Name;Kategorie;Straße;PLZ;Ort;Breite;Länge',
      'Café Zusammen;community;Marktplatz 2;99999;Musterstadt;51,51;7,46',
      'Kaputt;community;Weg 1;99999;Musterstadt;151,2;7,46',
    ].join('\r\n');
    const files = new DataTransfer();
    files.items.add(new File([new TextEncoder().encode(`\uFEFF${csv}\r\n`)], 'partner.csv', {type: 'text/csv'}));
    const input = $<HTMLInputElement>(element, '#partners-csv');
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => Boolean(element.shadowRoot!.querySelector('#csv-problems')), 'the import report');
    const status = $(element, '#csv-status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain('ein Partner hinzugefügt; eine Zeile übersprungen');
    const problems = [...element.shadowRoot!.querySelectorAll('#csv-problems li')].map((item) => item.textContent!);
    expect(problems).to.have.length(1);
    // The importer's English reason, in German.
    expect(problems[0]).to.equal('Zeile 3, Spalte „Breite“: Der Breitengrad 151,2 liegt nicht zwischen -90 und 90');
    expect(status.textContent).to.contain('Gelesen: 2 Zeilen, Zeichensatz UTF-8, getrennt durch „;“.');
    expect(describedBy(input)).to.include('csv-status');
    // Emptied, so the corrected file can be chosen again.
    expect(input.value).to.equal('');

    const names = [...element.shadowRoot!.querySelectorAll('#partner-list .partner-name')].map((item) => item.textContent!.trim());
    expect(names).to.include('Café Zusammen');
    expect(names.join()).not.to.contain('Kaputt');
    const features = (element.json as {partners: {features: Array<{properties: {id: string; name: unknown}; geometry: {coordinates: number[]}}>}})
      .partners.features;
    const added = features.at(-1)!;
    expect(added.properties.name).to.equal('Café Zusammen');
    expect(added.geometry.coordinates).to.deep.equal([7.46, 51.51]);
    await until(() => {
      const map = element.shadowRoot!.querySelector('willkommen-partner-map');
      return Boolean(map?.shadowRoot?.querySelector(`.partner[data-id="${added.properties.id}"]`));
    }, 'the partner map preview to list the new partner');
    expect(shadowText($(element, 'willkommen-partner-map'))).to.contain('Café Zusammen');
    expect($(element, '#check-status').textContent).to.contain('Keine Probleme');
  });

  it('edits a partner, checks its coordinates, and removes one after a keyboard confirmation', async () => {
    const element = await configurator();
    const count = template.partners.features.length;
    const edit = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('#partner-list .edit-partner')[1];
    edit.focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(edit.getAttribute('aria-pressed')).to.equal('true');
    expect($<HTMLInputElement>(element, '#partner-name').value).to.equal(template.partners.features[1].properties.name.de);
    await type(element, '#partner-name', 'Beratung Süd');
    await choose(element, '#partner-category', 'legal');
    await type(element, '#partner-email', 'sued@example.org');
    await choose(element, '#edit-locale', 'ar');
    await type(element, '#partner-description', 'وصف');
    await choose(element, '#edit-locale', 'de');
    const props = () => (element.json as {partners: {features: Array<{properties: Record<string, unknown>; geometry: {coordinates: number[]}}>}}).partners.features[1];
    expect(props().properties).to.include({category: 'legal', email: 'sued@example.org'});
    expect(props().properties.name).to.have.property('de', 'Beratung Süd');
    expect(props().properties.description).to.have.property('ar', 'وصف');

    // A latitude out of range stays in the field with its error, and the JSON keeps the last good one.
    const before = props().geometry.coordinates[1];
    await type(element, '#partner-lat', '151,2');
    const lat = $(element, '#partner-lat');
    expect(lat.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(lat)).to.include('partner-lat-error');
    expect($(element, '#partner-lat-error').textContent).to.contain('zwischen -90 und 90');
    expect(props().geometry.coordinates[1]).to.equal(before);
    await type(element, '#partner-lat', '51,4999');
    expect(lat.getAttribute('aria-invalid')).to.equal('false');
    expect(props().geometry.coordinates[1]).to.equal(51.4999);
    await type(element, '#partner-lon', 'abc');
    expect($(element, '#partner-lon-error').textContent).to.contain('keine Zahl');

    // Remove: the confirmation takes the focus; Escape and "Abbrechen" keep the partner.
    const remove = () => element.shadowRoot!.querySelectorAll<HTMLButtonElement>('#partner-list .remove-partner')[0];
    remove().focus();
    await sendKeys({press: 'Enter'});
    await until(() => element.shadowRoot!.activeElement?.id === 'cancel-remove', 'the focus on the confirmation');
    expect($(element, '#confirm-remove-text').textContent).to.contain(template.partners.features[0].properties.name.de);
    await sendKeys({press: 'Escape'});
    await until(() => element.shadowRoot!.activeElement === remove(), 'Escape to cancel');
    expect(element.shadowRoot!.querySelector('#confirm-remove')).to.equal(null);
    await sendKeys({press: 'Enter'});
    await until(() => element.shadowRoot!.activeElement?.id === 'cancel-remove', 'the confirmation again');
    await sendKeys({press: 'Enter'});
    await until(() => element.shadowRoot!.activeElement === remove(), 'the focus back on the button');
    expect(element.shadowRoot!.querySelector('#confirm-remove')).to.equal(null);
    expect(element.shadowRoot!.querySelectorAll('#partner-list > li')).to.have.length(count);
    await sendKeys({press: 'Enter'});
    await until(() => element.shadowRoot!.activeElement?.id === 'cancel-remove', 'the confirmation again');
    await shiftTab();
    expect(element.shadowRoot!.activeElement!.id).to.equal('confirm-remove');
    await sendKeys({press: 'Enter'});
    await until(() => element.shadowRoot!.querySelectorAll('#partner-list > li').length === count - 1, 'the removal');
    expect($(element, '#partner-status').textContent).to.contain('entfernt');
    expect($(element, '#partner-status').getAttribute('role')).to.equal('status');
    expect(element.json).not.to.have.nested.property(`partners.features[${count - 1}]`);
    // The edited partner moved up one place and is still the one in the form.
    expect($<HTMLInputElement>(element, '#partner-name').value).to.equal('Beratung Süd');

    $(element, '#add-partner').click();
    await until(() => element.shadowRoot!.activeElement?.id === 'partner-name', 'the focus on the new partner’s name');
    expect(element.shadowRoot!.querySelectorAll('#partner-list > li')).to.have.length(count);
    expect($(element, '#check-status').textContent).to.contain('Keine Probleme');
  });

  it('edits a document’s Arabic description into the finder preview, and lists the languages a text lacks', async () => {
    const element = await configurator();
    expect($(element, '#locale-summary').textContent).to.contain('Alle Texte');
    await choose(element, '#edit-locale', 'ar');
    const field = $<HTMLTextAreaElement>(element, '#document-0-description');
    expect(field.getAttribute('lang')).to.equal('ar');
    expect(field.value).to.equal(template.documents[0].description.ar);
    // The questions' German text labels the condition of each document.
    expect($(element, '#services-heading').closest('section')!.textContent).to.contain(template.services[0].questions[0].text.de);
    await type(element, '#document-0-description', 'وصف جديد لجواز السفر');
    expect(element.json).to.have.nested.property('documents[0].description.ar', 'وصف جديد لجواز السفر');
    // Emptied in Persian: the field and the summary say so.
    await choose(element, '#edit-locale', 'fa');
    await type(element, '#document-0-where', '');
    expect($(element, '#document-0-where-help').textContent).to.contain('fehlt noch in: Persisch (fa)');
    expect($(element, '#locale-summary').textContent).to.contain('Persisch (fa): ein Text fehlt');
    await choose(element, '#edit-locale', 'de');

    await choose(element, '#preview-locale', 'ar');
    try {
      await until(() => {
        const finder = element.shadowRoot!.querySelector('willkommen-document-finder');
        const toggle = finder?.shadowRoot?.querySelector<HTMLButtonElement>(`#toggle-${template.documents[0].id}`);
        if (!toggle) return false;
        if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
        return shadowText(finder!).includes('وصف جديد لجواز السفر');
      }, 'the Arabic description in the finder');
      const finder = $(element, 'willkommen-document-finder');
      const what = finder.shadowRoot!.querySelector(`#panel-${template.documents[0].id} .what`)!;
      expect(what.textContent).to.contain('وصف جديد لجواز السفر');
      expect(finder.getAttribute('dir') ?? finder.closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
    } finally {
      await choose(element, '#preview-locale', 'de');
    }
  });

  it('edits questions per language, adds one with a unique id and removes one from every condition', async () => {
    const element = await configurator();
    const family = template.services.findIndex((service) => service.id === 'family');
    const details = $(element, `#service-${family}-questions`).closest('details')!;
    (details as HTMLDetailsElement).open = true;
    await choose(element, '#edit-locale', 'en');
    const text = $<HTMLInputElement>(element, `#service-${family}-question-2-text`);
    expect(text.value).to.equal(template.services[family].questions[2].text.en);
    expect(text.getAttribute('lang')).to.equal('en');
    await type(element, `#service-${family}-question-2-text`, '');
    expect($(element, `#service-${family}-question-2-text-help`).textContent).to.contain('fehlt noch in: Englisch (en)');
    await type(element, `#service-${family}-question-2-text`, 'Do you have children under 18?');
    expect(element.json).to.have.nested.property(`services[${family}].questions[2].text.en`, 'Do you have children under 18?');
    await choose(element, '#edit-locale', 'de');

    // Add: the id comes from the German text and is unique; Enter in the field adds too.
    const input = $<HTMLInputElement>(element, `#service-${family}-new-question`);
    input.focus();
    input.value = 'Self-employed';
    $(element, `#service-${family}-add-question`).click();
    await until(() => (element.json as any).services[family].questions.length === 4, 'the new question');
    expect((element.json as any).services[family].questions[3]).to.deep.equal({id: 'self-employed-2', text: {de: 'Self-employed'}});
    expect($(element, `#service-${family}-status`).textContent).to.contain('self-employed-2');
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal(`service-${family}-question-3-text`);

    // Remove "self-employed" (index 1) with the keyboard: cancel with Escape first, then confirm.
    const removes = () => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>(`#service-${family}-questions .remove-question`)];
    removes()[1].focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('cancel-remove-question');
    expect($(element, '#confirm-question-text').textContent).to.contain('Bedingungen');
    await sendKeys({press: 'Escape'});
    await until(() => !element.shadowRoot!.querySelector('#confirm-remove-question'), 'the confirmation to close');
    expect(element.shadowRoot!.activeElement).to.equal(removes()[1]);
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    $(element, '#confirm-remove-question').focus();
    await sendKeys({press: 'Enter'});
    await until(() => (element.json as any).services[family].questions.length === 3, 'the removal');
    expect((element.json as any).services[family].questions.map((question: {id: string}) => question.id)).to.deep.equal([
      'blue-card',
      'children',
      'self-employed-2',
    ]);
    expect(JSON.stringify((element.json as any).services[family].documents)).not.to.contain('"self-employed"');
    expect($(element, `#service-${family}-status`).textContent).to.contain('aus den Bedingungen von 4 Unterlagen gestrichen');
    expect(parseConfig(element.json).ok).to.equal(true);
  });

  it('sets a document’s condition, flags, copies and note, and the checklist preview follows', async () => {
    const element = await configurator();
    const family = template.services.findIndex((service) => service.id === 'family');
    const birth = template.services[family].documents.findIndex((document) => document.ref === 'birth-certificate');
    const prefix = `#service-${family}-document-${birth}`;
    // Questions: blue-card (0), self-employed (1), children (2).
    expect($<HTMLSelectElement>(element, `${prefix}-when-2`).value).to.equal('yes');
    expect($<HTMLSelectElement>(element, `${prefix}-when-0`).value).to.equal('always');
    expect($(element, `label[for="${prefix.slice(1)}-when-2"]`).textContent).to.contain(template.services[family].questions[2].text.de);
    await choose(element, `${prefix}-when-0`, 'no');
    expect((element.json as any).services[family].documents[birth].when).to.deep.equal({children: true, 'blue-card': false});
    await choose(element, `${prefix}-when-0`, 'always');
    await choose(element, `${prefix}-when-2`, 'always');
    expect((element.json as any).services[family].documents[birth]).to.deep.equal({ref: 'birth-certificate'});

    $<HTMLInputElement>(element, `${prefix}-original`).click();
    $<HTMLInputElement>(element, `${prefix}-optional`).click();
    await element.updateComplete;
    await type(element, `${prefix}-copies`, '25');
    expect($(element, `${prefix}-copies-error`).textContent).to.contain('Höchstens 20');
    expect($(element, `${prefix}-copies`).getAttribute('aria-invalid')).to.equal('true');
    await type(element, `${prefix}-copies`, '2');
    await type(element, `${prefix}-note`, 'Mit Übersetzung');
    expect((element.json as any).services[family].documents[birth]).to.deep.equal({
      ref: 'birth-certificate',
      original: true,
      optional: true,
      copies: 2,
      note: {de: 'Mit Übersetzung'},
    });
    expect($(element, `${prefix}-note-help`).textContent).to.contain('fehlt noch in: Englisch (en)');
    expect(parseConfig(element.json).ok).to.equal(true);

    // The checklist in the preview now lists the birth certificate with the note, without a "yes".
    const name = template.documents.find((document) => document.id === 'birth-certificate')!.name.de;
    await until(() => {
      const checklist = element.shadowRoot!.querySelector<HTMLElement>('willkommen-checklist');
      const button = checklist?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.service')[family];
      button?.click();
      return Boolean(checklist) && shadowText(checklist!).includes('Mit Übersetzung') && shadowText(checklist!).includes(name);
    }, 'the note in the checklist preview');
  });

  it('picks coordinates on the map with the keyboard, loading tiles only after the click that names the server', async function () {
    this.timeout(40_000);
    const element = await configurator();
    const tileRequests = () =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes('tiles.example.invalid')).length;
    // Without map.tiles (the template has none): no button, a hint to type the coordinates.
    element.shadowRoot!.querySelector<HTMLButtonElement>('#partner-list .edit-partner')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#pick-on-map')).to.equal(null);
    expect($(element, '#coordinates-hint').textContent).to.contain('Kartendienst');

    // The webmaster names a tile server in the form. Requests to .invalid fail harmlessly: no external
    // server is contacted.
    const config = structuredClone(template) as any;
    await type(element, '#map-tiles', 'https://tiles.example.invalid/{z}/{x}/{y}.png');
    expect((element.json as any).map).to.deep.equal({...config.map, tiles: 'https://tiles.example.invalid/{z}/{x}/{y}.png'});
    expect($(element, '#check-status').textContent).to.contain('Keine Probleme');
    expect(element.shadowRoot!.querySelector('#coordinates-hint')).to.equal(null);
    expect($(element, '#pick-map-help').textContent).to.contain('tiles.example.invalid');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(tileRequests()).to.equal(0);
    expect(element.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);

    const [lon, lat] = config.partners.features[0].geometry.coordinates as [number, number];
    const button = $<HTMLButtonElement>(element, '#pick-on-map');
    button.focus();
    await sendKeys({press: 'Enter'});
    await until(() => $(element, '#picker-status').textContent!.includes('geladen.'), 'the map');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.activeElement?.id).to.equal('picker-map');
    await until(() => Boolean(element.shadowRoot!.querySelector('#picker-map img.leaflet-tile')), 'the tiles');
    expect(element.shadowRoot!.querySelector<HTMLImageElement>('#picker-map img.leaflet-tile')!.src).to.contain('tiles.example.invalid');
    // No Leaflet controls (they write HTML strings).
    expect(element.shadowRoot!.querySelector('.leaflet-control')).to.equal(null);

    // Enter takes the centre: the partner's own position.
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    const at = () => (element.json as any).partners.features[0].geometry.coordinates as [number, number];
    expect(at()[0]).to.be.closeTo(lon, 1e-5);
    expect(at()[1]).to.be.closeTo(lat, 1e-5);
    // Arrows move the map under the crosshair: right is east, up is north.
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(at()[0]).to.be.greaterThan(lon);
    expect(at()[1]).to.be.greaterThan(lat);
    expect($<HTMLInputElement>(element, '#partner-lon').value).to.equal(String(at()[0]));
    expect($(element, '#picker-status').textContent).to.contain('Lage übernommen');
    expect(parseConfig(element.json).ok).to.equal(true);

    // Escape closes the map and returns focus to the button.
    await sendKeys({press: 'Escape'});
    await element.updateComplete;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#picker-map')).to.equal(null);
    expect(element.shadowRoot!.activeElement?.id).to.equal('pick-on-map');
    expect($(element, '#pick-on-map').getAttribute('aria-expanded')).to.equal('false');

    // Open again for axe: zero violations with the map and its crosshair, and 320 px.
    $(element, '#pick-on-map').click();
    await until(() => $(element, '#picker-status').textContent!.includes('geladen.'), 'the map again');
    expect(await axeViolations(element)).to.deep.equal([]);
    await setViewport({width: 320, height: 640});
    await element.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('exports partners and texts as JSON that parseConfig and the CLI check accept', async () => {
    const element = await configurator();
    $(element, '#add-partner').click();
    await element.updateComplete;
    await type(element, '#partner-name', 'Treffpunkt Ost');
    await type(element, '#partner-lat', '51,52');
    await type(element, '#partner-lon', '7.47');
    await choose(element, '#edit-locale', 'ar');
    await type(element, '#document-1-where', 'من البلدية');
    const exported = await exportConfig(element);
    const json = JSON.parse(exported!.text);
    expect(json.partners.features.at(-1)).to.deep.equal({
      type: 'Feature',
      geometry: {type: 'Point', coordinates: [7.47, 51.52]},
      properties: {id: 'partner-1', name: {de: 'Treffpunkt Ost'}, category: 'community'},
    });
    expect(json.documents[1].whereToGet.ar).to.equal('من البلدية');
    expect(parseConfig(json).ok).to.equal(true);
    const report = checkConfigText(exported!.text);
    expect(report.errors).to.deep.equal([]);
    expect(report.valid).to.equal(true);
    // Tests run without a built willkommen.js: the snippet says where the integrity value comes from.
    expect($(element, '#snippet').textContent).not.to.contain('integrity=');
    expect($(element, '#snippet-integrity').textContent).to.contain('npm run build');
  });

  it('adds a new document with an Arabic name and a keyword to a service: checklist and finder preview show it', async function () {
    this.timeout(20_000);
    const element = await configurator();
    const studies = template.services.findIndex((service) => service.id === 'studies');
    const index = template.documents.length;
    // An empty name is refused with a message.
    $(element, '#add-document').click();
    await element.updateComplete;
    expect($(element, '#documents-status').textContent).to.contain('Namen');
    expect((element.json as any).documents.length).to.equal(index);
    await type(element, '#new-document-name', 'Schulbescheinigung');
    $(element, '#new-document-name').focus();
    await sendKeys({press: 'Enter'});
    await until(() => (element.json as any).documents.length === index + 1, 'the new document');
    await element.updateComplete;
    expect((element.json as any).documents[index]).to.deep.equal({id: 'schulbescheinigung', name: {de: 'Schulbescheinigung'}});
    expect($(element, '#documents-status').textContent).to.contain('schulbescheinigung');
    expect(element.shadowRoot!.activeElement?.id).to.equal(`document-${index}-name`);

    // An unsafe link: the schema's error at the field; a good one clears it.
    await type(element, `#document-${index}-url`, 'javascript:alert(1)');
    expect($(element, `#document-${index}-url`).getAttribute('aria-invalid')).to.equal('true');
    expect($(element, `#document-${index}-url-error`).textContent).to.contain('Kein erlaubter Link');
    await type(element, `#document-${index}-url`, 'https://example.org/schule');
    expect(element.shadowRoot!.querySelector(`#document-${index}-url-error`)).to.equal(null);

    await type(element, `#document-${index}-keywords`, 'Zeugnisheft, ');
    expect($<HTMLInputElement>(element, `#document-${index}-keywords`).value).to.equal('Zeugnisheft, ');
    expect($(element, `#document-${index}-keywords-help`).textContent).to.contain('Suche');
    await choose(element, '#edit-locale', 'ar');
    await type(element, `#document-${index}-name`, 'شهادة مدرسية');
    await choose(element, '#edit-locale', 'de');
    expect((element.json as any).documents[index]).to.deep.equal({
      id: 'schulbescheinigung',
      name: {de: 'Schulbescheinigung', ar: 'شهادة مدرسية'},
      url: 'https://example.org/schule',
      keywords: {de: ['Zeugnisheft']},
    });

    // Into the studies service: the select offers it by its German name, and no longer afterwards.
    const select = `#service-${studies}-add-document-select`;
    expect([...$<HTMLSelectElement>(element, select).options].map((option) => option.textContent!.trim())).to.include('Schulbescheinigung');
    await choose(element, select, 'schulbescheinigung');
    $(element, `#service-${studies}-add-document`).click();
    await element.updateComplete;
    expect((element.json as any).services[studies].documents.at(-1)).to.deep.equal({ref: 'schulbescheinigung'});
    expect($(element, `#service-${studies}-documents-status`).textContent).to.contain('Schulbescheinigung');
    expect([...$<HTMLSelectElement>(element, select).options].map((option) => option.value)).not.to.include('schulbescheinigung');
    expect(parseConfig(element.json).ok).to.equal(true);

    await until(() => {
      const checklist = element.shadowRoot!.querySelector<HTMLElement>('willkommen-checklist');
      checklist?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.service')[studies]?.click();
      return Boolean(checklist) && shadowText(checklist!).includes('Schulbescheinigung');
    }, 'the new document in the checklist preview');
    await until(() => {
      const finder = element.shadowRoot!.querySelector<HTMLElement>('willkommen-document-finder');
      const query = finder?.shadowRoot?.querySelector<HTMLInputElement>('#query');
      if (!query) return false;
      if (query.value !== 'Zeugnisheft') {
        query.value = 'Zeugnisheft';
        query.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      }
      return shadowText(finder!).includes('Schulbescheinigung');
    }, 'the new document found by its keyword in the finder preview');
  });

  it('removes a document used by two services from both, after a confirmation naming them', async () => {
    const element = await configurator();
    const index = template.documents.findIndex((document) => document.id === 'marriage-certificate');
    const using = template.services.filter((service) => service.documents.some((document) => document.ref === 'marriage-certificate'));
    expect(using.length).to.equal(2);
    const remove = () => element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove-document')[index];
    (remove().closest('details') as HTMLDetailsElement).open = true;
    remove().focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('cancel-remove-document');
    const question = $(element, '#confirm-document-text').textContent!.replace(/\s+/g, ' ');
    for (const service of using) expect(question).to.contain(service.name.de);
    await sendKeys({press: 'Escape'});
    await until(() => !element.shadowRoot!.querySelector('#confirm-remove-document'), 'the confirmation to close');
    expect(element.shadowRoot!.activeElement).to.equal(remove());
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    $(element, '#confirm-remove-document').focus();
    await sendKeys({press: 'Enter'});
    await until(() => (element.json as any).documents.length === template.documents.length - 1, 'the removal');
    expect($(element, '#documents-status').textContent).to.contain('aus 2 Leistungen gestrichen');
    expect(element.shadowRoot!.activeElement?.id).to.equal('new-document-name');
    const exported = await exportConfig(element);
    expect(exported!.text).not.to.contain('"marriage-certificate"');
    const json = JSON.parse(exported!.text);
    for (const service of using) {
      const found = json.services.find((item: {id: string}) => item.id === service.id);
      expect(found.documents.length).to.equal(service.documents.length - 1);
    }
    expect(parseConfig(json).ok).to.equal(true);
    const report = checkConfigText(exported!.text);
    expect(report.errors).to.deep.equal([]);
    expect(report.valid).to.equal(true);
  });

  it('reorders, removes and annotates a service’s documents with the keyboard', async () => {
    const element = await configurator();
    const refs = () => (element.json as any).services[0].documents.map((document: {ref: string}) => document.ref);
    const before = template.services[0].documents.map((document) => document.ref);
    ($(element, '#service-0-questions').closest('details') as HTMLDetailsElement).open = true;
    await element.updateComplete;
    // The first document's details are open: they go along with it.
    ($(element, '#service-0-document-0-optional').closest('details') as HTMLDetailsElement).open = true;
    $(element, '#service-0-document-0-down').focus();
    await sendKeys({press: 'Enter'});
    await until(() => refs()[1] === before[0], 'the move down');
    expect(refs().slice(0, 2)).to.deep.equal([before[1], before[0]]);
    expect(($(element, '#service-0-document-1-optional').closest('details') as HTMLDetailsElement).open).to.equal(true);
    expect(($(element, '#service-0-document-0-optional').closest('details') as HTMLDetailsElement).open).to.equal(false);
    expect(element.shadowRoot!.activeElement?.id).to.equal('service-0-document-1-down');
    expect($(element, '#service-0-documents-status').textContent).to.contain('Stelle 2');
    await sendKeys({press: 'Enter'});
    await until(() => refs()[2] === before[0], 'the second move down');
    expect(element.shadowRoot!.activeElement?.id).to.equal('service-0-document-2-down');
    $(element, '#service-0-document-2-up').focus();
    await sendKeys({press: 'Enter'});
    await until(() => refs()[1] === before[0], 'the move up');
    expect(element.shadowRoot!.activeElement?.id).to.equal('service-0-document-1-up');
    await sendKeys({press: 'Enter'});
    await until(() => refs()[0] === before[0], 'the move back to the top');
    expect(refs()).to.deep.equal(before);
    // At the top "nach oben" does nothing and keeps the focus.
    expect($(element, '#service-0-document-0-up').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(refs()).to.deep.equal(before);
    expect(element.shadowRoot!.activeElement?.id).to.equal('service-0-document-0-up');

    // The legal basis: plain German text, at most 200 characters.
    ($(element, '#service-0-document-1-legal-basis').closest('details') as HTMLDetailsElement).open = true;
    const legal = $<HTMLInputElement>(element, '#service-0-document-1-legal-basis');
    expect(legal.maxLength).to.equal(200);
    await type(element, '#service-0-document-1-legal-basis', '§ 82 Abs. 1 AufenthG');
    expect((element.json as any).services[0].documents[1].legalBasis).to.equal('§ 82 Abs. 1 AufenthG');
    await type(element, '#service-0-document-1-legal-basis', '');
    expect((element.json as any).services[0].documents[1]).not.to.have.property('legalBasis');

    // Remove the second document from the service after the confirmation.
    element.shadowRoot!.querySelectorAll<HTMLButtonElement>('#service-0-questions ~ .service-documents .remove-service-document')[1].focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('cancel-remove-service-document');
    $(element, '#confirm-remove-service-document').focus();
    await sendKeys({press: 'Enter'});
    await until(() => refs().length === before.length - 1, 'the removal from the service');
    expect(refs()).to.deep.equal(before.filter((_, index) => index !== 1));
    expect(element.shadowRoot!.activeElement?.id).to.equal('service-0-add-document-select');
    expect((element.json as any).documents.map((document: {id: string}) => document.id)).to.include(before[1]);
    expect(parseConfig(element.json).ok).to.equal(true);
  });

  it('reorders the documents of the config with the keyboard alone, and the export follows', async () => {
    const element = await configurator();
    const ids = () => (element.json as any).documents.map((document: {id: string}) => document.id);
    const before = template.documents.map((document) => document.id);
    const last = before.length - 1;
    const first = template.documents[0].name.de;
    const focused = () => element.shadowRoot!.activeElement?.id;
    // Each button names its document; the ends say they cannot go further.
    expect($(element, '#document-0-up').getAttribute('aria-label')).to.equal(`„${first}“ nach oben`);
    expect($(element, '#document-0-up').getAttribute('aria-disabled')).to.equal('true');
    expect($(element, '#document-0-down').getAttribute('aria-disabled')).to.equal('false');
    expect($(element, `#document-${last}-down`).getAttribute('aria-disabled')).to.equal('true');
    // The first document's texts are open: they go along with it.
    ($(element, '#document-0-name').closest('details') as HTMLDetailsElement).open = true;

    $(element, '#document-0-up').focus();
    await sendKeys({press: 'Tab'});
    expect(focused()).to.equal('document-0-down');
    await sendKeys({press: 'Enter'});
    await until(() => ids()[1] === before[0], 'the move down');
    expect(ids()).to.deep.equal([before[1], before[0], ...before.slice(2)]);
    expect(focused()).to.equal('document-1-down');
    expect($(element, '#document-1-down').getAttribute('aria-label')).to.equal(`„${first}“ nach unten`);
    const status = $(element, '#documents-status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain(`„${first}“ ist jetzt an Stelle 2 von ${before.length}.`);
    expect(($(element, '#document-1-name').closest('details') as HTMLDetailsElement).open).to.equal(true);
    expect(($(element, '#document-0-name').closest('details') as HTMLDetailsElement).open).to.equal(false);
    expect($<HTMLInputElement>(element, '#document-1-name').value).to.equal(first);

    await sendKeys({press: 'Space'});
    await until(() => ids()[2] === before[0], 'the second move down');
    expect(focused()).to.equal('document-2-down');
    await shiftTab();
    expect(focused()).to.equal('document-2-up');
    await sendKeys({press: 'Enter'});
    await until(() => ids()[1] === before[0], 'the move up');
    expect(focused()).to.equal('document-1-up');

    // The exported file has the new order; the services still name the same documents.
    const exported = await exportConfig(element, {keyboard: true});
    const json = JSON.parse(exported!.text);
    expect(json.documents.map((document: {id: string}) => document.id)).to.deep.equal([before[1], before[0], ...before.slice(2)]);
    expect(json.services).to.deep.equal(template.services);
    expect(parseConfig(json).ok).to.equal(true);

    // Back to the top; there "nach oben" does nothing and keeps the focus.
    $(element, '#document-1-up').focus();
    await sendKeys({press: 'Enter'});
    await until(() => ids()[0] === before[0], 'the move back to the top');
    expect(ids()).to.deep.equal(before);
    expect(focused()).to.equal('document-0-up');
    expect($(element, '#document-0-up').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(ids()).to.deep.equal(before);
    expect(focused()).to.equal('document-0-up');
  });

  it('adds a service, names it, gives it a document and removes another, with the keyboard alone', async function () {
    this.timeout(20_000);
    const element = await configurator();
    const focused = () => element.shadowRoot!.activeElement?.id;
    const ids = () => (element.json as any).services.map((service: {id: string}) => service.id);
    const index = template.services.length;
    // An empty name is refused, with the focus left in the field.
    $(element, '#new-service-name').focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect($(element, '#services-status').textContent).to.contain('Namen');
    expect(ids()).to.have.length(index);
    expect(focused()).to.equal('new-service-name');

    await sendKeys({type: 'Einbürgerung'});
    await sendKeys({press: 'Tab'});
    expect(focused()).to.equal('add-service');
    await sendKeys({press: 'Enter'});
    await until(() => ids().length === index + 1, 'the new service');
    await until(() => focused() === `service-${index}-name`, 'the focus on the new service’s name');
    expect((element.json as any).services[index]).to.deep.equal({id: 'einbuergerung', name: {de: 'Einbürgerung'}, questions: [], documents: []});
    const status = $(element, '#services-status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain('Leistung „Einbürgerung“ hinzugefügt (Kennung einbuergerung)');
    expect(($(element, `#service-${index}-name`).closest('details') as HTMLDetailsElement).open).to.equal(true);
    expect($<HTMLInputElement>(element, `#service-${index}-name`).value).to.equal('Einbürgerung');

    // Named more precisely, and in English too.
    await sendKeys({press: 'End'});
    await sendKeys({type: ' (Antrag)'});
    await choose(element, '#edit-locale', 'en');
    $(element, `#service-${index}-name`).focus();
    await sendKeys({type: 'Naturalisation'});
    await choose(element, '#edit-locale', 'de');
    expect((element.json as any).services[index].name).to.deep.equal({de: 'Einbürgerung (Antrag)', en: 'Naturalisation'});
    // The id stays: pages open the service by it.
    expect((element.json as any).services[index].id).to.equal('einbuergerung');

    // A document from the config's list: choose it with the arrow key, then "Zur Leistung hinzufügen".
    $(element, `#service-${index}-add-document-select`).focus();
    await sendKeys({press: 'ArrowDown'});
    await element.updateComplete;
    const ref = $<HTMLSelectElement>(element, `#service-${index}-add-document-select`).value;
    expect(ref).to.equal(template.documents[0].id);
    await sendKeys({press: 'Tab'});
    expect(focused()).to.equal(`service-${index}-add-document`);
    await sendKeys({press: 'Enter'});
    await until(() => (element.json as any).services[index].documents.length === 1, 'the document in the new service');
    expect((element.json as any).services[index].documents).to.deep.equal([{ref}]);

    // Remove "family": its summary opened with Enter, then the confirmation names what goes with it.
    const family = template.services.findIndex((service) => service.id === 'family');
    const summary = element.shadowRoot!.querySelectorAll<HTMLElement>('details.service > summary')[family];
    summary.focus();
    await sendKeys({press: 'Enter'});
    await until(() => (summary.parentElement as HTMLDetailsElement).open, 'the family service to open');
    const remove = () => element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove-service')[family];
    expect(remove().getAttribute('aria-label')).to.equal(`Leistung entfernen: „${template.services[family].name.de}“`);
    remove().focus();
    await sendKeys({press: 'Enter'});
    await until(() => focused() === 'cancel-remove-service', 'the focus on the confirmation');
    const question = $(element, '#confirm-service-text').textContent!.replace(/\s+/g, ' ');
    expect(question).to.contain(`ihre ${template.services[family].questions.length} Fragen`);
    expect(question).to.contain(`ihre Liste mit ${template.services[family].documents.length} Unterlagen`);
    expect(question).to.contain('service="family"');
    // Escape keeps it, and the focus goes back to the button.
    await sendKeys({press: 'Escape'});
    await until(() => element.shadowRoot!.activeElement === remove(), 'Escape to cancel');
    expect(ids()).to.include('family');
    await sendKeys({press: 'Enter'});
    await until(() => focused() === 'cancel-remove-service', 'the confirmation again');
    await shiftTab();
    expect(focused()).to.equal('confirm-remove-service');
    await sendKeys({press: 'Enter'});
    await until(() => ids().length === index, 'the removal');
    expect(ids()).not.to.include('family');
    expect(focused()).to.equal('new-service-name');
    expect(status.textContent).to.contain(`Leistung „${template.services[family].name.de}“ entfernt.`);
    // The service that moved up into family's place does not inherit its open details.
    expect((element.shadowRoot!.querySelectorAll('details.service')[family] as HTMLDetailsElement).open).to.equal(false);
    // The documents stay in the config.
    expect((element.json as any).documents).to.deep.equal(template.documents);

    const exported = await exportConfig(element, {keyboard: true});
    const json = JSON.parse(exported!.text);
    expect(parseConfig(json).ok).to.equal(true);
    expect(json.services.at(-1)).to.deep.equal({
      id: 'einbuergerung',
      name: {de: 'Einbürgerung (Antrag)', en: 'Naturalisation'},
      questions: [],
      documents: [{ref}],
    });
    expect(checkConfigText(exported!.text).errors).to.deep.equal([]);

    await until(() => {
      const checklist = element.shadowRoot!.querySelector<HTMLElement>('willkommen-checklist');
      const names = [...(checklist?.shadowRoot?.querySelectorAll('button.service') ?? [])].map((button) => button.textContent!);
      return names.some((name) => name.includes('Einbürgerung (Antrag)')) && !names.some((name) => name.includes(template.services[family].name.de));
    }, 'the checklist preview to offer the new service and not the removed one');
  });

  it('types the office’s own coordinates, checks them, and the partner map measures distances from them', async function () {
    this.timeout(20_000);
    const element = await configurator();
    const geo = () => (element.json as any).offices[0].geo;
    const distances = () => element.shadowRoot!.querySelector('willkommen-partner-map')?.shadowRoot?.querySelectorAll('.distance').length ?? -1;
    expect($<HTMLInputElement>(element, '#office-lat').value).to.equal(String(template.offices[0].geo.lat));
    expect($<HTMLInputElement>(element, '#office-lon').value).to.equal(String(template.offices[0].geo.lon));
    expect($(element, '#office-geo-help').textContent).to.contain('Entfernung');
    await until(() => distances() > 0, 'the distances in the partner map preview');

    // Both emptied: no position, and the partner map shows no distances.
    await type(element, '#office-lat', '');
    // One alone: the other is asked for, and the JSON keeps the last complete position.
    const lon = $(element, '#office-lon');
    expect(lon.getAttribute('aria-invalid')).to.equal('false');
    expect($(element, '#office-lat-error').textContent).to.contain('Bitte geben Sie den Breitengrad an');
    expect($(element, '#office-lat').getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy($(element, '#office-lat'))).to.include('office-lat-error');
    expect(geo()).to.deep.equal(template.offices[0].geo);
    await type(element, '#office-lon', '');
    expect(element.json).not.to.have.nested.property('offices[0].geo');
    expect(element.shadowRoot!.querySelector('#office-lat-error') === null, 'no #office-lat-error').to.equal(true);
    expect($(element, '#check-status').textContent).to.contain('Keine Probleme');
    await until(() => distances() === 0, 'the partner map preview without distances');

    // Typed with the keyboard, with a German decimal comma; out of range is refused with a German message.
    $(element, '#office-lat').focus();
    await sendKeys({type: '151,2'});
    await element.updateComplete;
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '7,44'});
    await element.updateComplete;
    expect($(element, '#office-lat-error').textContent).to.contain('zwischen -90 und 90');
    expect(element.json).not.to.have.nested.property('offices[0].geo');
    await type(element, '#office-lat', '51,5');
    expect(element.shadowRoot!.querySelector('#office-lat-error') === null, 'no #office-lat-error').to.equal(true);
    expect(geo()).to.deep.equal({lat: 51.5, lon: 7.44});
    await type(element, '#office-lon', 'Osten');
    expect($(element, '#office-lon-error').textContent).to.contain('„Osten“ ist keine Zahl');
    expect(geo()).to.deep.equal({lat: 51.5, lon: 7.44});
    await type(element, '#office-lon', '7.45');
    expect(geo()).to.deep.equal({lat: 51.5, lon: 7.45});
    expect(parseConfig(element.json).ok).to.equal(true);
    await until(() => distances() > 0, 'the distances again');

    // A position from the file that the schema refuses shows the schema's message at the field.
    const broken = structuredClone(template) as any;
    broken.offices[0].geo = {lat: 95, lon: 7};
    element.load(broken);
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#office-lat').value).to.equal('95');
    expect($(element, '#office-lat').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#office-lat-error').textContent).to.contain('zwischen -90 und 90');
  });

  it('picks the office’s position with the partners’ map picker, one map at a time', async function () {
    this.timeout(40_000);
    const element = await configurator();
    const focused = () => element.shadowRoot!.activeElement?.id;
    // Without map.tiles: the same hint as for partners, with an id of its own.
    expect(element.shadowRoot!.querySelector('#office-pick-on-map') === null, 'no #office-pick-on-map').to.equal(true);
    expect($(element, '#office-coordinates-hint').textContent).to.contain('Kartendienst');
    await type(element, '#map-tiles', 'https://tiles.example.invalid/{z}/{x}/{y}.png');
    expect($(element, '#office-pick-map-help').textContent).to.contain('tiles.example.invalid');
    expect(element.shadowRoot!.querySelector('.leaflet-container') === null, 'no .leaflet-container').to.equal(true);

    // A partner's map is open; the office's replaces it.
    element.shadowRoot!.querySelector<HTMLButtonElement>('#partner-list .edit-partner')!.click();
    await element.updateComplete;
    $(element, '#pick-on-map').click();
    await until(() => $(element, '#picker-status').textContent!.includes('geladen.'), 'the partner’s map');
    const button = $<HTMLButtonElement>(element, '#office-pick-on-map');
    button.focus();
    await sendKeys({press: 'Enter'});
    await until(() => $(element, '#office-picker-status').textContent!.includes('geladen.'), 'the office’s map');
    expect(element.shadowRoot!.querySelector('#picker-map') === null, 'no #picker-map').to.equal(true);
    expect($(element, '#pick-on-map').getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot!.querySelectorAll('.leaflet-container')).to.have.length(1);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(focused()).to.equal('office-picker-map');
    expect($(element, '#office-picker-help').textContent).to.contain('Ihres Amtes');
    // The partner form's status says nothing about the office's map.
    expect($(element, '#picker-status').textContent).not.to.contain('geladen');

    // Enter takes the centre (the office's own position), arrows move it east and north.
    const {lat, lon} = template.offices[0].geo;
    const at = () => (element.json as any).offices[0].geo as {lat: number; lon: number};
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(at().lat).to.be.closeTo(lat, 1e-5);
    expect(at().lon).to.be.closeTo(lon, 1e-5);
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(at().lon).to.be.greaterThan(lon);
    expect(at().lat).to.be.greaterThan(lat);
    expect($<HTMLInputElement>(element, '#office-lon').value).to.equal(String(at().lon));
    expect($<HTMLInputElement>(element, '#office-lat').value).to.equal(String(at().lat));
    expect($(element, '#office-picker-status').textContent).to.contain('Lage übernommen');
    // The partner kept its position.
    expect((element.json as any).partners.features[0].geometry.coordinates).to.deep.equal(template.partners.features[0].geometry.coordinates);
    expect(parseConfig(element.json).ok).to.equal(true);

    await sendKeys({press: 'Escape'});
    await until(() => focused() === 'office-pick-on-map', 'the focus back on the office’s button');
    expect(element.shadowRoot!.querySelector('#office-picker-map') === null, 'no #office-picker-map').to.equal(true);
    expect($(element, '#office-picker-status').textContent).to.contain('Karte geschlossen');
  });

  it('adds an own partner category, files a partner under it, and removes it only once no partner uses it', async function () {
    this.timeout(20_000);
    const element = await configurator();
    const focused = () => element.shadowRoot!.activeElement?.id;
    const categories = () => (element.json as any).categories;
    expect(element.shadowRoot!.querySelectorAll('.own-category')).to.have.length(0);
    // The presets are named, so nobody makes a second "Sprachkurse".
    expect($(element, '#categories').textContent).to.contain('Sprachkurse');

    $(element, '#new-category-name').focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect($(element, '#categories-status').textContent).to.contain('Namen');
    expect(categories()).to.deep.equal([]); // the template's own list is empty
    await sendKeys({type: 'Schuldnerberatung'});
    await sendKeys({press: 'Enter'});
    await until(() => focused() === 'category-0-name', 'the focus on the new category’s name');
    expect(categories()).to.deep.equal([{id: 'schuldnerberatung', name: {de: 'Schuldnerberatung'}}]);
    const status = $(element, '#categories-status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain('Kategorie „Schuldnerberatung“ hinzugefügt (Kennung schuldnerberatung)');
    await choose(element, '#edit-locale', 'en');
    $(element, '#category-0-name').focus();
    await sendKeys({type: 'Debt counselling'});
    await choose(element, '#edit-locale', 'de');
    expect(categories()[0].name).to.deep.equal({de: 'Schuldnerberatung', en: 'Debt counselling'});

    // The partner form offers it by its German name.
    const partner = template.partners.features[1].properties;
    element.shadowRoot!.querySelectorAll<HTMLButtonElement>('#partner-list .edit-partner')[1].click();
    await element.updateComplete;
    const option = [...$<HTMLSelectElement>(element, '#partner-category').options].find((item) => item.value === 'schuldnerberatung');
    expect(option?.textContent?.trim()).to.equal('Schuldnerberatung');
    await choose(element, '#partner-category', 'schuldnerberatung');
    expect((element.json as any).partners.features[1].properties.category).to.equal('schuldnerberatung');
    expect($(element, '#check-status').textContent).to.contain('Keine Probleme');
    await until(() => {
      const map = element.shadowRoot!.querySelector('willkommen-partner-map');
      return map?.shadowRoot?.querySelector(`.partner[data-id="${partner.id}"]`)?.textContent?.includes('Schuldnerberatung') ?? false;
    }, 'the partner map preview to show the partner under the new category');

    // While the partner uses it, the removal is refused and says why; the focus stays on the button.
    const remove = () => element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove-category')[0];
    expect(remove().getAttribute('aria-label')).to.equal('Kategorie entfernen: „Schuldnerberatung“');
    remove().focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#confirm-remove-category') === null, 'no #confirm-remove-category').to.equal(true);
    expect(status.textContent).to.contain('lässt sich nicht entfernen: ein Partner ist ihr noch zugeordnet');
    expect(status.textContent).to.contain(partner.name.de);
    expect(element.shadowRoot!.activeElement === remove(), 'the focus on the remove button').to.equal(true);
    expect(categories()).to.have.length(1);

    // Filed elsewhere, it can go: Escape cancels once, then it is confirmed.
    await choose(element, '#partner-category', 'legal');
    remove().focus();
    await sendKeys({press: 'Enter'});
    await until(() => focused() === 'cancel-remove-category', 'the focus on the confirmation');
    expect($(element, '#confirm-category-text').textContent).to.contain('Kein Partner');
    await sendKeys({press: 'Escape'});
    await until(() => element.shadowRoot!.activeElement === remove(), 'Escape to cancel');
    await sendKeys({press: 'Enter'});
    await until(() => focused() === 'cancel-remove-category', 'the confirmation again');
    await shiftTab();
    expect(focused()).to.equal('confirm-remove-category');
    await sendKeys({press: 'Enter'});
    await until(() => categories().length === 0, 'the removal');
    expect(focused()).to.equal('new-category-name');
    expect(status.textContent).to.contain('Kategorie „Schuldnerberatung“ entfernt.');
    expect([...$<HTMLSelectElement>(element, '#partner-category').options].map((item) => item.value)).not.to.include('schuldnerberatung');
    expect(parseConfig(element.json).ok).to.equal(true);
  });

  it('has no axe violations (with target-size) with the partner form, a confirmation, a CSV report and open texts', async function () {
    // axe reads every open text field of the services and documents: more than the default 2 s.
    this.timeout(30_000);
    const element = await configurator();
    for (const widget of element.shadowRoot!.querySelectorAll<HTMLElement & {updateComplete: Promise<boolean>}>('.preview > *')) {
      await settled(widget);
    }
    // A coordinate error, the removal waiting for confirmation, a skipped CSV row, every text open.
    element.shadowRoot!.querySelector<HTMLButtonElement>('#partner-list .edit-partner')!.click();
    await element.updateComplete;
    await type(element, '#partner-lat', '100');
    element.shadowRoot!.querySelector<HTMLButtonElement>('#partner-list .remove-partner')!.click();
    element.shadowRoot!.querySelector<HTMLButtonElement>('.remove-document')!.click();
    element.shadowRoot!.querySelector<HTMLButtonElement>('.remove-service-document')!.click();
    // The new parts: a service's removal waiting, an own category waiting for removal, an office position error.
    element.shadowRoot!.querySelector<HTMLButtonElement>('.remove-service')!.click();
    // The German name changed: the outdated translations' note and button beside the field.
    await type(element, '#office-name', 'Ausländerbehörde Beispielstadt');
    expect(element.shadowRoot!.querySelector('#office-name-remove-outdated') !== null, 'the outdated translations').to.equal(true);
    await type(element, '#office-lat', '100');
    $<HTMLInputElement>(element, '#new-category-name').value = 'Schuldnerberatung';
    $(element, '#add-category').click();
    await until(() => Boolean(element.shadowRoot!.querySelector('.remove-category')), 'the new category');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.remove-category')!.click();
    await until(() => Boolean(element.shadowRoot!.querySelector('#confirm-category-text')), 'the category confirmation');
    expect(element.shadowRoot!.querySelector('#confirm-service-text') !== null, 'the service confirmation').to.equal(true);
    expect(element.shadowRoot!.querySelector('#office-lat-error') !== null, 'the office position error').to.equal(true);
    const files = new DataTransfer();
    files.items.add(new File(['Name;Kategorie;Straße;PLZ;Ort;Breite;Länge\r\nX;nope;Weg 1;99999;Ort;91;7\r\n'], 'p.csv'));
    const csv = $<HTMLInputElement>(element, '#partners-csv');
    csv.files = files.files;
    csv.dispatchEvent(new Event('change'));
    await until(() => Boolean(element.shadowRoot!.querySelector('#csv-problems')), 'the CSV report');
    element.shadowRoot!.querySelectorAll('details.item').forEach((details) => ((details as HTMLDetailsElement).open = true));
    await element.updateComplete;
    expect(await axeViolations(element)).to.deep.equal([]);
    await setViewport({width: 320, height: 640});
    await element.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('has no axe violations (with target-size), also with errors showing, and fits 320 px', async function () {
    // Every service now carries its questions and document conditions: axe takes more than 2 s per run.
    this.timeout(30_000);
    const element = await configurator();
    await previewCard(element);
    for (const widget of element.shadowRoot!.querySelectorAll<HTMLElement & {updateComplete: Promise<boolean>}>('.preview > *')) {
      await settled(widget);
    }
    expect(await axeViolations(element)).to.deep.equal([]);
    await type(element, '#postal-code', '1');
    await type(element, '#opening-hours', 'Mo-Fr 8-12');
    $(element, '#export').click();
    await element.updateComplete;
    expect(await axeViolations(element)).to.deep.equal([]);
    await setViewport({width: 320, height: 640});
    await element.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
