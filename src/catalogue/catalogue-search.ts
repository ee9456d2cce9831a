import type { ReactiveControllerHost } from 'lit';
import type { Catalogue, CatalogueItem } from '../data/types.js';
import type { FieldMatch } from '../search/match.js';
import type { TextRange } from '../search/normalise.js';
import type { RankedResult } from '../search/rank.js';
import { lazyChunk } from '../internal/lazy-chunk.js';
import { devWarn } from '../internal/warn.js';
import type { SearchEngine } from './search-engine.js';

/** What one query found in one catalogue. */
export interface SearchOutcome {
  /** Matching items, best first. */
  readonly ranked: readonly RankedResult<CatalogueItem>[];
  /** The same results by item, for highlights and the official-order view. */
  readonly byItem: ReadonlyMap<CatalogueItem, RankedResult<CatalogueItem>>;
  /** When nothing matched: the closest items, best first. */
  readonly closest: readonly CatalogueItem[];
  /** The search chunk has not arrived yet: the rows are shown unsearched, and the count says so. */
  readonly preparing?: true;
}

/** The search chunk (search-engine.ts), as its dynamic import resolves. */
export interface SearchEngineModule {
  readonly SearchEngine: typeof SearchEngine;
}

export interface CatalogueSearchOptions {
  /** Loads the search chunk; by default its dynamic import. Tests inject a failing one. */
  readonly load?: () => Promise<SearchEngineModule>;
}

/**
 * The 常用查询 chips shown by default: the lexicon's `popular` (src/data/search-lexicon.json),
 * kept here so the chips are drawn with the first render, before the search chunk arrives
 * (test/search-lexicon.test.ts checks the two agree).
 */
export const DEFAULT_POPULAR_SEARCHES: readonly string[] = ['社保卡丢了', '养老金认证', '办退休', '失业金', '丧葬费', '社保缴费记录'];

const whenIdle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 50);
};

/** The search chunk: elements created after it arrived search from their first render. */
const engineChunk = lazyChunk<SearchEngineModule>(() => import('./search-engine.js'));

/**
 * Starts loading the search chunk (once per page); elements created after it settles search from
 * their first render. Rejects if it cannot load.
 */
export function preloadSearch(): Promise<void> {
  return engineChunk.load().then(() => undefined);
}

/**
 * Search over one catalogue for an element. The implementation (index, lexicon, pinyin tables) is
 * a separate chunk, search-engine.ts, imported at idle right after the first render (`prepare`,
 * with a timeout so it always starts), or at once when a query needs it first; the same idle
 * moment then builds the index, so the first keystroke costs what later ones do. Until the chunk
 * arrives a query shows every row the filters pass, `preparing`, and the host renders again
 * when it arrives; if it cannot load (404, offline, CSP), queries fall back to a plain substring
 * match over the official wording, with one warning.
 */
