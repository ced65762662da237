/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {applyLocale, getLocale} from '../../src/localization.js';
import {storage} from '../../src/core/storage.js';
import type {WillkommenLanguagePicker} from '../../src/widgets/language-picker/language-picker.js';
import {musterstadt} from '../fixtures/configs.js';
import {axeViolations, inlineConfig, settled, shadowText} from './helpers.js';

describe('willkommen-language-picker', () => {
  beforeEach(async () => {
    // The tables load once (a module request in this test server): switching is then immediate, so a
    // short pause is enough to see whether a key switched the page or not.
    for (const locale of ['en', 'ar', 'fr', 'de']) await applyLocale(locale);
    storage.clearAll();
  });

  /** Waits up to 2 s for the page to show `locale` (the picker applies a choice asynchronously). */
  async function pageLocaleBecomes(locale: string): Promise<void> {
    for (let waited = 0; getLocale() !== locale && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getLocale()).to.equal(locale);
  }

  it('offers every shipped locale by its own name', async () => {
    const picker = await fixture<WillkommenLanguagePicker>(html`<willkommen-language-picker></willkommen-language-picker>`);
    const options = [...picker.shadowRoot!.querySelectorAll('option')].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal([
      'Deutsch',
      'English',
      'العربية',
      'کوردی (سۆرانی)',
      'Español',
      'فارسی',
      'Français',
      'Kurdî (Kurmancî)',
      'دری',
      'پښتو',
      'Русский',
      'Soomaali',
      'Shqip',
      'ትግርኛ',
      'Türkçe',
      'Українська',
    ]);
    // Each option in its own language, so a screen reader reads "ትግርኛ" as Tigrinya.
    const languages = [...picker.shadowRoot!.querySelectorAll('option')].map((option) => option.lang);
    expect(languages.slice(0, 3)).to.deep.equal(['de', 'en', 'ar']);
  });

  it('switches every widget on the page and remembers only the visitor choice', async () => {
    const wrapper = await fixture(html`<div>
      <willkommen-language-picker></willkommen-language-picker>
      <willkommen-contact-card config=${inlineConfig(musterstadt)}></willkommen-contact-card>
    </div>`);
    const picker = wrapper.querySelector('willkommen-language-picker')!;
    const cardElement = wrapper.querySelector('willkommen-contact-card')!;
    await settled(cardElement);
    expect(storage.get('locale')).to.equal(undefined);

    const changes: string[] = [];
    wrapper.addEventListener('willkommen-locale-change', (event) => changes.push((event as CustomEvent).detail.locale));
    const select = picker.shadowRoot!.querySelector('select')!;
    select.focus();
    // Keyboard only: the arrow key moves the closed box to the next language, Enter applies it.
    await sendKeys({press: 'ArrowDown'});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(select.value).to.equal('en');
    expect(getLocale(), 'browsing with the arrows switches nothing yet').to.equal('de');
    expect(storage.get('locale')).to.equal(undefined);
    await sendKeys({press: 'Enter'});
    await pageLocaleBecomes('en');
    await cardElement.updateComplete;
    expect(changes).to.deep.equal(['en']);
    expect(storage.get('locale')).to.equal('en');
    expect(shadowText(cardElement)).to.contain('Musterstadt Immigration Office');

    await picker.updateComplete;
    const forget = picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="forget"]')!;
    forget.focus();
    forget.click();
    expect(storage.get('locale')).to.equal(undefined);
    // The button is gone; the focus stays in the picker, on the box.
    await picker.updateComplete;
    await picker.updateComplete;
    expect(picker.shadowRoot!.activeElement).to.equal(picker.shadowRoot!.querySelector('select'));
  });

  it('applies a language reached with the arrow keys when the focus leaves, and Escape goes back', async () => {
    const wrapper = await fixture(html`<div>
      <willkommen-language-picker></willkommen-language-picker><button type="button">next</button>
    </div>`);
    const picker = wrapper.querySelector('willkommen-language-picker')!;
    const select = picker.shadowRoot!.querySelector('select')!;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
    select.focus();
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await pause();
    expect(getLocale()).to.equal('de');
    await sendKeys({press: 'Escape'});
    await pause();
    await picker.updateComplete;
    expect(select.value, 'Escape shows the page language again').to.equal('de');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Tab'});
    await pageLocaleBecomes('ar');
    expect(storage.get('locale')).to.equal('ar');
  });

  it('keeps every picker on the page in step: the language shown and the forget button', async () => {
    const wrapper = await fixture(html`<div>
      <willkommen-language-picker></willkommen-language-picker><willkommen-language-picker></willkommen-language-picker>
    </div>`);
    const [header, footer] = [...wrapper.querySelectorAll('willkommen-language-picker')];
    const select = (picker: Element) => picker.shadowRoot!.querySelector('select')!;
    const forget = (picker: Element) => picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="forget"]');
    const pick = async (picker: Element, code: string) => {
      select(picker).value = code;
      select(picker).dispatchEvent(new Event('change'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await Promise.all([(header as WillkommenLanguagePicker).updateComplete, (footer as WillkommenLanguagePicker).updateComplete]);
    };
    await pick(header, 'ar');
    await pick(header, 'en');
    await pick(footer, 'ar');
    await pick(footer, 'de');
    await pick(header, 'ar');
    await pick(footer, 'en');
    expect(getLocale()).to.equal('en');
    expect([select(header).value, select(footer).value]).to.deep.equal(['en', 'en']);
    // A webmaster's switch moves both boxes too.
    await applyLocale('fr');
    await Promise.all([(header as WillkommenLanguagePicker).updateComplete, (footer as WillkommenLanguagePicker).updateComplete]);
    expect([select(header).value, select(footer).value]).to.deep.equal(['fr', 'fr']);
    expect(forget(header) && forget(footer)).to.not.equal(null);
    forget(footer)!.click();
    await Promise.all([(header as WillkommenLanguagePicker).updateComplete, (footer as WillkommenLanguagePicker).updateComplete]);
    expect([forget(header), forget(footer)]).to.deep.equal([null, null]);
  });

  it('has no axe violations (with target-size) in de, en and ar', async () => {
    for (const locale of ['de', 'en', 'ar']) {
      await applyLocale(locale);
      const picker = await fixture<WillkommenLanguagePicker>(html`<willkommen-language-picker></willkommen-language-picker>`);
      expect(await axeViolations(picker), locale).to.deep.equal([]);
    }
  });
});
