import { ContextProvider } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/item-card.js';
import { builtinCatalogue } from '../src/catalogue/builtin.js';
import { catalogueContext } from '../src/context/catalogue-context.js';
import type { Catalogue } from '../src/data/types.js';

/**
 * `<si-item-card>` shows one item of the catalogue as a card. Stories are configured by
 * attributes, as a CMS editor would; every date sets `today`, so a story looks the same on any
 * day. Phone numbers, addresses and local items are fictional (示例). The API table comes from
 * custom-elements.json.
 */
const meta: Meta = {
  title: 'Components/Item card',
  component: 'si-item-card',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { item: '12', variant: 'full', 'heading-level': 3, href: '', selectable: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    item: { control: 'text' },
  },
  render: (args) => html`<si-item-card
    style="max-inline-size: 40em"
    item=${args.item}
    variant=${args.variant}
    heading-level=${args['heading-level']}
    href=${args.href}
    ?selectable=${args.selectable}
    changed=${ifDefined(args.changed)}
    published=${ifDefined(args.published)}
    today=${ifDefined(args.today)}
  ></si-item-card>`,
};
export default meta;

type Story = StoryObj;

/** Every column of one item, with labels: the default. */
export const Full: Story = {};

/** Name, 公开内容, chips, channels and the rule on one line, for lists of items. */
export const Compact: Story = { args: { variant: 'compact' } };

/** Several compact cards side by side, found by id and by 序号. */
export const CompactGrid: Story = {
  render: () => html`
    <div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(20em, 1fr)); gap: 1em">
      <si-item-card variant="compact" item="enterprise-registration"></si-item-card>
      <si-item-card variant="compact" item="7"></si-item-card>
      <si-item-card variant="compact" item="48"></si-item-card>
    </div>
  `,
};

/** The name links to the service guide; `{id}` is filled in. Activating it fires `si-item-select`. */
export const WithGuideLink: Story = { args: { href: 'https://www.example.gov.cn/guides/{id}.html' } };

/** Local additions in the slots (示例 values only). */
export const WithSlots: Story = {
  render: () => html`
    <si-item-card item="46" href="https://www.example.gov.cn/guides/{id}.html" style="max-inline-size: 40em">
      <p slot="note">示例说明：本县社会保障卡业务由示例县社会保险事业中心统一办理。</p>
      <a slot="actions" href="https://www.example.gov.cn/ywbl/">在线办理</a>
      <a slot="actions" href="https://www.example.gov.cn/yuyue/">预约办理</a>
      <p slot="footer">咨询电话：0000-0000000（示例）；更新日期：2026年9月28日</p>
    </si-item-card>
  `,
};

/** A due date: changed 2026-09-28, so due 2026-10-30 across 国庆节 and the make-up Saturday. */
export const WithDueDate: Story = { args: { changed: '2026-09-28', today: '2026-10-20' } };

/** Published on time. */
export const PublishedOnTime: Story = { args: { changed: '2026-09-28', published: '2026-10-16', today: '2026-10-20' } };

/** Overdue and not yet published. */
export const Overdue: Story = { args: { changed: '2026-09-28', today: '2026-11-04', variant: 'compact' } };

/** Beyond the calendar data: the due date is marked 预计 with a visible note. */
export const ProvisionalBeyondCalendar: Story = { args: { changed: '2026-12-20', today: '2026-12-21' } };

/** A 序号 the catalogue does not have: a visible message naming it, never an empty box. */
export const UnknownItem: Story = { args: { item: '99' } };

/** An id the catalogue does not have. */
export const UnknownId: Story = { args: { item: 'no-such-item' } };

/** No `item` at all: the card says what to fill in. */
export const NoItem: Story = { args: { item: '' } };

/** The name as a button (`selectable`) when the page handles `si-item-select` itself. */
export const Selectable: Story = { args: { selectable: true } };

/** Under an h2 of the host page, the card's heading is an h3; set `heading-level` to fit. */
export const HeadingLevel: Story = {
  render: () => html`
    <section>
      <h2 style="margin: 0 0 0.5em">示例县社会保险事项</h2>
      <si-item-card item="1" heading-level="3" variant="compact"></si-item-card>
    </section>
  `,
};

