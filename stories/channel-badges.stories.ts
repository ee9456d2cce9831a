import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/channel-badges.js';

/**
 * `<si-channel-badges>` shows an item's 公开渠道和载体. Every story's API table comes from
 * custom-elements.json.
 */
const meta: Meta = {
  title: 'Components/Channel badges',
  component: 'si-channel-badges',
  tags: ['autodocs'],
  args: { channels: '政府网站,政务服务中心,基层公共服务平台', size: 'm', label: '公开渠道' },
  argTypes: {
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    channels: { control: 'text' },
  },
  render: ({ channels, size, label }) => html`<si-channel-badges channels=${channels} size=${size} label=${label}></si-channel-badges>`,
};
export default meta;

type Story = StoryObj;

/** The three standard channels of the catalogue. */
export const Standard: Story = {};

/** One channel, as some items list. */
export const SingleChannel: Story = { args: { channels: '政务服务中心' } };

/** Local carriers a county adds; an unrecognised one gets the neutral badge. */
export const LocalChannels: Story = {
  args: { channels: '政府网站、村务公开栏、微信公众号、新闻发布会、示例镇广播站' },
};

export const Small: Story = { args: { size: 's' } };

export const Large: Story = { args: { size: 'l' } };

/** An editor links badges by placing anchors in the element (示例 addresses). */
export const WithSlottedLinks: Story = {
  render: () => html`
    <si-channel-badges channels="政府网站,政务服务中心,基层公共服务平台">
      <a slot="政府网站" href="https://www.example.gov.cn/">示例县人民政府网站</a>
      <a slot="政务服务中心" href="/example/zwfw/">示例县政务服务中心</a>
    </si-channel-badges>
  `,
};

/** A `javascript:` link is dropped: the badge stays text and a console warning says why. */
export const UnsafeLinkDropped: Story = {
  render: () => html`
    <si-channel-badges channels="政府网站">
      <a slot="政府网站" href="javascript:alert('示例')">示例</a>
    </si-channel-badges>
  `,
};

/** Restyled through custom properties, as a red portal theme might. */
export const CustomProperties: Story = {
  render: () => html`
    <si-channel-badges
      channels="政府网站,政务服务中心,示例渠道"
      style="--si-channel-badges-bg: #fdecea; --si-channel-badges-color: #8f1d14; --si-channel-badges-border-color: #8f1d14; --si-channel-badges-radius: 0.25em;"
    ></si-channel-badges>
  `,
};

/** Inside a legacy CMS article body that sets 宋体, text-indent and letter-spacing on every div. */
export const InsideLegacyCmsPage: Story = {
  render: () => html`
    <div style="font: 12pt SimSun, serif; text-indent: 2em; letter-spacing: 2px; line-height: 2.5">
      正文示例：本栏目公开渠道如下。
      <si-channel-badges channels="政府网站,政务服务中心,基层公共服务平台"></si-channel-badges>
    </div>
  `,
};
