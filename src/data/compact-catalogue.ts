/**
 * The compact form the built-in catalogue ships in (the bundle and the npm builds; vite.config.ts
 * encodes it at build time, `decodeCatalogue` rebuilds the objects when the module loads). JSON
 * repeats every key of every item (`"audience":{"public":true,"specific":false}` fifty times);
 * here an item is one array in a fixed field order and its six ticks are one number: about
 * 0.4 KB gzip less than the same data as JSON. src/data/social-insurance.json stays the source
 * and `si-catalogue/data/social-insurance.json` stays plain JSON.
 *
 * The encoder refuses data it cannot rebuild exactly (`encodeCatalogue` compares the round
 * trip), so a new field in the data fails the build instead of disappearing from pages; fields
 * it does not know yet travel as a trailing object and are merged back.
 */
import type { Catalogue, CatalogueItem } from './types.js';

/** One item: the fixed fields in this order, the tick bits, then any other fields. */
type PackedItem = [
  seq: number,
  id: string,
  group: number,
  name: string,
  content: string[],
  basis: string[],
  deadlineText: string,
  workingDays: number | null,
  from: string | null,
  subject: string,
  channels: string[],
  ticks: number,
  notes: string[],
  extra?: Record<string, unknown>,
];

export interface PackedCatalogue {
  /** The catalogue's own fields, `items` left out. */
  readonly head: Omit<Catalogue, 'items'>;
  readonly items: readonly PackedItem[];
}

/** The tick pairs, each a bit of `ticks` in this order. */
const TICKS = [
  ['audience', 'public'],
  ['audience', 'specific'],
  ['method', 'proactive'],
  ['method', 'onRequest'],
  ['levels', 'county'],
  ['levels', 'township'],
] as const;

const KNOWN = new Set(['seq', 'id', 'group', 'name', 'content', 'basis', 'deadline', 'subject', 'channels', 'audience', 'method', 'levels', 'notes']);

function decodeItem(packed: PackedItem, groups: readonly string[]): CatalogueItem {
  const [seq, id, group, name, content, basis, text, workingDays, from, subject, channels, ticks, notes, extra] = packed;
  const tick = (bit: number) => (ticks & (1 << bit)) !== 0;
  return {
    seq,
    id,
    group: groups[group]!,
    name,
    content,
    basis,
    deadline: { text, workingDays, from },
    subject,
    channels,
    audience: { public: tick(0), specific: tick(1) },
    method: { proactive: tick(2), onRequest: tick(3) },
    levels: { county: tick(4), township: tick(5) },
    notes,
    ...extra,
  };
}

/** The catalogue from its compact form. */
export function decodeCatalogue(packed: PackedCatalogue): Catalogue {
  return { ...packed.head, items: packed.items.map((item) => decodeItem(item, packed.head.groups)) };
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * The compact form of `catalogue` (build time). Throws when the result would not decode to the
 * same data, e.g. a deadline with other fields or a group missing from `groups`.
 */
export function encodeCatalogue(catalogue: Catalogue): PackedCatalogue {
  const { items, ...head } = catalogue;
  const packed: PackedCatalogue = {
    head,
    items: items.map((item) => {
      let ticks = 0;
      TICKS.forEach(([pair, key], bit) => {
        if ((item[pair] as unknown as Record<string, boolean>)[key]) ticks |= 1 << bit;
      });
      const extra = Object.fromEntries(Object.entries(item).filter(([key]) => !KNOWN.has(key)));
      const row: PackedItem = [
        item.seq,
        item.id,
        catalogue.groups.indexOf(item.group),
        item.name,
        item.content,
        item.basis,
        item.deadline.text,
        item.deadline.workingDays,
        item.deadline.from,
        item.subject,
        item.channels,
        ticks,
        item.notes,
      ];
      if (Object.keys(extra).length > 0) row.push(extra);
      return row;
    }),
  };
  const decoded = decodeCatalogue(packed);
  items.forEach((item, index) => {
    if (!same(decoded.items[index], item))
      throw new Error(`compact catalogue: item ${item.id} does not survive the compact form; extend src/data/compact-catalogue.ts`);
  });
  return packed;
}
