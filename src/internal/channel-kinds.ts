import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { iconSprite } from './icons.js';

/** How a disclosure channel is shown: its icon and colour family. */
export type ChannelKind = 'website' | 'service-centre' | 'community' | 'board' | 'mobile' | 'print' | 'other';

/**
 * Keyword rules, first match wins. The three standard channels of the catalogue come
 * first; the others are carriers local catalogues commonly add. Anything unmatched is
 * `other`: a local channel is never an error, it just gets the neutral badge.
 */
const KIND_RULES: ReadonlyArray<readonly [RegExp, ChannelKind]> = [
  [/公示栏|公开栏|公告栏|宣传栏|查阅点|电子屏/, 'board'],
  [/基层公共服务平台|便民服务|服务站|社区|村/, 'community'],
  [/政务服务中心|服务大厅|办事大厅|窗口/, 'service-centre'],
  [/网站|网页|门户|网/, 'website'],
  [/微信|微博|客户端|APP|App|app|两微一端|小程序|短信|热线|电话/, 'mobile'],
  [/报刊|报纸|广播|电视|新闻发布|手册|明白纸|纸质/, 'print'],
];

/** Classifies a channel name as printed in a catalogue ("政府网站" → `website`). */
export function channelKind(channel: string): ChannelKind {
  for (const [pattern, kind] of KIND_RULES) {
    if (pattern.test(channel)) return kind;
  }
  return 'other';
}

// 24×24 outline icons drawn with currentColor so they follow the badge's text colour.
const ICON_PATHS: Record<ChannelKind, SVGTemplateResult> = {
  website: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z"/>`,
  'service-centre': svg`<path d="M3 21h18M5 21V9l7-5 7 5v12M9 21v-6h6v6M9 11h.01M15 11h.01"/>`,
  community: svg`<path d="M3 11l9-7 9 7M6 9.5V20h12V9.5M10 20v-5h4v5"/>`,
  board: svg`<rect x="3" y="4" width="18" height="12" rx="1"/><path d="M7 8h10M7 12h6M8 16l-2 4M16 16l2 4"/>`,
  mobile: svg`<rect x="7" y="2.5" width="10" height="19" rx="2"/><path d="M11 18.5h2"/>`,
  print: svg`<path d="M5 4h11l3 3v13H5zM8 9h8M8 13h8M8 17h5"/>`,
  other: svg`<circle cx="12" cy="12" r="3.5"/>`,
};

/** The id of a kind's icon symbol in `channelIconSprite()`. */
export const channelIconId = (kind: ChannelKind) => `si-channel-icon-${kind}`;

/**
 * Every channel icon once, as `<symbol>`s that badges reference with `<use>`: one sprite per
 * shadow root instead of a copy of each drawing in every badge, which kept the catalogue's
 * 150 badges from dominating its first render. Include it once where badges are rendered.
 */
export function channelIconSprite(): TemplateResult {
  return iconSprite(ICON_PATHS, (kind) => channelIconId(kind as ChannelKind));
}
