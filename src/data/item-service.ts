/**
 * An item's 办事信息 as a page shows it: the item's own `service` over the catalogue's site-wide
 * default, key by key, with every link made safe. The guide URL has one source for the name link
 * (drawn when the page sets `guide-href`, or `href` on a card) and the 服务指南 action: the item's
 * `service.guide`, else the page's `guide-href` template, else the catalogue's default (`{id}` and
 * `{seq}` filled in, docs/data.md).
 */
import { PHONE_NUMBER_PATTERNS } from './patterns.generated.js';
import type { ServiceGuide } from './service-guide-types.js';
import type { Catalogue, CatalogueItem, ItemService } from './types.js';
import { itemHref } from '../internal/item-href.js';
import { safeHref } from '../internal/safe-url.js';

/** A 咨询电话 ready to draw: `href` is its `tel:` link. */
export interface ResolvedPhone {
  number: string;
  label?: string;
  href: string;
}

/** What the actions of one item show; every link is http(s), relative or `tel:`. */
export interface ResolvedService {
  guide?: string;
  online?: string;
  phones: ResolvedPhone[];
  address?: string;
  hours?: string;
  /** 咨询方式 as a guide words it (free text). */
  contact?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** A `tel:` link for a number as printed (`0000-0000000`), or undefined when it is no phone number. */
export function telHref(number: unknown): string | undefined {
  if (typeof number !== 'string' || !PHONE_NUMBER_PATTERNS.every((pattern) => pattern.test(number.trim()))) return undefined;
  return `tel:${number.trim().replaceAll(' ', '')}`;
}

/**
 * The item's guide URL: its own `service.guide`, else the page's `guideHref` template, else the
 * catalogue's default; undefined when none is given or none is a safe link.
 */
export function guideUrl(item: CatalogueItem, catalogue?: Pick<Catalogue, 'service'>, guideHref?: string): string | undefined {
  for (const template of [item.service?.guide, guideHref, catalogue?.service?.guide]) {
    if (text(template) !== undefined) return itemHref(template!, item);
  }
  return undefined;
}

/**
 * The item's 办事信息, or undefined when neither the item nor the catalogue gives any (a page with
 * only `guide-href` keeps its name links and shows no actions).
 */
export function resolveService(item: CatalogueItem, catalogue?: Pick<Catalogue, 'service'>, guideHref?: string): ResolvedService | undefined {
  const defaults: ItemService | undefined = catalogue?.service;
  const own: ItemService | undefined = item.service;
  if (defaults === undefined && own === undefined) return undefined;
  const merged: ItemService = { ...defaults, ...own };
  const phones: ResolvedPhone[] = [];
  for (const phone of Array.isArray(merged.phones) ? merged.phones : []) {
    const href = telHref(phone?.number);
    if (href !== undefined) phones.push({ number: phone.number.trim(), label: text(phone.label), href });
  }
  const online = text(merged.online) === undefined ? undefined : itemHref(merged.online!, item);
  const resolved: ResolvedService = { guide: guideUrl(item, catalogue, guideHref), online, phones, address: text(merged.address), hours: text(merged.hours) };
  const empty = !resolved.guide && !resolved.online && phones.length === 0 && !resolved.address && !resolved.hours;
  return empty ? undefined : resolved;
}

/**
 * What `<si-service-guide>` shows at its top: the guide's own 咨询方式, 网上办理 link, 办理地点 and
 * 办理时间 over the item's 办事信息 (the guide is more specific), without the link to itself.
 */
export function guideService(
  item: CatalogueItem | undefined,
  catalogue: Pick<Catalogue, 'service'> | undefined,
  guide: ServiceGuide | undefined,
): ResolvedService | undefined {
  const base = item === undefined ? undefined : resolveService(item, catalogue);
  const online = guide?.channels?.online?.href;
  const shown: ResolvedService = {
    online: text(online) === undefined ? base?.online : item === undefined ? safeHref(online) : itemHref(online!, item),
    phones: base?.phones ?? [],
    address: text(guide?.location) ?? base?.address,
    hours: text(guide?.hours) ?? base?.hours,
    contact: text(guide?.contact),
  };
  const empty = !shown.online && shown.phones.length === 0 && !shown.address && !shown.hours && !shown.contact;
  return empty ? undefined : shown;
}
