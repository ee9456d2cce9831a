import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/catalogue.js';
import '../../src/channel-badges.js';
import '../../src/deadline.js';

/**
 * Every component on one page, as an item column of a county portal shows them: the place to
 * review a theme (toolbar: Theme) or a language (toolbar: Language) at a glance, and the page
 * the visual regression check photographs in every theme at 360 px and 1280 px.
 */
const meta: Meta = {
  title: 'Design kit/Gallery',
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/** A first-level item of the catalogue, its channels, and deadlines in their four tones. */
export const AllComponents: Story = {
  render: () => html`
    <div style="display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; max-inline-size: 1200px">
      <si-catalogue group="社会保险登记" columns="seq,group,name,deadline,channels,audience,method,levels" page-size="3" hide-toolbar></si-catalogue>
      <si-channel-badges channels="政府网站、政务服务中心、基层公共服务平台、示例公示栏、示例渠道">
        <a slot="政府网站" href="https://www.example.gov.cn/">示例县人民政府网站</a>
      </si-channel-badges>
      <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr))">
        <si-deadline variant="compact" changed="2026-09-28" today="2026-10-20"></si-deadline>
        <si-deadline variant="compact" changed="2026-09-28" published="2026-10-16"></si-deadline>
        <si-deadline variant="compact" changed="2026-09-28" today="2026-10-30"></si-deadline>
        <si-deadline variant="compact" changed="2026-09-28" today="2026-11-03"></si-deadline>
      </div>
    </div>
  `,
};

/** The catalogue's search and filter bar with a search in progress: controls, count, marks. */
export const Toolbar: Story = {
  render: () => html`<si-catalogue query="养老" level="county" columns="seq,name,content" page-size="3" exportable></si-catalogue>`,
};