/** A fictional local catalogue (示例县), as an overlay would produce: item 2 is a local addition. */
const localCatalogue: Catalogue = {
  ...builtinCatalogue,
  id: 'example-county',
  title: '示例县社会保险领域基层政务公开标准目录',
  items: [
    { ...builtinCatalogue.items[0], subject: '示例县人力资源和社会保障局' },
    {
      ...builtinCatalogue.items[45],
      seq: 2,
      id: 'example-card-outlets',
      name: '示例：社会保障卡即时制卡网点',
      content: ['网点名称', '地址', '办理时间'],
      local: true,
    },
  ],
};

/**
 * Inside an element that provides the catalogue through context, as `<si-catalogue>` does for
 * cards placed in it: `item="2"` is the local catalogue's item 2 (the built-in item 2 is
 * another one). A plain wrapper provides the catalogue here, because `<si-catalogue>` has no
 * default slot yet, so a card in its light DOM finds the data but is not displayed.
 */
export const InsideACatalogue: Story = {
  render: () => html`
    <div
      ${ref((element) => {
        if (element instanceof HTMLElement && !element.dataset.provided) {
          element.dataset.provided = 'true';
          new ContextProvider(element, { context: catalogueContext, initialValue: localCatalogue }).hostConnected();
        }
      })}
      style="max-inline-size: 40em"
    >
      <si-item-card item="2"></si-item-card>
    </div>
  `,
};

/** Inside a legacy CMS article body that sets 宋体 12pt, text-indent and letter-spacing. */
export const InsideLegacyCmsPage: Story = {
  render: () => html`
    <div style="font: 12pt SimSun, serif; text-indent: 2em; letter-spacing: 2px; line-height: 2.5; max-inline-size: 40em">
      正文示例：以下为本栏目公开事项。
      <si-item-card item="3" variant="compact"></si-item-card>
    </div>
  `,
};

/** The 适老化 theme (`data-si-theme="elder"` on any ancestor): larger text, nothing under 18px. */
export const ElderTheme: Story = {
  render: () => html`
    <div data-si-theme="elder" style="max-inline-size: 40em">
      <si-item-card item="1" changed="2026-09-28" today="2026-10-20"></si-item-card>
    </div>
  `,
};

/** The card's own words follow the nearest `lang` (here English); the catalogue data stays as published. */
export const EnglishPage: Story = {
  render: () => html`
    <div lang="en" style="max-inline-size: 40em; display: grid; gap: 1em">
      <si-item-card item="1" variant="compact"></si-item-card>
      <si-item-card item="99"></si-item-card>
    </div>
  `,
};

/** Restyled through custom properties, as a red portal theme might. */
export const CustomProperties: Story = {
  render: () => html`
    <si-item-card
      item="20"
      style="max-inline-size: 40em; --si-item-card-accent-color: #8f1d14; --si-item-card-link-color: #8f1d14; --si-item-card-chip-bg: #fdecea; --si-item-card-radius: 0;"
      href="/example/{seq}.html"
    ></si-item-card>
  `,
};

/** A fictional item with its 办事信息 (`service`, as a county's overlay adds it): every value is 示例. */
const itemWithActions = {
  ...builtinCatalogue.items[47]!,
  service: {
    guide: 'https://www.example.invalid/bsfw/guides/{id}.html',
    online: 'https://www.example.invalid/shebao/card',
    phones: [
      { number: '0000-0000001', label: '示例县社会保障卡服务窗口（示例）' },
      { number: '0000-0000002', label: '示例镇便民服务中心（示例）' },
    ],
    address: '示例县政务服务中心一楼社会保障卡窗口（示例）',
    hours: '工作日 9:00—12:00，13:30—17:00（示例）',
  },
};

/**
 * Item actions from the site's own data (`service` in the catalogue or overlay, docs/data.md):
 * 服务指南 (also the name's link), 网上办理, 咨询电话 as `tel:` links, 办理地点 and 办理时间.
 */
export const WithItemActions: Story = {
  render: () => html`<si-item-card style="max-inline-size: 40em" .itemData=${itemWithActions}></si-item-card>`,
};

/** The same at 360 px in the 适老化 theme: every action is at least 44 × 44 px. */
export const WithItemActionsElder: Story = {
  render: () => html`<div data-si-theme="elder" style="max-inline-size: 360px">
    <si-item-card variant="compact" .itemData=${itemWithActions}></si-item-card>
  </div>`,
};
