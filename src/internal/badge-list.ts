import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { channelIconId, channelKind } from './channel-kinds.js';

export interface BadgeListOptions {
  /**
   * The list's accessible name. Leave it out where a visible label already names the list (a
   * table cell under its column header, a `<dd>` after its `<dt>`): the cell or value is then
   * named by its channels, not by the header repeated.
   */
  label?: string;
  /** `lang` of the channel names when the interface is in another language (WCAG 3.1.2). */
  dataLang?: string;
  size: 's' | 'm' | 'l';
  /** A safe href for a channel's badge, or undefined for a plain badge. */
  hrefFor?: (channel: string) => string | undefined;
}

/**
 * The channel badge list, shared by `<si-channel-badges>` and by components that show many
 * items' channels at once (`<si-catalogue>` draws 50 lists; one shadow root per list would
 * double its first render). The rendering shadow root needs `badgeListStyles` and one
 * `channelIconSprite()`. Each badge is a single template instance (its `<use>` of the sprite
 * written inline, not through `icons.ts`): that is what keeps 150 badges cheap.
 */
export function renderBadgeList(channels: readonly string[], options: BadgeListOptions): TemplateResult | typeof nothing {
  const unique = [...new Set(channels)];
  if (unique.length === 0) return nothing;
  // Written without whitespace between the tags, and with nothing a badge does not need (the
  // kind is in `part`, the icon sized by the styles, no IE-era `focusable`): `si-catalogue
  // render` writes a badge 30,000 times for 10,000 items, so each byte is paid 30,000 times.
  return html`<ul class="list" part="list" role="list" aria-label=${ifDefined(options.label || undefined)} data-size=${options.size}>${unique.map((channel) => {
    const kind = channelKind(channel);
    const href = options.hrefFor?.(channel);
    const icon = `#${channelIconId(kind)}`;
    return href === undefined
      ? html`<li class="badge" part="badge badge-${kind}"><span class="content"><svg class="icon" part="icon" aria-hidden="true"><use href=${icon}></use></svg><span class="label" part="text" lang=${ifDefined(options.dataLang)}>${channel}</span></span></li>`
      : html`<li class="badge" part="badge badge-${kind}"><a class="link" part="link" href=${href}><svg class="icon" part="icon" aria-hidden="true"><use href=${icon}></use></svg><span class="label" part="text" lang=${ifDefined(options.dataLang)}>${channel}</span></a></li>`;
  })}</ul>`;
}
