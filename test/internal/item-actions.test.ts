import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { ResolvedService } from '../../src/data/item-service.js';
import { itemActionStrings, renderItemActions } from '../../src/internal/item-actions.js';
import { itemActionTranslations } from '../../src/internal/item-actions.strings.js';
import { loadTranslations } from '../../src/utilities/localize.js';

const FULL: ResolvedService = {
  guide: '/guides/a.html',
  online: 'https://example.invalid/online',
  phones: [{ number: '0000-0000000', label: '示例窗口（示例）', href: 'tel:0000-0000000' }],
  address: '示例路 1 号（示例）',
  hours: '工作日（示例）',
};

async function drawn(service: ResolvedService | undefined, locale = 'zh-CN', options = {}): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  render(renderItemActions(service, locale, options), box);
  return box;
}

describe('renderItemActions (src/internal/item-actions.ts)', () => {
  // zh-TW and en come from their locale files, loaded on first use (elements wait for them).
  before(() => loadTranslations(itemActionTranslations));

  it('draws the guide, online and tel: links, then address and hours, as one named group', async () => {
    const box = await drawn(FULL, 'zh-CN', { name: '示例事项' });
    const group = box.querySelector('[part="item-actions"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('示例事项：办事');
    const links = [...box.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.replace(/\s+/g, ' ').trim()]);
    expect(links).to.deep.equal([
      ['/guides/a.html', '服务指南'],
      ['https://example.invalid/online', '网上办理'],
      ['tel:0000-0000000', '咨询电话 0000-0000000示例窗口（示例）'],
    ]);
    expect([...box.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['办理地点', '办理时间']);
  });

  it('draws nothing without a service, or with nothing to show', async () => {
    expect((await drawn(undefined)).children).to.have.length(0);
    expect((await drawn({ phones: [] })).children).to.have.length(0);
    expect((await drawn({ guide: '/g', phones: [] }, 'zh-CN', { omitGuide: true })).children).to.have.length(0);
  });

  it('speaks the interface language and marks data with its own', async () => {
    const box = await drawn(FULL, 'en', { dataLang: 'zh-CN' });
    expect(box.querySelector('a')!.textContent).to.equal('Service guide');
    expect(box.querySelector('dd')!.getAttribute('lang')).to.equal('zh-CN');
    expect(itemActionStrings('fr')).to.equal(itemActionTranslations['zh-CN']);
  });

  it('has every word in every locale', () => {
    const keys = Object.keys(itemActionTranslations['zh-CN']).sort();
    for (const locale of ['zh-TW', 'en']) expect(Object.keys(itemActionTranslations[locale]!).sort(), locale).to.deep.equal(keys);
  });
});
