import { html, nothing, type PropertyValues } from 'lit';
import { SlotController } from '../../internal/slot-controller.js';
import { property, state } from 'lit/decorators.js';
import { define } from '../../internal/define.js';
import { enumConverter, optionalTextConverter, type SiConverter } from '../../internal/attributes.js';
import { listSiConverter } from '../../internal/list-attribute.js';
import { dataLangFor } from '../../utilities/localize.js';
import { safeHref } from '../../internal/safe-url.js';
import { SiElement } from '../../internal/si-element.js';
import { quote, warnOnce } from '../../internal/warn.js';
import { renderBadgeList } from '../../internal/badge-list.js';
import { channelBadgesTranslations } from './channel-badges.strings.js';
import { channelIconSprite } from '../../internal/channel-kinds.js';
import { badgeListStyles } from '../../internal/badge-list.styles.js';
import { channelBadgesStyles } from './si-channel-badges.styles.js';

export type ChannelBadgesSize = 's' | 'm' | 'l';

/**
 * `links` as a developer may set it: an object of channel → URL text. `null` is no links; an
 * entry whose value is not text is dropped with one warning, the rest are kept.
 */
const linksConverter: SiConverter<Partial<Record<string, string>>> = {
  defaultValue: {},
  normalise(value, { tag }) {
    if (value == null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      warnOnce(tag, `links must be an object such as {"政府网站":"https://…"}, not ${quote(value)}; it was ignored.`);
      return {};
    }
    const entries = Object.entries(value as Record<string, unknown>);
    const bad = entries.filter(([, href]) => href !== undefined && typeof href !== 'string');
    if (bad.length === 0) return value as Partial<Record<string, string>>;
    for (const [channel, href] of bad) warnOnce(tag, `the link for ${quote(channel)} must be a URL text, not ${quote(href)}; it was ignored.`);
    return Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  },
};

/**
 * Shows the disclosure channels and carriers (公开渠道和载体) of a catalogue item as badges.
 *
 * The three standard channels (政府网站, 政务服务中心, 基层公共服务平台) and common local
 * carriers (公示栏, 微信公众号, …) get an icon of their kind; any other channel string gets a
 * neutral badge. A badge becomes a link when an editor places `<a slot="<channel>" href>` in
 * the element, or a developer sets `links`; only `http(s):` and relative URLs are honoured.
 * The badge keeps the channel's printed name as its text, so the catalogue wording stays
 * faithful; the slotted anchor supplies only its address. In an interface in another language
 * (`lang="en"`) the channel names are marked `lang="zh-CN"`. `label=""` leaves the list unnamed,
 * for a list that a visible label already names (a `<dd>` after its `<dt>`).
 *
 * @summary The disclosure channels of an item, as a labelled list of badges.
 *
 * @slot 政府网站 - An `<a href>` that makes the 政府网站 badge a link. Every channel listed in
 *   `channels` has a slot of its own name, e.g. `<a slot="政务服务中心" href="/zwfw/">`.
 * @slot 政务服务中心 - An `<a href>` that makes the 政务服务中心 badge a link.
 * @slot 基层公共服务平台 - An `<a href>` that makes the 基层公共服务平台 badge a link.
 *
 * @csspart list - The `<ul>` holding the badges.
 * @csspart badge - Each badge (`<li>`); it also has the part `badge-<kind>`, where kind is
 *   `website`, `service-centre`, `community`, `board`, `mobile`, `print` or `other`.
 * @csspart link - The link inside a linked badge.
 * @csspart icon - The decorative icon of a badge.
 * @csspart text - The text of a badge.
 *
 * @cssprop [--si-channel-badges-bg=var(--si-color-primary-subtle)] - Background of a badge.
 * @cssprop [--si-channel-badges-color=var(--si-color-primary)] - Text and icon colour of a badge.
 * @cssprop [--si-channel-badges-border-color=var(--si-color-primary)] - Border colour of a badge.
 * @cssprop [--si-channel-badges-neutral-bg=var(--si-color-surface-muted)] - Background of an unrecognised channel's badge.
 * @cssprop [--si-channel-badges-neutral-color=var(--si-color-text)] - Text colour of an unrecognised channel's badge.
 * @cssprop [--si-channel-badges-neutral-border-color=var(--si-color-border)] - Border colour of an unrecognised channel's badge.
 * @cssprop [--si-channel-badges-radius=var(--si-radius-pill)] - Corner radius of a badge.
 * @cssprop [--si-channel-badges-gap=var(--si-space-s)] - Space between badges.
 *
 * @tag si-channel-badges
 */
