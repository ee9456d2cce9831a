import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/catalogue.js';

/**
 * `<si-catalogue>`: the whole standard catalogue as the official table. Every story here is
 * configured by attributes only, as a CMS editor would.
 */
const meta: Meta = {
  title: 'Components/Catalogue',
  component: 'si-catalogue',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { query: '', group: '', level: '', channel: '', view: 'auto', columns: '', exportable: false, 'hide-toolbar': false },
  argTypes: {
    level: { control: 'inline-radio', options: ['', 'county', 'township'] },
    view: { control: 'inline-radio', options: ['auto', 'table', 'cards'] },
  },
  render: (args) => html`<si-catalogue
    query=${args.query}
    group=${args.group}
    level=${args.level}
    channel=${args.channel}
    view=${args.view}
    columns=${args.columns}
    ?exportable=${args.exportable}
    ?hide-toolbar=${args['hide-toolbar']}
    src=${ifDefined(args.src)}
    overlay-src=${ifDefined(args['overlay-src'])}
    guide-href=${ifDefined(args['guide-href'])}
  ></si-catalogue>`,
};
export default meta;

type Story = StoryObj;

/** The built-in standard catalogue, all 50 items, no attributes. */
export const Default: Story = {};

/** A township page: only the items published at 乡、村级, without 公开依据. */
export const TownshipOnly: Story = {
  args: { level: 'township', columns: 'seq,group,name,content,deadline,subject,channels,audience,method,levels' },
};

/** Searched by pinyin initials: `sbk` finds 社保卡 items, with matches marked. */
export const Searched: Story = { args: { query: 'sbk' } };

/** Searched by characters. */
export const SearchedByCharacters: Story = { args: { query: '养老' } };

/** Filtered to one first-level item (一级事项). */
export const FilteredByGroup: Story = { args: { group: '社会保险登记' } };

/** A query nothing matches: the empty state offers to clear the filters. */
export const Empty: Story = { args: { query: '不存在的事项示例' } };

const PENDING_URL = '/__si-story-never-answers__.json';
let pendingFetchInstalled = false;

/** Holds requests for PENDING_URL pending, as a server that never answers (aborts still end them). */
function installPendingFetch(): void {
  // Only this one made-up URL is held pending; every other request goes through untouched.
  if (pendingFetchInstalled) return;
  pendingFetchInstalled = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input).endsWith(PENDING_URL)
      ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))))
      : realFetch(input, init);
}

/** Loading: a `src` that never answers shows the busy skeleton (here for up to `timeout="600"` seconds). */
export const Loading: Story = {
  render: () => {
    installPendingFetch();
    return html`<si-catalogue src=${PENDING_URL} timeout="600"></si-catalogue>`;
  },
};

/** A server that never answers, after the time limit (`timeout="1"`; default 15 s): an error naming the URL, with 重试. */
export const TimedOut: Story = {
  render: () => {
    installPendingFetch();
    return html`<si-catalogue src=${PENDING_URL} timeout="1"></si-catalogue>`;
  },
};

/**
 * The static table of `si-catalogue render` (here a small made-up one, 示例), upgraded by the
 * script while its `src` cannot be reached: the table stays, with a small notice and 重试.
 */
export const StaticTableKept: Story = {
  render: () => {
    const box = document.createElement('div');
    (box as HTMLDivElement & { setHTMLUnsafe(markup: string): void }).setHTMLUnsafe(
      '<si-catalogue view="table" src="./does-not-exist/catalogue.json"><template shadowrootmode="open">' +
        '<div class="region"><table><caption>示例目录（页面保存的静态版本）</caption><thead><tr><th scope="col">序号</th><th scope="col">二级事项</th></tr></thead>' +
        '<tbody><tr><td>1</td><th scope="row">示例事项甲</th></tr><tr><td>2</td><th scope="row">示例事项乙</th></tr></tbody></table></div>' +
        '</template></si-catalogue>',
    );
    return box;
  },
};

/** A `src` that does not exist: a visible error naming the URL and status, with 重试. */
export const Error404: Story = { args: { src: './does-not-exist/catalogue.json' } };

/** Invalid catalogue data: the error lists the first JSON paths at fault. */
export const InvalidData: Story = {
  render: () => html`<si-catalogue .catalogue=${{ id: 'x', title: '示例', items: [{ seq: 'one', name: '' }] }}></si-catalogue>`,
};

/** The same catalogue as cards, as on a phone (forced here with `view="cards"`). */
export const Cards: Story = { args: { view: 'cards', group: '社会保险登记' } };

/** At a 360 px phone width the table becomes cards by itself (the element measures its own width). */
export const PhoneWidth: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: () => html`<div style="max-inline-size: 360px; border: 1px dashed #999">
    <si-catalogue group="社会保险登记"></si-catalogue>
  </div>`,
};

/** Item names link to the site's service guides, and the rows can be downloaded as CSV. */
export const GuideLinksAndExport: Story = {
  args: { 'guide-href': '/example/guides/{id}.html', exportable: true, group: '社会保障卡服务' },
};

/** A chosen subset of columns, in a chosen order. */
export const ChosenColumns: Story = { args: { columns: '序号、二级事项、公开内容、公开渠道和载体' } };

