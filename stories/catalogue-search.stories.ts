import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/catalogue.js';

/**
 * Search in citizens' words (docs/search.md): everyday words and pinyin find the official items,
 * best first, with the words that matched marked. Each story is one state, set by attributes as a
 * CMS editor would (the 按目录顺序 story also clicks the switch).
 */
const meta: Meta = {
  title: 'Components/Catalogue/Search',
  component: 'si-catalogue',
  parameters: { layout: 'padded' },
  args: { query: '', 'popular-searches': '' },
  render: (args) => html`<si-catalogue view="table" query=${args.query} popular-searches=${args['popular-searches']}></si-catalogue>`,
};
export default meta;

type Story = StoryObj;

/** No query: the 常用查询 chips (from the built-in lexicon) above the catalogue in its own order. */
export const PopularSearches: Story = {};

/** A site's own chips, from the `popular-searches` attribute. */
export const SitePopularSearches: Story = { args: { 'popular-searches': '养老金认证、社保卡补办、失业金' } };

/** 退休 (a life event): the items that pay pensions first, with the 按目录顺序 switch. */
export const RankedResults: Story = { args: { query: '退休' } };

/** The same results in the catalogue's own order after ticking 按目录顺序. */
export const OfficialOrder: Story = {
  args: { query: '退休' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('si-catalogue')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="order-switch"]')!.click();
  },
};

/** 社保卡丢了: the lexicon maps 社保卡 → 社会保障卡 and 丢了 → 补换, and marks those official words. */
export const LexiconHighlight: Story = { args: { query: '社保卡丢了' } };

/** Pinyin of a lexicon term: yanglaojin is 养老金, which the catalogue calls 养老保险待遇. */
export const PinyinOfEverydayWords: Story = { args: { query: 'yanglaojin' } };

/** Nothing matches: said plainly, with the popular searches and clearing the filters offered. */
export const NothingMatches: Story = { args: { query: '护照办理' } };