export class SiChannelBadges extends SiElement {
  static override styles = [SiElement.styles, channelBadgesStyles, badgeListStyles];

  /**
   * The channels to show, in order. As an attribute, a list separated by `,`, `，`, `、` or `;`
   * (`channels="政府网站、政务服务中心"`); as a property, an array of strings.
   */
  @property({ type: Array, useDefault: true, converter: listSiConverter })
  channels: string[] = [];

  /**
   * Links for badges by channel name (`{ 政府网站: 'https://…' }`); a slotted anchor wins over it.
   * A value that is not text is ignored with a console warning; `null` means no links.
   */
  @property({ attribute: false, useDefault: true, converter: linksConverter })
  links: Partial<Record<string, string>> = {};

  /**
   * Badge size: `s` (small), `m` (medium) or `l` (large), relative to the host's font size. Any
   * other value means `m`, with a console warning.
   */
  @property({ reflect: true, useDefault: true, converter: enumConverter(['s', 'm', 'l'], 'm') })
  size: 's' | 'm' | 'l' = 'm';

  /**
   * The list's accessible name, announced by screen readers. Defaults to 公开渠道 in the
   * element's language (公開渠道, Disclosure channels).
   */
  @property({ converter: optionalTextConverter })
  label?: string;

  /** The anchors editors place in the element (`<a slot="政府网站" href>`); renders again when they change. */
  private readonly slots = new SlotController(this, { onChange: () => this.readSlottedHrefs() });

  /** Hrefs read from slotted anchors, by channel name. */
  @state()
  private slottedHrefs: Partial<Record<string, string>> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('links')) this.warnAboutUnsafeLinks(Object.entries(this.links));
    if (changed.has('channels')) this.readSlottedHrefs();
  }

  protected override render() {
    const channels = [...new Set(this.channels)];
    if (channels.length === 0) return nothing;
    const { strings, formatLocale } = this.localize(channelBadgesTranslations);
    return html`
      ${channelIconSprite()}
      ${renderBadgeList(channels, {
        // label="" leaves the list unnamed, for a list a visible label already names.
        label: this.label ?? strings.label,
        dataLang: dataLangFor(formatLocale),
        size: this.size,
        hrefFor: (channel) => safeHref(this.slottedHrefs[channel]) ?? safeHref(this.links[channel]),
      })}
      <div hidden>${channels.map((channel) => html`<slot name=${channel}></slot>`)}</div>
    `;
  }

  /** The href of each channel's slotted anchor (the element itself or the first inside it). */
  private readSlottedHrefs(): void {
    const hrefs: Partial<Record<string, string>> = {};
    const changed: Array<[string, string]> = [];
    for (const channel of new Set(this.channels)) {
      const assigned = this.slots.assigned(channel)[0];
      const anchor = assigned?.matches('a[href]') ? assigned : assigned?.querySelector('a[href]');
      const href = anchor?.getAttribute('href') ?? undefined;
      if (href === undefined) continue;
      hrefs[channel] = href;
      if (this.slottedHrefs[channel] !== href) changed.push([channel, href]);
    }
    const before = Object.entries(this.slottedHrefs);
    if (changed.length === 0 && before.length === Object.keys(hrefs).length) return;
    this.warnAboutUnsafeLinks(changed);
    this.slottedHrefs = hrefs;
  }

  /** An editor who linked a badge to `javascript:` must learn why the badge is not a link. */
  private warnAboutUnsafeLinks(entries: Array<[string, string | undefined]>): void {
    for (const [channel, href] of entries) {
      if (href === undefined || safeHref(href) !== undefined) continue;
      warnOnce(this.localName, `the link for ${quote(channel)} was ignored: ${quote(href)} is not an http(s) or relative URL.`);
    }
  }
}

define('si-channel-badges', SiChannelBadges);

declare global {
  interface HTMLElementTagNameMap {
    'si-channel-badges': SiChannelBadges;
  }
}
