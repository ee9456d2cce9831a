import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../../src/catalogue.js';
import '../../../src/item-card.js';
import type { SiItemCard } from '../../../src/item-card.js';
import type { SiCatalogue } from '../../../src/catalogue.js';
import type { SiDeadline } from '../../../src/deadline.js';
import type { SiChannelBadges } from '../../../src/channel-badges.js';
import { builtinCatalogue } from '../../../src/catalogue/builtin.js';
import { catalogueContext } from '../../../src/context/catalogue-context.js';
import type { Catalogue, CatalogueItem } from '../../../src/data/types.js';
import { expectConsole } from '../../support/console-guard.js';
import { settled } from '../../support/wait.js';
import { preloadCatalogueChecks } from '../../../src/components/catalogue/catalogue-source.js';

// <si-catalogue> imports its validators as a chunk when a `catalogue` property is set: loaded
// before the tests, the property is validated at once, as in test/support/catalogue.ts.
before(() => preloadCatalogueChecks());

/** A fictional (示例) item; every field is made up. */
function exampleItem(overrides: Partial<CatalogueItem> = {}): CatalogueItem {
  return {
    seq: 1,
    id: 'example-item',
    group: '示例一级事项',
    name: '示例二级事项',
    content: ['服务指南', '示例要素'],
    basis: ['示例条例'],
    deadline: { text: '信息形成或变更之日起10个工作日内', workingDays: 10, from: '信息形成或变更之日' },
    subject: '示例部门',
    channels: ['政府网站', '示例公示栏'],
    audience: { public: false, specific: true },
    method: { proactive: false, onRequest: true },
    levels: { county: false, township: true },
    notes: [],
    ...overrides,
  };
}

/** A fictional catalogue whose items differ from the built-in ones at the same 序号. */
function exampleCatalogue(): Catalogue {
  return {
    id: 'example',
    title: '示例县社会保险目录',
    domain: '示例',
    version: '0.0.0',
    source: '测试用示例数据',
    groups: ['示例一级事项'],
    notes: [],
    items: [exampleItem({ seq: 1, id: 'example-one', name: '示例事项一' }), exampleItem({ seq: 2, id: 'example-two', name: '示例事项二', local: true })],
  };
}

const root = (el: SiItemCard) => el.shadowRoot!;
const part = (el: SiItemCard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: SiItemCard) => part(el, 'heading')!;

async function card(template: ReturnType<typeof html>): Promise<SiItemCard> {
  const el = await fixture<SiItemCard>(template);
  await settled(el);
  return el;
}