/** A catalogue from `src` (a fixture with fictional items, marked 示例). */
export const CustomSrc: Story = { args: { src: './demo/example-catalogue.json' } };

/** The built-in catalogue with the 示例县 overlay: retitled, local details, a local item. */
export const WithOverlay: Story = { args: { 'overlay-src': './demo/overlay.example.json' } };

/** Themed through custom properties, as a red portal would. */
export const Themed: Story = {
  render: () => html`<si-catalogue
    group="社会保险登记"
    style="--si-color-primary: #8f1d14; --si-color-primary-subtle: #fdecea; --si-catalogue-header-bg: #8f1d14; --si-catalogue-tick-color: #8f1d14;"
  ></si-catalogue>`,
};

/** A fictional (示例) catalogue whose cells hold a long URL and a long unbroken word. */
const longWordsCatalogue = {
  id: 'example-long-words',
  title: '示例目录：长网址与长单词',
  domain: '示例',
  version: '0.0.0',
  source: '示例数据（虚构）',
  groups: ['示例一级事项'],
  notes: [],
  items: [
    {
      seq: 1,
      id: 'example-long-url',
      group: '示例一级事项',
      name: '示例二级事项（长网址）',
      content: ['办事指南：https://www.example.gov.cn/shebao/banshi/zhinan/qiyeshehuibaoxiandengji/xiangqing/index-2026-example.html（示例链接）'],
      basis: ['示例条例'],
      deadline: { text: '信息形成或变更之日起20个工作日内', workingDays: 20, from: '信息形成或变更之日' },
      subject: 'ExampleCountyHumanResourcesAndSocialSecurityBureauServiceCentre（示例）',
      channels: ['政府网站'],
      audience: { public: true, specific: false },
      method: { proactive: true, onRequest: false },
      levels: { county: true, township: false },
      notes: [],
    },
  ],
};

/**
 * Long URLs and unbroken words wrap inside their cell instead of running into the next column;
 * and text never goes below `--si-font-size-min` (14px), here although the page asks for 10px
 * (as under a CMS theme's `html { font-size: 62.5% }`).
 */
export const LongWordsAndTinyPageFont: Story = {
  render: () => html`<si-catalogue view="table" style="--si-catalogue-font-size: 10px" .catalogue=${longWordsCatalogue}></si-catalogue>`,
};

/**
 * Item actions: the demo overlay's fictional (示例) 办事信息 — per-item guide, online and phone
 * links, and a site-wide phone and opening hours every item shows — at phone width, in cards.
 */
export const ItemActionsOnPhone: Story = {
  render: () => html`<div style="max-inline-size: 360px; border: 1px dashed #999">
    <si-catalogue view="cards" group="社会保障卡服务" overlay-src="./demo/overlay.example.json"></si-catalogue>
  </div>`,
};

/** Item actions in the table: after each item's 公开内容, in the 适老化 theme (44 px targets). */
export const ItemActionsInTableElder: Story = {
  render: () => html`<div data-si-theme="elder">
    <si-catalogue view="table" group="社会保障卡服务" overlay-src="./demo/overlay.example.json"></si-catalogue>
  </div>`,
};

/** Renders a catalogue, then does `then` to it once drawn (opens a card, the filter drawer…). */
function drawnThen(template: ReturnType<typeof html>, then: (root: ShadowRoot) => void, width = '360px') {
  const box = document.createElement('div');
  box.style.maxInlineSize = width;
  render(template, box);
  const el = box.querySelector('si-catalogue')!;
  void el.updateComplete.then(() => requestAnimationFrame(() => then(el.shadowRoot!)));
  return box;
}

/** A compact card on a phone: 序号, 二级事项, 一级事项 and one line of channel icons; 详情 opens the rest in place. */
export const CompactCards: Story = {
  render: () => drawnThen(html`<si-catalogue view="cards" group="社会保障卡服务"></si-catalogue>`, () => undefined),
};

/** A card opened in place (its 详情 button pressed: `aria-expanded="true"`); several may be open. */
export const CardExpanded: Story = {
  render: () =>
    drawnThen(html`<si-catalogue view="cards" group="社会保障卡服务"></si-catalogue>`, (root) =>
      root.querySelector<HTMLButtonElement>('[part="card-toggle"]')?.click(),
    ),
};

/** The group index above the cards: every 一级事项 with its count, one tap to its first item. */
export const GroupIndex: Story = {
  render: () => drawnThen(html`<si-catalogue></si-catalogue>`, () => undefined),
};

/** On a phone the filters fold behind one 筛选 button, which counts those on; here opened, with one filter on. */
export const FiltersDrawer: Story = {
  render: () =>
    drawnThen(html`<si-catalogue channel="政务服务中心" exportable></si-catalogue>`, (root) =>
      root.querySelector<HTMLButtonElement>('[part="filters-toggle"]')?.click(),
    ),
};

/**
 * The print layout on screen (`data-si-print-preview`, for previews; printing applies it by
 * itself): A4 portrait width, every column, no toolbar, the date of printing under the title.
 */
export const PrintPreview: Story = {
  render: () => html`<div style="inline-size: 186mm; background: white; color: black">
    <si-catalogue view="table" data-si-print-preview group="社会保险登记"></si-catalogue>
  </div>`,
};
