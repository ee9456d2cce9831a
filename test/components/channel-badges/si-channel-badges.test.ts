import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/channel-badges.js';
import type { SiChannelBadges } from '../../../src/channel-badges.js';
import { channelKind } from '../../../src/channel-badges.js';
import { settled } from '../../support/wait.js';

function badges(el: SiChannelBadges): HTMLLIElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="badge"]')];
}

/** A container in the document carrying host-page styles, as a CMS article body would. */
function hostContainer(style: string): HTMLDivElement {
  const div = document.createElement('div');
  div.setAttribute('style', style);
  document.body.append(div);
  return div;
}

function badgeTexts(el: SiChannelBadges): string[] {
  return badges(el).map((li) => li.textContent!.trim());
}

/** A badge's kind, as its part names it (`badge badge-website`): the styles and `::part(badge-…)` read it there. */
const kindOf = (li: HTMLElement) => [...li.part].find((name) => name.startsWith('badge-'))?.slice('badge-'.length);

describe('<si-channel-badges>', () => {
  it('renders one badge per channel from the attribute, in order, with an icon and text', async () => {
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges channels="政府网站,政务服务中心,基层公共服务平台"></si-channel-badges>`);
    expect(badgeTexts(el)).to.deep.equal(['政府网站', '政务服务中心', '基层公共服务平台']);
    for (const li of badges(el)) {
      const icon = li.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
    }
    expect(badges(el).map(kindOf)).to.deep.equal(['website', 'service-centre', 'community']);
  });

  it('accepts 、 and full-width commas in the attribute and ignores blanks and repeats', async () => {
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges channels=" 政府网站、 政务服务中心，，政府网站 ;村务公开栏 "></si-channel-badges>`);
    expect(badgeTexts(el)).to.deep.equal(['政府网站', '政务服务中心', '村务公开栏']);
    expect(el.channels).to.deep.equal(['政府网站', '政务服务中心', '政府网站', '村务公开栏']);
  });

  it('renders from the channels property and follows changes', async () => {
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges></si-channel-badges>`);
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
    el.channels = ['政务服务中心'];
    await el.updateComplete;
    expect(badgeTexts(el)).to.deep.equal(['政务服务中心']);
    el.setAttribute('channels', '政府网站');
    await el.updateComplete;
    expect(badgeTexts(el)).to.deep.equal(['政府网站']);
  });

  it('gives an unknown local channel a neutral badge instead of an error', async () => {
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges channels="示例镇便民小程序X,乡镇大喇叭"></si-channel-badges>`);
    expect(badges(el).map(kindOf)).to.deep.equal(['mobile', 'other']);
    expect(badges(el)[1].getAttribute('part')).to.equal('badge badge-other');
  });

  it('is a list with an accessible name that can be overridden', async () => {
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges channels="政府网站"></si-channel-badges>`);
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('公开渠道');
    el.label = '示例渠道';
    await el.updateComplete;
    expect(list.getAttribute('aria-label')).to.equal('示例渠道');
  });

  it('reflects size and scales the badges with it', async () => {
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges channels="政府网站"></si-channel-badges>`, {
      parentNode: hostContainer('font-size: 16px'),
    });
    const list = () => getComputedStyle(el.shadowRoot!.querySelector('ul')!).fontSize;
    expect(el.size).to.equal('m');
    expect(el.hasAttribute('size')).to.equal(false);
    expect(list()).to.equal('16px');
    el.size = 's';
    await el.updateComplete;
    expect(el.getAttribute('size')).to.equal('s');
    expect(list()).to.equal('14px');
    el.setAttribute('size', 'l');
    await el.updateComplete;
    expect(list()).to.equal('18px');
  });

  it('turns a badge into a link from a slotted anchor, keeping the printed channel name', async () => {
    const el = await fixture<SiChannelBadges>(html`
      <si-channel-badges channels="政府网站,政务服务中心">
        <a slot="政府网站" href="https://www.example.gov.cn/">示例县人民政府网站</a>
      </si-channel-badges>
    `);
    await el.updateComplete;
    const links = el.shadowRoot!.querySelectorAll('a[part="link"]');
    expect(links.length).to.equal(1);
    expect(links[0].getAttribute('href')).to.equal('https://www.example.gov.cn/');
    expect(links[0].textContent!.trim()).to.equal('政府网站');
  });

  it('follows a slotted anchor added or removed later', async () => {
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges channels="政务服务中心"></si-channel-badges>`);
    const anchor = document.createElement('a');
    anchor.slot = '政务服务中心';
    anchor.href = '/zwfw/';
    el.append(anchor);
    await settled(el);
    expect(el.shadowRoot!.querySelector('a[part="link"]')!.getAttribute('href')).to.equal('/zwfw/');
    anchor.remove();
    await settled(el);
    expect(el.shadowRoot!.querySelector('a[part="link"]')).to.equal(null);
  });

  it('uses the links property, and a slotted anchor wins over it', async () => {
    const el = await fixture<SiChannelBadges>(html`
      <si-channel-badges
        channels="政府网站,政务服务中心"
        .links=${{ 政府网站: 'https://property.example/', 政务服务中心: '/centre/' }}
      >
        <span slot="政府网站"><a href="https://slot.example/">网站</a></span>
      </si-channel-badges>
    `);
    await el.updateComplete;
    const hrefs = [...el.shadowRoot!.querySelectorAll('a[part="link"]')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://slot.example/', '/centre/']);
  });

  it('drops unsafe URLs, warns once naming the channel, and keeps the badge as text', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<SiChannelBadges>(html`
        <si-channel-badges
          channels="政府网站,政务服务中心,基层公共服务平台"
          .links=${{ 政务服务中心: 'java\tscript:alert(1)', 基层公共服务平台: 'data:text/html,x' }}
        >
          <a slot="政府网站" href="javascript:alert(1)">x</a>
        </si-channel-badges>
      `);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
      expect(badgeTexts(el)).to.deep.equal(['政府网站', '政务服务中心', '基层公共服务平台']);
      expect(warnings.length).to.equal(3);
      expect(warnings.join('\n')).to.include('"政府网站"').and.include('javascript:alert(1)');
    } finally {
      console.warn = original;
    }
  });

  it('is accessible with and without links', async () => {
    const el = await fixture<SiChannelBadges>(html`
      <si-channel-badges channels="政府网站,政务服务中心,基层公共服务平台,村务公开栏">
        <a slot="政府网站" href="https://www.example.gov.cn/">网站</a>
      </si-channel-badges>
    `);
    await expect(el).to.be.accessible();
  });

  it('is not restyled by inherited host-page CSS', async () => {
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges channels="政府网站"></si-channel-badges>`, {
      parentNode: hostContainer('text-indent: 2em; letter-spacing: 3px; line-height: 3; font-family: SimSun, serif'),
    });
    const label = el.shadowRoot!.querySelector('[part="text"]')!;
    const style = getComputedStyle(label);
    expect(style.textIndent).to.equal('0px');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.fontFamily).to.not.include('SimSun');
  });

  it('hides itself with the hidden attribute', async () => {
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges hidden channels="政府网站"></si-channel-badges>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });
});

describe('channelKind', () => {
  it('classifies standard and common local channels', () => {
    expect(channelKind('政府网站')).to.equal('website');
    expect(channelKind('政务服务中心')).to.equal('service-centre');
    expect(channelKind('基层公共服务平台')).to.equal('community');
    expect(channelKind('村务公开栏')).to.equal('board');
    expect(channelKind('微信公众号')).to.equal('mobile');
    expect(channelKind('新闻发布会')).to.equal('print');
    expect(channelKind('其他')).to.equal('other');
  });
});
