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
    storage.clearAll();
    await applyLocale('de');
  });

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
    // Keyboard only: the select moves to the next option with the arrow key.
    await sendKeys({press: 'ArrowDown'});
    await new Promise((resolve) => setTimeout(resolve, 50));
    await cardElement.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(changes).to.deep.equal(['en']);
    expect(storage.get('locale')).to.equal('en');
    expect(shadowText(cardElement)).to.contain('Musterstadt Immigration Office');

    await picker.updateComplete;
    const forget = picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="forget"]')!;
    forget.click();
    expect(storage.get('locale')).to.equal(undefined);
  });

  it('has no axe violations (with target-size) in de, en and ar', async () => {
    for (const locale of ['de', 'en', 'ar']) {
      await applyLocale(locale);
      const picker = await fixture<WillkommenLanguagePicker>(html`<willkommen-language-picker></willkommen-language-picker>`);
      expect(await axeViolations(picker), locale).to.deep.equal([]);
    }
  });
});