describe('<si-item-card>', () => {
  describe('finding the item', () => {
    it('looks up a 序号 in the built-in catalogue outside any <si-catalogue>', async () => {
      const el = await card(html`<si-item-card item="1"></si-item-card>`);
      const expected = builtinCatalogue.items[0];
      expect(textOf(part(el, 'name'))).to.equal(expected.name);
      expect(textOf(part(el, 'group'))).to.equal(expected.group);
      expect(textOf(part(el, 'seq'))).to.equal('序号 1');
      expect(el.resolvedItem).to.equal(expected);
      await expect(el).to.be.accessible();
    });

    it('looks up an id, and follows changes to the attribute', async () => {
      const el = await card(html`<si-item-card item="enterprise-registration"></si-item-card>`);
      expect(el.resolvedItem?.seq).to.equal(1);
      el.setAttribute('item', '50');
      await settled(el);
      expect(textOf(part(el, 'name'))).to.equal(builtinCatalogue.items[49].name);
      el.item = 3;
      await settled(el);
      expect(el.resolvedItem?.seq).to.equal(3);
    });

    it('uses the catalogue of a surrounding <si-catalogue> through context', async () => {
      const catalogue = exampleCatalogue();
      const outer = await fixture<SiCatalogue>(html`
        <si-catalogue .catalogue=${catalogue} hide-toolbar>
          <si-item-card item="2"></si-item-card>
        </si-catalogue>
      `);
      const el = outer.querySelector('si-item-card')!;
      await settled(outer);
      await settled(el);
      expect(textOf(part(el, 'name'))).to.equal('示例事项二');
      expect(textOf(part(el, 'local'))).to.equal('本地增补事项');
      // The same 序号 outside the catalogue is the built-in item.
      const alone = await card(html`<si-item-card item="2"></si-item-card>`);
      expect(textOf(part(alone, 'name'))).to.equal(builtinCatalogue.items[1].name);
    });

    it('follows the surrounding catalogue when its data changes, and says so while it is not ready', async () => {
      const outer = await fixture<SiCatalogue>(html`
        <si-catalogue hide-toolbar><si-item-card item="example-one"></si-item-card></si-catalogue>
      `);
      const el = outer.querySelector('si-item-card')!;
      await settled(outer);
      await settled(el);
      expect(textOf(part(el, 'message'))).to.include('未找到标识为“example-one”的事项');
      outer.catalogue = exampleCatalogue();
      await settled(outer);
      await settled(el);
      expect(textOf(part(el, 'name'))).to.equal('示例事项一');
    });

    it('shows a waiting message while a provider has no catalogue yet', async () => {
      const box = document.createElement('div');
      const provider = new ContextProvider(box, { context: catalogueContext, initialValue: undefined });
      document.body.append(box);
      try {
        box.innerHTML = '<si-item-card item="1"></si-item-card>';
        const el = box.querySelector('si-item-card')!;
        await settled(el);
        expect(textOf(part(el, 'message'))).to.equal('目录数据尚未就绪，暂时无法显示这一事项。');
        provider.setValue(exampleCatalogue());
        await settled(el);
        expect(textOf(part(el, 'name'))).to.equal('示例事项一');
      } finally {
        box.remove();
      }
    });

    it('finds a provider defined after the card was connected (scripts in any order)', async () => {
      const outer = document.createElement('div');
      const inner = document.createElement('si-item-card');
      inner.setAttribute('item', '2');
      outer.append(inner);
      document.body.append(outer);
      try {
        await settled(inner);
        expect(textOf(part(inner, 'name'))).to.equal(builtinCatalogue.items[1].name);
        // As a late-defined provider does on connecting: announce itself.
        const provider = new ContextProvider(outer, { context: catalogueContext, initialValue: exampleCatalogue() });
        provider.hostConnected();
        await settled(inner);
        expect(textOf(part(inner, 'name'))).to.equal('示例事项二');
      } finally {
        outer.remove();
      }
    });

    it('shows an item object given as the itemData property, which wins over item', async () => {
      const el = await card(html`<si-item-card item="1" .itemData=${exampleItem()}></si-item-card>`);
      expect(textOf(part(el, 'name'))).to.equal('示例二级事项');
      el.itemData = undefined;
      await settled(el);
      expect(el.resolvedItem?.seq).to.equal(1);
    });

    it('shows an incomplete item object without throwing or printing undefined', async () => {
      const el = await card(html`<si-item-card .itemData=${{ name: '示例不完整事项' } as unknown as CatalogueItem}></si-item-card>`);
      expect(textOf(part(el, 'name'))).to.equal('示例不完整事项');
      expect(part(el, 'eyebrow')).to.equal(null);
      const all = textOf(part(el, 'base'));
      for (const bad of ['undefined', 'null', 'NaN']) expect(all).to.not.include(bad);
      expect(textOf(part(el, 'chip-audience'))).to.equal('公开对象：未标注');
      await expect(el).to.be.accessible();
    });
  });

  describe('an item that cannot be shown', () => {
    it('names an unknown 序号 in a visible message, with a hint', async () => {
      const el = await card(html`<si-item-card item="99"></si-item-card>`);
      const message = part(el, 'message')!;
      expect(textOf(message.querySelector('.message-title'))).to.equal('未找到序号为 99 的事项');
      expect(textOf(message)).to.include('共 50 项，序号 1–50');
      expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(part(el, 'base')).to.equal(null);
      expect(el.resolvedItem).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('names an unknown id, as text', async () => {
      const el = await card(html`<si-item-card .item=${'<b>no-such-item</b>'}></si-item-card>`);
      expect(textOf(part(el, 'message'))).to.include('未找到标识为“<b>no-such-item</b>”的事项');
      expect(root(el).querySelector('b')).to.equal(null);
    });

    it('asks for an item when none is given', async () => {
      const el = await card(html`<si-item-card></si-item-card>`);
      expect(textOf(part(el, 'message'))).to.include('未指定事项');
      await expect(el).to.be.accessible();
    });
  });

  describe('content', () => {
    it('shows every column in variant="full" (the default), with labels', async () => {
      const el = await card(html`<si-item-card .itemData=${exampleItem()}></si-item-card>`);
      // The default is not reflected: an editor saving the live DOM saves only what was written.
      expect(el.hasAttribute('variant')).to.equal(false);
      const terms = [...root(el).querySelectorAll('dt')].map(textOf);
      expect(terms).to.deep.equal(['公开内容', '公开依据', '公开主体', '公开渠道和载体']);
      expect([...part(el, 'content')!.querySelectorAll('li')].map(textOf)).to.deep.equal(['服务指南', '示例要素']);
      expect([...part(el, 'basis')!.querySelectorAll('li')].map(textOf)).to.deep.equal(['《示例条例》']);
      expect(textOf(part(el, 'subject'))).to.equal('示例部门');
      const badges = part(el, 'channels') as SiChannelBadges;
      expect(badges.localName).to.equal('si-channel-badges');
      expect(badges.channels).to.deep.equal(['政府网站', '示例公示栏']);
      expect(badges.size).to.equal('m');
      await expect(el).to.be.accessible();
    });

    it('shows 公开对象 / 方式 / 层级 as labelled chips in words', async () => {
      const el = await card(
        html`<si-item-card
          .itemData=${exampleItem({ audience: { public: true, specific: true }, levels: { county: true, township: true } })}
        ></si-item-card>`,
      );
      const chips = part(el, 'chips')!;
      expect(chips.getAttribute('role')).to.equal('list');
      expect(chips.getAttribute('aria-label')).to.equal('公开对象、公开方式和公开层级');
      expect([...chips.querySelectorAll('li')].map(textOf)).to.deep.equal(['公开对象：全社会 / 特定群众', '公开方式：依申请公开', '公开层级：县级 / 乡、村级']);
    });

    it('passes the working days and the dates to <si-deadline>', async () => {
      const el = await card(html`<si-item-card item="1" changed="2026-09-28" today="2026-10-12"></si-item-card>`);
      const deadline = root(el).querySelector('si-deadline') as SiDeadline;
      expect(deadline.workingDays).to.equal(20);
      expect(deadline.variant).to.equal('full');
      expect(deadline.dueDate).to.equal('2026-10-30');
      expect(deadline.status).to.equal('remaining');
      el.published = '2026-10-29';
      await settled(el);
      await deadline.updateComplete;
      expect(deadline.status).to.equal('on-time');
      const own = await card(html`<si-item-card .itemData=${exampleItem()}></si-item-card>`);
      expect((root(own).querySelector('si-deadline') as SiDeadline).workingDays).to.equal(10);
      await expect(el).to.be.accessible();
    });

    it('shows the printed 公开时限 when it is not counted in working days', async () => {
      const item = exampleItem({ deadline: { text: '示例：每季度首月公开', workingDays: null, from: null } });
      const el = await card(html`<si-item-card .itemData=${item}></si-item-card>`);
      expect(root(el).querySelector('si-deadline')).to.equal(null);
      expect(textOf(part(el, 'deadline'))).to.equal('公开时限：示例：每季度首月公开');
    });

    it('shows less in variant="compact"', async () => {
      const el = await card(html`<si-item-card variant="compact" .itemData=${exampleItem()}></si-item-card>`);
      expect(part(el, 'base')!.dataset.variant).to.equal('compact');
      expect(part(el, 'fields')).to.equal(null);
      expect(part(el, 'basis')).to.equal(null);
      // One line of entries; the separator between them is not read out (the list says it).
      expect([...part(el, 'content')!.querySelectorAll('li')].map(textOf)).to.deep.equal(['服务指南；', '示例要素']);
      expect(part(el, 'content')!.querySelector('.separator')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'content')!.getAttribute('aria-labelledby')).to.equal('content-label');
      expect((part(el, 'channels') as SiChannelBadges).size).to.equal('s');
      expect((root(el).querySelector('si-deadline') as SiDeadline).variant).to.equal('compact');
      expect(part(el, 'chips')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows markup in the data as text', async () => {
      const hostile = '<img src=x onerror="window.__siPwned=1"><script>window.__siPwned=1</script>';
      const item = exampleItem({ name: hostile, group: hostile, content: [hostile], basis: [hostile], subject: hostile });
      const el = await card(html`<si-item-card .itemData=${item}></si-item-card>`);
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(textOf(part(el, 'name'))).to.equal(hostile);
      expect(textOf(part(el, 'basis'))).to.equal(`《${hostile}》`);
      expect((window as unknown as { __siPwned?: number }).__siPwned).to.equal(undefined);
    });
  });

  describe('heading', () => {
    it('is a real heading, level 3 by default, holding the group and the name', async () => {
      const el = await card(html`<si-item-card item="1"></si-item-card>`);
      expect(heading(el).localName).to.equal('h3');
      expect(heading(el).textContent!.replace(/\s+/g, '')).to.equal('序号1·社会保险登记：企业社会保险登记');
      expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal(heading(el).id);
    });

    it('follows heading-level, and falls back to 3 or the nearest level for odd values', async () => {
      expectConsole(/<si-item-card>: heading-level "(9|0|abc)"/);
      const el = await card(html`<si-item-card item="1" heading-level="2"></si-item-card>`);
      expect(heading(el).localName).to.equal('h2');
      for (const [value, tag] of [
        ['6', 'h6'],
        ['9', 'h6'],
        ['0', 'h1'],
        ['abc', 'h3'],
      ]) {
        el.setAttribute('heading-level', value);
        await settled(el);
        expect(heading(el).localName, value).to.equal(tag);
      }
      el.headingLevel = 4;
      await settled(el);
      expect(heading(el).localName).to.equal('h4');
      await expect(el).to.be.accessible();
    });
  });

  describe('link and selection', () => {
    it('has no link or button without href, guide-href or selectable', async () => {
      const el = await card(html`<si-item-card item="1"></si-item-card>`);
      expect(root(el).querySelector('a, button')).to.equal(null);
    });

    it('links the name with href, filling {id} and {seq}', async () => {
      const el = await card(html`<si-item-card item="1" href="/guides/{id}.html?n={seq}"></si-item-card>`);
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/guides/enterprise-registration.html?n=1');
      expect(textOf(link)).to.equal('企业社会保险登记');
      await expect(el).to.be.accessible();
    });

    it('links with the guide-href of a surrounding <si-catalogue>, and its own href wins', async () => {
      const outer = await fixture<SiCatalogue>(html`
        <si-catalogue hide-toolbar guide-href="https://www.example.gov.cn/guide/{seq}">
          <si-item-card item="3"></si-item-card>
          <si-item-card item="4" href="/local/{id}"></si-item-card>
        </si-catalogue>
      `);
      const [first, second] = outer.querySelectorAll('si-item-card');
      await settled(outer);
      await settled(first);
      await settled(second);
      expect(part(first, 'link')!.getAttribute('href')).to.equal('https://www.example.gov.cn/guide/3');
      expect(part(second, 'link')!.getAttribute('href')).to.equal(`/local/${builtinCatalogue.items[3].id}`);
    });

    it('drops an unsafe link, keeps the name as text and warns once', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await card(html`<si-item-card item="1" href="java&#9;script:alert('{id}')"></si-item-card>`);
        el.requestUpdate();
        await settled(el);
        expect(root(el).querySelector('a')).to.equal(null);
        expect(textOf(part(el, 'name'))).to.equal('企业社会保险登记');
        expect(warnings.length).to.equal(1);
        expect(warnings[0]).to.include('<si-item-card>');
      } finally {
        console.warn = original;
      }
    });

    it('fires a cancelable si-item-select with the item when the link is activated', async () => {
      const el = await card(html`<si-item-card item="1" href="#si-test-guide"></si-item-card>`);
      const link = part(el, 'link') as HTMLAnchorElement;
      const original = location.href;
      try {
        setTimeout(() => link.click());
        const event = await oneEvent(el, 'si-item-select');
        expect(event.detail.item).to.equal(builtinCatalogue.items[0]);
        expect(event.cancelable).to.equal(true);
        expect(event.bubbles && event.composed).to.equal(true);
        expect(location.hash).to.equal('#si-test-guide');
        history.replaceState(null, '', original);
        // Cancelled: the link is not followed.
        el.addEventListener('si-item-select', (e) => e.preventDefault(), { once: true });
        link.click();
        expect(location.hash).to.equal('');
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('is operable from the keyboard: the link and the selectable button take focus', async () => {
      const el = await card(html`<si-item-card item="1" selectable></si-item-card>`);
      const button = part(el, 'button') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'si-item-select');
      expect(event.detail.item.seq).to.equal(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('slots', () => {
    it('shows note, actions and footer content, and hides their empty wrappers', async () => {
      const el = await card(html`
        <si-item-card item="1">
          <p slot="note">示例说明：本县由示例中心统一公开。</p>
          <a slot="actions" href="https://www.example.gov.cn/">在线办理</a>
          <p slot="footer">咨询电话：0000-0000000</p>
        </si-item-card>
      `);
      for (const name of ['note', 'actions', 'footer']) {
        const wrapper = part(el, name)!;
        expect(wrapper.hidden, name).to.equal(false);
        const slot = wrapper.querySelector('slot')!;
        expect(slot.assignedElements().length, name).to.equal(1);
      }
      await expect(el).to.be.accessible();
      const empty = await card(html`<si-item-card item="1"></si-item-card>`);
      for (const name of ['note', 'actions', 'footer']) expect(part(empty, name)!.hidden, name).to.equal(true);
    });

    it('orders the note under the heading and the footer last', async () => {
      const el = await card(html`<si-item-card item="1"><span slot="footer">脚</span><span slot="note">注</span></si-item-card>`);
      const order = [...part(el, 'base')!.children].map((child) => child.getAttribute('part')?.split(' ')[0]);
      expect(order.indexOf('heading')).to.be.lessThan(order.indexOf('note'));
      expect(order.indexOf('note')).to.be.lessThan(order.indexOf('fields'));
      expect(order.at(-1)).to.equal('footer');
    });
  });

  describe('language', () => {
    it('follows the nearest lang for its own words, never for the data', async () => {
      const box = document.createElement('div');
      box.lang = 'zh-TW';
      document.body.append(box);
      try {
        box.innerHTML = '<si-item-card item="99"></si-item-card><si-item-card item="1"></si-item-card>';
        const [missing, found] = box.querySelectorAll('si-item-card');
        await settled(missing);
        await settled(found);
        expect(textOf(part(missing, 'message'))).to.include('找不到序號為 99 的事項');
        expect(textOf(part(found, 'chip-audience'))).to.equal('公開對象：全社會');
        expect(textOf(part(found, 'name'))).to.equal('企业社会保险登记');
        box.lang = 'en';
        await settled(missing);
        expect(textOf(part(missing, 'message')))
          .to.include('No item with number 99 was found')
          .and.include('has 50 items');
      } finally {
        box.remove();
      }
    });

    it('takes per-instance text overrides from the strings attribute', async () => {
      const el = await card(html`<si-item-card item="99" strings='{"notFoundSeq":"示例：没有第 {seq} 项"}'></si-item-card>`);
      expect(textOf(part(el, 'message'))).to.include('示例：没有第 99 项');
    });
  });

  describe('presentation', () => {
    it('resets inherited CMS styles, keeps body text at 16px and small text at 14px or more', async () => {
      const box = document.createElement('div');
      box.setAttribute('style', 'font: 12px SimSun, serif; text-indent: 2em; letter-spacing: 3px');
      document.body.append(box);
      try {
        box.innerHTML = '<si-item-card item="1"></si-item-card>';
        const el = box.querySelector('si-item-card')!;
        await settled(el);
        const body = getComputedStyle(part(el, 'subject')!);
        expect(body.fontSize).to.equal('16px');
        expect(body.textIndent).to.equal('0px');
        expect(body.fontFamily).to.not.include('SimSun');
        for (const name of ['chip-label', 'seq']) {
          expect(parseFloat(getComputedStyle(part(el, name)!).fontSize), name).to.be.at.least(14);
        }
      } finally {
        box.remove();
      }
    });

    it('grows with the elder theme (适老化): body text 20px, nothing under 18px', async () => {
      const box = document.createElement('div');
      box.dataset.siTheme = 'elder';
      document.body.append(box);
      try {
        box.innerHTML = '<si-item-card item="1"></si-item-card><si-item-card item="1" variant="compact"></si-item-card>';
        for (const el of box.querySelectorAll('si-item-card')) {
          await settled(el);
          expect(getComputedStyle(part(el, 'base')!).fontSize).to.equal('20px');
          for (const name of ['chip-label', 'seq', 'group']) {
            expect(parseFloat(getComputedStyle(part(el, name)!).fontSize), name).to.be.at.least(18);
          }
        }
      } finally {
        box.remove();
      }
    });

    it('takes --si-item-card-* custom properties, falling back to the global tokens', async () => {
      const el = await card(html`<si-item-card item="1" style="--si-item-card-bg: rgb(1, 2, 3); --si-color-border: rgb(4, 5, 6)"></si-item-card>`);
      const base = getComputedStyle(part(el, 'base')!);
      expect(base.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(base.borderInlineEndColor).to.equal('rgb(4, 5, 6)');
    });

    it('hides itself with the hidden attribute', async () => {
      const el = await card(html`<si-item-card hidden item="1"></si-item-card>`);
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });
});
