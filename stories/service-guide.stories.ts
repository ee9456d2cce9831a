import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import exampleGuide from '../demo/guide.example.json';
import '../src/service-guide.js';

/**
 * `<si-service-guide>`: the 服务指南 of one catalogue item. Every guide here is the fictional
 * sample `demo/guide.example.json` (示例): no real office, address or phone number.
 */
const meta: Meta = {
  title: 'Components/Service guide',
  component: 'si-service-guide',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { item: '48', expanded: false, editor: false, 'heading-level': 2 },
  argTypes: {
    item: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 5 } },
  },
  render: (args) => html`<si-service-guide
    item=${args.item}
    ?expanded=${args.expanded}
    ?editor=${args.editor}
    heading-level=${args['heading-level']}
    .guide=${exampleGuide}
  ></si-service-guide>`,
};
export default meta;

type Story = StoryObj;

/** From the `guide` property, as a JavaScript page would set it; sections start collapsed. */
export const FromProperty: Story = {};

/** From `src`, as a CMS editor would write it; the item comes from the guide's own `item`. */
export const FromSrc: Story = {
  render: () => html`<si-service-guide src="/demo/guide.example.json"></si-service-guide>`,
};

/** Only light DOM: each section an element with `slot="<field>"`, written in the CMS editor. */
export const WithSlots: Story = {
  render: () => html`
    <si-service-guide item="48" expanded>
      <div slot="materials">
        <ol>
          <li>居民身份证（示例）原件 1 份</li>
          <li>近期免冠照片（示例），<a href="https://www.example.gov.cn/">照片要求（示例）</a></li>
        </ol>
      </div>
      <div slot="location"><p>示例县政务服务中心一楼（示例地址）</p></div>
      <div slot="contact"><p>示例咨询电话：<strong>0000-0000000</strong></p></div>
      <div slot="制卡网点"><p>示例县政务服务中心社会保障卡窗口（示例）</p></div>
    </si-service-guide>
  `,
};

/** Data and slots together: the slotted 申请材料 wins over the data's, the rest comes from data. */
export const MixedSlotWins: Story = {
  render: () => html`
    <si-service-guide item="48" expanded .guide=${exampleGuide}>
      <div slot="materials"><p>本栏目由页面中的内容提供（示例），替代数据中的申请材料。</p></div>
    </si-service-guide>
  `,
};

/** `expanded`: every section open, as printing shows it. */
export const Expanded: Story = { args: { expanded: true } };

/** `editor` with a complete guide: every required element and section is present. */
export const EditorComplete: Story = { args: { editor: true } };

/** `editor` with an incomplete guide: missing sections are listed and shown, marked 缺失. */
export const EditorIncomplete: Story = {
  render: () => html`
    <si-service-guide item="48" editor .guide=${{ fees: '不收费（示例）', hours: '示例：工作日' }}>
      <div slot="contact"><p>示例咨询电话：0000-0000000</p></div>
    </si-service-guide>
  `,
};

/** A `src` that answers 404: a visible alert naming the URL, with 重试. */
export const ErrorNotFound: Story = {
  render: () => html`<si-service-guide item="48" src="/demo/no-such-guide.example.json"></si-service-guide>`,
};

/** An invalid guide: the alert lists the first JSON paths at fault. */
export const ErrorInvalidGuide: Story = {
  render: () => html`<si-service-guide
    item="48"
    .guide=${{ materials: [{ form: '原件' }], channels: { online: { text: '示例', href: 'javascript:alert(1)' } } }}
  ></si-service-guide>`,
};

/** An item the catalogue does not have: the guide still shows, with a visible note. */
export const UnknownItem: Story = { args: { item: '999' } };

/** Inside a legacy CMS article body that sets 宋体, text-indent and line-height on every div. */
export const InsideLegacyCmsPage: Story = {
  render: () => html`
    <div class="TRS_Editor" style="font: 12pt SimSun, serif; text-indent: 2em; line-height: 2.5">
      <si-service-guide item="48" .guide=${exampleGuide}></si-service-guide>
    </div>
  `,
};

/**
 * The contact (咨询方式) and the actions (网上办理, 办理地点, 办理时间) stand above the sections, so a
 * reader sees whom to call and where to go without opening anything; here at 360 px, 适老化 theme.
 */
export const ActionsAtTopElder: Story = {
  render: () => html`<div data-si-theme="elder" style="max-inline-size: 360px">
    <si-service-guide item="48" .guide=${exampleGuide}></si-service-guide>
  </div>`,
};
