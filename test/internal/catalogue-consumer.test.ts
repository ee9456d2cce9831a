import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../src/catalogue.js';
import '../../src/item-card.js';
import '../../src/service-guide.js';
import type { SiItemCard } from '../../src/item-card.js';
import type { SiServiceGuide } from '../../src/service-guide.js';
import { builtinCatalogue } from '../../src/catalogue/builtin.js';
import { catalogueContext } from '../../src/context/catalogue-context.js';
import type { Catalogue } from '../../src/data/types.js';

/** One fictional item, 序号 1, so it differs from the built-in item 1. */
function exampleCatalogue(): Catalogue {
  const item = { ...builtinCatalogue.items[0], id: 'example-one', name: '示例事项一（测试）' };
  return { ...builtinCatalogue, title: '示例目录', items: [item] };
}

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, '') ?? '';

/** What each consumer shows: the card's name or message, the guide's title or message. */
const consumers = {
  card: {
    html: html`<si-item-card item="1"></si-item-card>`,
    tag: 'si-item-card',
    waiting: '目录数据尚未就绪，暂时无法显示这一事项。',
    shown: (el: Element) => text(el, '[part="name"]') || text(el, '[part="message"]'),
  },
  guide: {
    html: html`<si-service-guide item="1" .guide=${{ fees: '不收费' }}></si-service-guide>`,
    tag: 'si-service-guide',
    waiting: '目录数据尚未就绪，暂时无法显示事项名称、公开时限和设定依据。',
    shown: (el: Element) => (el.shadowRoot!.querySelector('[part="message"]') ? text(el, '[part="message"]') : text(el, '[part="title"]')),
  },
} as const;

for (const [name, consumer] of Object.entries(consumers)) {
  describe(`CatalogueConsumer in <${consumer.tag}> (${name})`, () => {
    it('uses the built-in catalogue outside any <si-catalogue>', async () => {
      const el = await fixture<SiItemCard | SiServiceGuide>(consumer.html);
      await waitUntil(() => consumer.shown(el).includes(builtinCatalogue.items[0].name), 'shows the built-in item 1');
    });

    it('says it is waiting inside a <si-catalogue src> that is still loading, never the built-in data', async () => {
      const outer = await fixture(html`<si-catalogue hide-toolbar src="/__si-test/hang" timeout="60"></si-catalogue>`);
      const el = document.createElement(consumer.tag);
      el.setAttribute('item', '1');
      if (name === 'guide') (el as SiServiceGuide).guide = { fees: '不收费' };
      outer.append(el);
      await waitUntil(() => consumer.shown(el) !== '', 'renders');
      expect(consumer.shown(el)).to.equal(consumer.waiting);
      expect(consumer.shown(el)).to.not.include(builtinCatalogue.items[0].name);
      outer.remove();
    });

    it('follows a provider whose catalogue arrives later', async () => {
      const box = document.createElement('div');
      const provider = new ContextProvider(box, { context: catalogueContext, initialValue: undefined });
      document.body.append(box);
      try {
        box.append(document.createElement(consumer.tag));
        const el = box.firstElementChild!;
        el.setAttribute('item', '1');
        if (name === 'guide') (el as SiServiceGuide).guide = { fees: '不收费' };
        await waitUntil(() => consumer.shown(el) === consumer.waiting, 'waits');
        provider.setValue(exampleCatalogue());
        await waitUntil(() => consumer.shown(el).includes('示例事项一（测试）'), 'shows the provided item');
      } finally {
        box.remove();
      }
    });

    it('finds a provider connected after it (scripts in any order)', async () => {
      const outer = document.createElement('div');
      const el = document.createElement(consumer.tag);
      el.setAttribute('item', '1');
      if (name === 'guide') (el as SiServiceGuide).guide = { fees: '不收费' };
      outer.append(el);
      document.body.append(outer);
      try {
        await waitUntil(() => consumer.shown(el).includes(builtinCatalogue.items[0].name), 'built-in first');
        const provider = new ContextProvider(outer, { context: catalogueContext, initialValue: exampleCatalogue() });
        provider.hostConnected();
        await waitUntil(() => consumer.shown(el).includes('示例事项一（测试）'), 'then the late provider’s item');
      } finally {
        outer.remove();
      }
    });
  });
}
