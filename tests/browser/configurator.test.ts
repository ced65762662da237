/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/configurator/configurator.js';
import template from '../../examples/musterstadt.json';
import {parseConfig} from '../../src/core/config/validate.js';
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

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The preview's contact card, once it has rendered the config now in the preview. */
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
    expect(fieldError).to.contain('five digits');
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
    expect($(element, '#office-name-help').textContent).to.contain('in allen Sprachen');
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
    let exported: {text: string; fileName: string} | undefined;
    element.addEventListener('willkommen-configurator-export', (event) => (exported = (event as CustomEvent).detail));
    $(element, '#export').click();
    await element.updateComplete;
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

    const snippet = $(element, '#snippet').textContent!.split('\n');
    expect(snippet).to.have.length(3);
    expect(snippet[2]).to.equal('<script src="/assets/willkommen.js" data-config="/assets/auslaenderbehoerde-beispielstadt.json" defer></script>');
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

  it('has no axe violations (with target-size), also with errors showing, and fits 320 px', async () => {
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
