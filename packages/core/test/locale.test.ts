import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { formatDate, formatNumber } from '../src/formatters.js';
import { plural, toLocale } from '../src/locale.js';
import { LocalizeController, nearestLang } from '../src/localize-controller.js';

describe('toLocale', () => {
  it('maps lang values to a supported locale, Vietnamese by default', () => {
    expect(toLocale('vi')).to.equal('vi');
    expect(toLocale('vi-VN')).to.equal('vi');
    expect(toLocale('EN-us')).to.equal('en');
    expect(toLocale('en_GB')).to.equal('en');
    expect(toLocale('fr')).to.equal('vi');
    expect(toLocale('')).to.equal('vi');
    expect(toLocale(null)).to.equal('vi');
  });
});

describe('plural', () => {
  const views = { one: '{count} view', other: '{count} views' };
  it('picks English forms through Intl.PluralRules', () => {
    expect(plural('en', 1, views)).to.equal('1 view');
    expect(plural('en', 2, views, '2')).to.equal('2 views');
  });
  it('uses the other form for Vietnamese, which has no plural', () => {
    expect(plural('vi', 1, { other: '{count} lượt xem' })).to.equal('1 lượt xem');
    expect(plural('vi', 93308, { other: '{count} lượt xem' }, formatNumber(93308))).to.equal('93.308 lượt xem');
  });
});

describe('formatters', () => {
  it('formats counts the Vietnamese and the English way', () => {
    expect(formatNumber(93308)).to.equal('93.308');
    expect(formatNumber(4235, 'en')).to.equal('4,235');
  });

  it('formats dates in Asia/Ho_Chi_Minh, whatever the browser zone', () => {
    // 17:30 UTC on 31 Dec is already 1 January in Viet Nam (UTC+7).
    expect(formatDate('2025-12-31T17:30:00Z')).to.equal('01/01/2026');
    expect(formatDate('2025-12-31T17:30:00Z', 'vi', { time: true })).to.match(/^0?00:30.*01\/01\/2026$|^01\/01\/2026.*00:30$/);
    expect(formatDate('2025-12-31T17:30:00Z', 'en', { timeZone: 'UTC' })).to.equal('31/12/2025');
  });

  it('writes whole numbers and Vietnamese dates exactly as Intl does, in every engine', () => {
    for (const locale of ['vi', 'en'] as const) {
      const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
      const numbers = new Intl.NumberFormat(tag);
      for (const value of [0, 7, 999, 1000, 4235, 93308, 1234567, -1234, 2 ** 40]) {
        expect(formatNumber(value, locale), `${value} in ${tag}`).to.equal(numbers.format(value));
      }
      const dates = new Intl.DateTimeFormat(tag, { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
      const times = new Intl.DateTimeFormat(tag, {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      // Both sides of midnight in Viet Nam (17:00 UTC), month and year ends, a leap day, and 1975 (before UTC+7 held).
      const instants = [
        '2025-12-31T16:59:59Z',
        '2025-12-31T17:00:00Z',
        '2024-02-28T17:30:00Z',
        '2026-06-30T23:59:00Z',
        '1975-06-12T17:00:00Z',
        '1970-01-01T00:00:00Z',
      ];
      for (const iso of instants) {
        expect(formatDate(iso, locale), `${iso} in ${tag}`).to.equal(dates.format(new Date(iso)));
        expect(formatDate(iso, locale, { time: true }), `${iso} with time in ${tag}`).to.equal(times.format(new Date(iso)));
      }
    }
    expect(formatNumber(1234.5, 'vi')).to.equal(new Intl.NumberFormat('vi-VN').format(1234.5));
  });

  it('returns an empty string for an invalid date instead of "Invalid Date"', () => {
    expect(formatDate('not a date')).to.equal('');
  });
});

class LocalizedProbe extends LitElement {
  readonly localize = new LocalizeController(this, { vi: { hello: 'Xin chào' }, en: { hello: 'Hello' } });
  override render() {
    return this.localize.strings.hello;
  }
}
customElements.define('ap-localized-probe', LocalizedProbe);

describe('LocalizeController', () => {
  it('reads the nearest lang, through shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(nearestLang(inner)).to.equal('en');
  });

  it('renders the locale of the nearest lang and follows its changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><ap-localized-probe></ap-localized-probe></div>`);
    const probe = wrapper.firstElementChild as LocalizedProbe;
    expect(probe.shadowRoot!.textContent).to.equal('Hello');
    wrapper.setAttribute('lang', 'vi');
    await waitUntil(() => probe.shadowRoot!.textContent === 'Xin chào', 'did not switch to Vietnamese');
  });
});
