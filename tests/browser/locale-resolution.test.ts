/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import {applyLocale, getLocale, resolveLocale, setPageLocale} from '../../src/localization.js';
import {storage} from '../../src/core/storage.js';
import {musterstadt} from '../fixtures/configs.js';
import {inlineConfig} from './helpers.js';

/** The page-wide locale while a locale's table is still loading (lit-localize loads it asynchronously). */
describe('the page locale', () => {
  const events: string[] = [];
  const listen = (event: Event) => events.push((event as CustomEvent<{locale: string}>).detail.locale);
  beforeEach(async () => {
    await applyLocale('de');
    storage.clearAll();
    events.length = 0;
    document.addEventListener('willkommen-locale-change', listen);
  });
  afterEach(async () => {
    document.removeEventListener('willkommen-locale-change', listen);
    storage.clearAll();
    await applyLocale('de');
  });

  async function settledLocale(): Promise<string> {
    for (let frame = 0; frame < 20; frame++) await new Promise(requestAnimationFrame);
    return getLocale();
  }

  it('lets a later lang="de" win over a language still loading, as any other explicit language does', async () => {
    const config = inlineConfig(musterstadt);
    await fixture(html`<div>
      <willkommen-contact-card lang="en" config=${config}></willkommen-contact-card>
      <willkommen-contact-card lang="de" config=${config}></willkommen-contact-card>
    </div>`);
    expect(await settledLocale()).to.equal('de');
    // English never showed, so no event announced it.
    expect(events).to.not.include('en');
  });

  it('tells the page once when the remembered choice applies to several widgets', async () => {
    storage.set('locale', 'ar');
    const config = inlineConfig(musterstadt);
    await fixture(html`<div>
      <willkommen-contact-card config=${config}></willkommen-contact-card>
      <willkommen-checklist config=${config}></willkommen-checklist>
      <willkommen-document-finder config=${config}></willkommen-document-finder>
    </div>`);
    expect(await settledLocale()).to.equal('ar');
    expect(events).to.deep.equal(['ar']);
  });

  it('an app that sets the language itself keeps it when it adds a widget, though the visitor chose another earlier', async () => {
    storage.set('locale', 'ar');
    const config = inlineConfig(musterstadt);
    const wrapper = await fixture(html`<div><willkommen-contact-card config=${config}></willkommen-contact-card></div>`);
    expect(await settledLocale()).to.equal('ar');
    expect(await setPageLocale('en')).to.equal('en');
    const later = document.createElement('willkommen-checklist');
    later.setAttribute('config', config);
    wrapper.append(later);
    expect(await settledLocale()).to.equal('en');
    // A code that is no locale, or no string, changes nothing and says so.
    expect(await setPageLocale(42 as unknown as string)).to.equal(undefined);
    expect(await settledLocale()).to.equal('en');
  });

  it('takes the language of the shadow host for a widget inside an app\'s shadow root', async () => {
    const config = inlineConfig(musterstadt);
    const host = await fixture(html`<div lang="uk"></div>`);
    const app = host.appendChild(document.createElement('div'));
    app.attachShadow({mode: 'open'}).innerHTML = `<willkommen-contact-card config="${config}"></willkommen-contact-card>`;
    const card = app.shadowRoot!.querySelector('willkommen-contact-card')!;
    expect(resolveLocale(card)).to.equal('uk');
  });
});
