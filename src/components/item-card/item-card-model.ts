/**
 * What `<si-item-card>` shows, worked out without touching the DOM (so it is unit-testable and
 * safe on a server): the item in scope, the guide link, the labelled chips, the heading level.
 */
import { findItem, parseItemRef, type ItemRef } from '../../data/find-item.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';
import type { CatalogueInScope } from '../../internal/catalogue-consumer.js';
import type { Localized } from '../../utilities/localize.js';
import type { ItemCardStrings } from './item-card.strings.js';

/** The card's state: an item to show, or why there is none. */
export type CardState =
  | { kind: 'item'; item: CatalogueItem }
  | { kind: 'not-found'; ref: ItemRef; catalogue: Catalogue }
  | { kind: 'no-item' }
  | { kind: 'waiting' };

export interface CardSources {
  /** The `itemData` property: a full item object, which wins over `ref`. */
  data: unknown;
  /** The `item` attribute: a 序号 or an id. */
  ref: string | number | null | undefined;
  /** The catalogue in scope (a surrounding `<si-catalogue>`'s, else the built-in one), or that it is not ready. */
  scope: CatalogueInScope;
}

export function resolveCard(sources: CardSources): CardState {
  const data = toItem(sources.data);
  if (data !== undefined) return { kind: 'item', item: data };
  const ref = parseItemRef(sources.ref);
  if (ref === undefined || sources.ref == null) return { kind: 'no-item' };
  if (sources.scope.status === 'waiting') return { kind: 'waiting' };
  const catalogue = sources.scope.catalogue;
  const item = findItem(catalogue, sources.ref);
  return item === undefined ? { kind: 'not-found', ref, catalogue } : { kind: 'item', item };
}

/**
 * An item object as a developer passed it, made safe to render: missing lists become empty,
 * missing texts blank, missing ticks false. Anything that is not an object with a name is
 * not an item (undefined), so the card falls back to `item` or says what is missing.
 */
export function toItem(value: unknown): CatalogueItem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  if (typeof raw.name !== 'string' || raw.name.trim() === '') return undefined;
  const deadline = record(raw.deadline);
  const workingDays = deadline.workingDays;
  return {
    ...(raw as unknown as CatalogueItem),
    seq: typeof raw.seq === 'number' && Number.isFinite(raw.seq) ? raw.seq : 0,
    id: text(raw.id),
    group: text(raw.group),
    name: raw.name,
    content: texts(raw.content),
    basis: texts(raw.basis),
    deadline: {
      text: text(deadline.text),
      workingDays: typeof workingDays === 'number' ? workingDays : null,
      from: typeof deadline.from === 'string' ? deadline.from : null,
    },
    subject: text(raw.subject),
    channels: texts(raw.channels),
    audience: { public: record(raw.audience).public === true, specific: record(raw.audience).specific === true },
    method: { proactive: record(raw.method).proactive === true, onRequest: record(raw.method).onRequest === true },
    levels: { county: record(raw.levels).county === true, township: record(raw.levels).township === true },
    notes: texts(raw.notes),
    local: raw.local === true,
  };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '') : [];
}

/** One labelled chip: 公开对象：全社会. */
export interface Chip {
  key: 'audience' | 'method' | 'levels';
  label: string;
  /** The ticked values, in catalogue column order; empty when the row ticks none. */
  values: string[];
}

/** The 公开对象 / 公开方式 / 公开层级 ticks of an item, as words. */
export function chipsOf(item: CatalogueItem, strings: ItemCardStrings): Chip[] {
  const ticked = (pairs: Array<[boolean, string]>) => pairs.filter(([on]) => on).map(([, label]) => label);
  return [
    {
      key: 'audience',
      label: strings.audience,
      values: ticked([
        [item.audience.public, strings.audiencePublic],
        [item.audience.specific, strings.audienceSpecific],
      ]),
    },
    {
      key: 'method',
      label: strings.method,
      values: ticked([
        [item.method.proactive, strings.methodProactive],
        [item.method.onRequest, strings.methodOnRequest],
      ]),
    },
    {
      key: 'levels',
      label: strings.levels,
      values: ticked([
        [item.levels.county, strings.levelCounty],
        [item.levels.township, strings.levelTownship],
      ]),
    },
  ];
}

/** A heading level the page can use: a whole number from 1 to 6; anything else gives 3. */
export function headingLevelOf(value: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return 3;
  return Math.min(6, Math.max(1, Math.round(n))) as 1 | 2 | 3 | 4 | 5 | 6;
}

/** The message of a card without an item: the line naming the problem and a hint. */
export function messageOf(
  state: Exclude<CardState, { kind: 'item' }>,
  { strings, format }: Pick<Localized<ItemCardStrings>, 'strings' | 'format'>,
): { title: string; hint?: string } {
  switch (state.kind) {
    case 'not-found': {
      const { ref, catalogue } = state;
      const seqs = catalogue.items.map((item) => item.seq).filter((seq) => Number.isFinite(seq));
      const title = ref.kind === 'seq' ? format(strings.notFoundSeq, { seq: ref.seq }) : format(strings.notFoundId, { id: ref.id });
      const hint =
        seqs.length === 0
          ? format(strings.notFoundHintEmpty, { title: catalogue.title })
          : // A loop, not Math.min(...seqs): spreading a large catalogue overflows the call stack.
            format(strings.notFoundHint, { title: catalogue.title, count: seqs.length, first: seqs.reduce((a, b) => Math.min(a, b)), last: seqs.reduce((a, b) => Math.max(a, b)) });
      return { title, hint };
    }
    case 'no-item':
      return { title: strings.noItem, hint: strings.noItemHint };
    case 'waiting':
      return { title: strings.waiting };
  }
}
