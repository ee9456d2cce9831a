import { html, nothing, type TemplateResult } from 'lit';
import type { CatalogueItem } from '../../data/types.js';
import type { SearchField } from '../../search/search-index.js';
import type { Localized } from '../../utilities/localize.js';
import type { CatalogueStrings } from './catalogue.strings.js';
import type { LeafColumn } from './columns.js';
import { renderBadgeList } from '../../internal/badge-list.js';

/** Draws one searchable string, with the current search's matches marked. */
type Highlighter = (item: CatalogueItem, field: SearchField, entry: number, text: string) => unknown;

/** What a cell renderer needs beyond the item: search marks and the item's name control. */
export interface CellContext {
  highlight: Highlighter;
  /** The item name as text, link or button, already highlighted. */
  renderName: (item: CatalogueItem) => unknown;
  /** The item's actions (办事信息: 服务指南, 网上办理, 咨询电话, …; src/internal/item-actions.ts), or nothing. */
  renderActions?: (item: CatalogueItem) => unknown;
  /** The element's UI strings in its language. */
  l10n: Localized<CatalogueStrings>;
  /** `lang` for data cells when the interface is not in the data's language (else undefined). */
  dataLang?: string;
}

/** A catalogue tick (√) as a check mark people see and 是/否 screen readers announce. */
function renderTick(value: boolean, strings: CatalogueStrings, uiLang?: string): TemplateResult {
  // Inside data marked with another lang, 是/否 (Yes/No) carry the interface's own.
  if (uiLang !== undefined) {
    return value
      ? html`<span class="tick" aria-hidden="true">✓</span><span class="visually-hidden" lang=${uiLang}>${strings.yes}</span>`
      : html`<span class="visually-hidden" lang=${uiLang}>${strings.no}</span>`;
  }
  return value
    ? html`<span class="tick" aria-hidden="true">✓</span><span class="visually-hidden">${strings.yes}</span>`
    : html`<span class="visually-hidden">${strings.no}</span>`;
}

/** The boolean a tick column shows for an item. */
export function tickValue(item: CatalogueItem, column: LeafColumn): boolean {
  if (column.tick === undefined) return false;
  const group = item[column.tick.field] as unknown as Record<string, boolean>;
  return group[column.tick.key] === true;
}

/** The inner content of a non-tick, non-header cell, shared by the table and the cards. */
export function renderCellContent(item: CatalogueItem, column: LeafColumn, context: CellContext): unknown {
  switch (column.kind) {
    case 'seq':
      return item.seq;
    case 'group':
      return context.highlight(item, 'group', 0, item.group);
    case 'name':
      return context.renderName(item);
    case 'list':
      return item.content.length === 0
        ? nothing
        : // No whitespace around the items: `si-catalogue render` writes this list for every row.
          html`<ul class="content-list">${item.content.map((entry, index) => html`<li>${context.highlight(item, 'content', index, entry)}</li>`)}</ul>`;
    case 'basis':
      return item.basis.length === 0
        ? nothing
        : html`<ul class="basis-list">${item.basis.map((entry, index) => html`<li>《${context.highlight(item, 'basis', index, entry)}》</li>`)}</ul>`;
    case 'deadline':
      // The printed wording, faithful to the source; <si-deadline> explains it in item cards.
      return item.deadline.text;
    case 'text':
      return item.subject;
    case 'channels':
      // Unnamed: the cell (or card value) is labelled by its header, and named by its channels.
      return renderBadgeList(item.channels, { size: 's' });
    case 'tick':
      return renderTick(tickValue(item, column), context.l10n.strings, context.dataLang === undefined ? undefined : context.l10n.formatLocale);
  }
}

/** Plain text of a cell, for CSV export: the printed wording, ticks as √. */
export function cellText(item: CatalogueItem, column: LeafColumn): string {
  switch (column.kind) {
    case 'seq':
      return String(item.seq);
    case 'group':
      return item.group;
    case 'name':
      return item.name;
    case 'list':
      return item.content.join('\n');
    case 'basis':
      return item.basis.map((title) => `《${title}》`).join('、');
    case 'deadline':
      return item.deadline.text;
    case 'text':
      return item.subject;
    case 'channels':
      return item.channels.join('、');
    case 'tick':
      return tickValue(item, column) ? '√' : '';
  }
}
