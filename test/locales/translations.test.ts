import { expect, fixture, html } from '@open-wc/testing';
import '../../src/catalogue.js';
import '../../src/channel-badges.js';
import type { SiCatalogue } from '../../src/catalogue.js';
import type { SiChannelBadges } from '../../src/channel-badges.js';
import type { LocaleStrings } from '../../src/locales/locale.js';
import { addLocale } from '../../src/locales/translations.js';
import * as zhCN from '../../src/locales/zh-CN.js';
import { exampleCatalogue } from '../catalogue/helpers.js';

/** A made-up locale for the test: every zh-CN text marked, so it is told apart on screen. */
function marked(value: unknown): unknown {
  if (typeof value === 'string') return `〔示例〕${value}`;
  return Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, marked(inner)]));
}

describe('addLocale', () => {
  let requests = 0;
  before(() => {
    addLocale('ug', () => {
      requests += 1;
      return Promise.resolve(marked({ ...zhCN }) as LocaleStrings);
    });
  });

  it('gives every component a site’s own language from one locale object, loaded when first needed', async () => {
    expect(requests).to.equal(0);
    const badges = await fixture<SiChannelBadges>(html`<si-channel-badges lang="ug-CN" channels="政府网站"></si-channel-badges>`);
    expect(badges.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('〔示例〕公开渠道');
    const catalogue = await fixture<SiCatalogue>(html`<si-catalogue lang="ug" view="table" .catalogue=${exampleCatalogue([{ name: '示例事项' }])}></si-catalogue>`);
    expect(catalogue.shadowRoot!.querySelector('thead th')!.textContent!.trim()).to.equal('〔示例〕序号');
    // A shared word (common.group) reaches the catalogue through its own key (columns.group).
    const headers = [...catalogue.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.include('〔示例〕一级事项');
    expect(requests).to.equal(1);
  });

  it('leaves other languages as they were', async () => {
    const badges = await fixture<SiChannelBadges>(html`<si-channel-badges lang="zh-CN" channels="政府网站"></si-channel-badges>`);
    expect(badges.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('公开渠道');
  });
});
