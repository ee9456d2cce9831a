/**
 * What `<si-item-card>` shows, worked out without touching the DOM (so it is unit-testable and
 * safe on a server): the item in scope, the guide link, the labelled chips, the heading level.
 */
import { findItem, parseItemRef, type ItemRef } from '../../data/find-item.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';
import { toItem } from '../../data/normalise-item.js';
import type { CatalogueInScope } from '../../internal/catalogue-consumer.js';
import type { Localized } from '../../utilities/localize.js';
import type { ItemCardStrings } from './item-card.strings.js';

/** The card's state: an item to show, or why there is none. */
export type CardState =
  { kind: 'item'; item: CatalogueItem } | { kind: 'not-found'; ref: ItemRef; catalogue: Catalogue } | { kind: 'no-item' } | { kind: 'waiting' };

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
            format(strings.notFoundHint, {
              title: catalogue.title,
              count: seqs.length,
              first: seqs.reduce((a, b) => Math.min(a, b)),
              last: seqs.reduce((a, b) => Math.max(a, b)),
            });
      return { title, hint };
    }
    case 'no-item':
      return { title: strings.noItem, hint: strings.noItemHint };
    case 'waiting':
      return { title: strings.waiting };
  }
}
