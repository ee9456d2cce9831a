import { expect, fixture, html } from '@open-wc/testing';
import '../../src/catalogue.js';
import '../../src/channel-badges.js';
import '../../src/deadline.js';
import type { SiCatalogue } from '../../src/catalogue.js';
import type { SiChannelBadges } from '../../src/channel-badges.js';
import type { SiDeadline } from '../../src/deadline.js';
import type { LocaleStrings } from '../../src/locales/locale.js';
import { addLocale } from '../../src/locales/translations.js';
import * as zhCN from '../../src/locales/zh-CN.js';
import { exampleCatalogue } from '../support/catalogue.js';

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
    const catalogue = await fixture<SiCatalogue>(
      html`<si-catalogue lang="ug" view="table" .catalogue=${exampleCatalogue([{ name: '示例事项' }])}></si-catalogue>`,
    );
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

describe('shared sections', () => {
  const header = (el: SiCatalogue, index: number) => el.shadowRoot!.querySelectorAll('thead th')[index]!.textContent!.trim();
  const status = (el: SiDeadline) => el.shadowRoot!.querySelector('[part~="status-text"]')!.textContent!.replace(/\s+/g, ' ').trim();

  it('are not changed by one element’s strings override: the next element has the locale’s words', async () => {
    const data = exampleCatalogue([{ name: '示例事项' }]);
    const overridden = await fixture<SiCatalogue>(
      html`<si-catalogue view="table" .catalogue=${data} strings=${JSON.stringify({ columns: { seq: '编号', group: '类别' } })}></si-catalogue>`,
    );
    const plain = await fixture<SiCatalogue>(html`<si-catalogue view="table" .catalogue=${data}></si-catalogue>`);
    const headers = (el: SiCatalogue) => [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(header(overridden, 0)).to.equal('编号');
    expect(headers(overridden)).to.include('类别');
    expect(header(plain, 0)).to.equal('序号');
    expect(headers(plain)).to.include('一级事项');
    expect(zhCN.common.group).to.equal('一级事项');
    // <si-deadline>'s table is its locale section itself.
    const first = await fixture<SiDeadline>(
      html`<si-deadline changed="2026-09-28" today="2026-10-20" .strings=${{ statusRemaining: '还剩 {n} 天' }}></si-deadline>`,
    );
    const second = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`);
    expect([status(first), status(second)]).to.deep.equal(['还剩 8 天', '剩余 8 个工作日']);
  });
});