export class CatalogueSearch {
  private engine: SearchEngine | undefined;
  private loading: Promise<void> | undefined;
  private failed = false;
  private wanted: Catalogue | undefined;
  private fallbackCache: { catalogue: Catalogue; query: string; outcome: SearchOutcome } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CatalogueSearchOptions = {},
  ) {
    if (engineChunk.arrived !== undefined && options.load === undefined) this.adopt(engineChunk.arrived);
  }

  private adopt({ SearchEngine }: SearchEngineModule): void {
    this.engine = new SearchEngine(() => this.host.requestUpdate());
    this.loading = Promise.resolve();
  }

  /**
   * Settles once the search chunk has arrived (or failed to, leaving the fallback match); starts
   * loading it if it has not started.
   */
  get ready(): Promise<void> {
    return this.load();
  }

  private load(): Promise<void> {
    this.loading ??= (this.options.load ?? engineChunk.load)().then(
      (module) => {
        this.adopt(module);
        if (this.wanted !== undefined) this.engine?.prepare(this.wanted);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.failed = true;
        devWarn('the search code could not be loaded; searches match the official wording as written.', { key: 'search unavailable', detail: error });
        this.host.requestUpdate();
      },
    );
    return this.loading;
  }

  /** Loads the search and builds the searcher for `catalogue` at the next idle moment. */
  prepare(catalogue: Catalogue): void {
    if (this.wanted === catalogue) return;
    this.wanted = catalogue;
    whenIdle(() => {
      if (this.engine !== undefined) this.engine.prepare(catalogue);
      else void this.load();
    });
  }

  /** The popular searches for the chips: the catalogue's own, else the lexicon's. */
  popularSearches(catalogue: Catalogue): readonly string[] {
    return catalogue.popularSearches ?? DEFAULT_POPULAR_SEARCHES;
  }

  /** The chips for a `popular-searches` attribute: its list (`none`: none), or when empty {@link popularSearches}. */
  popularFor(catalogue: Catalogue, attribute: string): readonly string[] {
    const own = attribute.trim();
    if (own === 'none') return [];
    return own === ''
      ? this.popularSearches(catalogue)
      : own
          .split(/[,，、]/)
          .map((text) => text.trim())
          .filter(Boolean);
  }

  /**
   * The outcome of a query, or undefined for an empty query (every item, in catalogue order);
   * `preparing` while the search chunk is on its way.
   */
  match(catalogue: Catalogue, query: string): SearchOutcome | undefined {
    if (query.trim() === '') return undefined;
    if (this.engine !== undefined) return this.engine.match(catalogue, query);
    if (this.failed) return this.fallback(catalogue, query);
    void this.load();
    return PREPARING;
  }

  private fallback(catalogue: Catalogue, query: string): SearchOutcome {
    const cached = this.fallbackCache;
    if (cached?.catalogue === catalogue && cached.query === query) return cached.outcome;
    const outcome = substringOutcome(catalogue.items, query);
    this.fallbackCache = { catalogue, query, outcome };
    return outcome;
  }
}

const PREPARING: SearchOutcome = { ranked: [], byItem: new Map(), closest: [], preparing: true };

/** Ranges of `needle` (lower-cased) in `text`. */
function rangesOf(text: string, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  const folded = text.toLowerCase();
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) ranges.push({ start: at, end: at + needle.length });
  return ranges;
}

/** The fallback without the search chunk: items whose name or content contains the query as typed (case aside), in catalogue order. */
export function substringOutcome(items: readonly CatalogueItem[], query: string): SearchOutcome {
  const needle = query.trim().toLowerCase();
  const ranked: RankedResult<CatalogueItem>[] = [];
  items.forEach((item, itemIndex) => {
    const matches: FieldMatch[] = [];
    const name = rangesOf(item.name, needle);
    if (name.length > 0) matches.push({ field: 'name', entry: 0, ranges: name });
    item.content.forEach((text, entry) => {
      const ranges = rangesOf(text, needle);
      if (ranges.length > 0) matches.push({ field: 'content', entry, ranges });
    });
    if (matches.length > 0) ranked.push({ item, itemIndex, matches, score: 1, termsMatched: 1 });
  });
  return { ranked, byItem: new Map(ranked.map((result) => [result.item, result] as const)), closest: [] };
}

/** How long typing must pause before the result count is announced. */
const ANNOUNCE_AFTER_MS = 700;

/**
 * The text of the element's live region: it takes the shown count once it has stayed the same
 * for ANNOUNCE_AFTER_MS, so a screen reader hears one count when typing pauses, not one per
 * keystroke (and nothing while an IME composes, since the count does not change then).
 */
export class SearchAnnouncer {
  /** What the live region says now. */
  text = '';
  private pending: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Called with the shown count on every render; announces it once it settles. */
  follow(shown: string): void {
    // The first count is the page's initial state, not the result of typing: not announced.
    if (this.pending === undefined) this.text = shown;
    if (shown === this.pending) return;
    this.pending = shown;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.text === shown) return;
      this.text = shown;
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
  }
}

/**
 * The items to show: those passing the filters and the search, best first while searching
 * unless `officialOrder`, otherwise (and with no query) in catalogue order.
 */
export function orderedMatches(
  items: readonly CatalogueItem[],
  outcome: SearchOutcome | undefined,
  passes: (item: CatalogueItem) => boolean,
  officialOrder: boolean,
): CatalogueItem[] {
  if (outcome === undefined || outcome.preparing) return items.filter(passes);
  if (officialOrder) return items.filter((item) => outcome.byItem.has(item) && passes(item));
  return outcome.ranked.map((result) => result.item).filter(passes);
}
