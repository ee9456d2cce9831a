import type { Catalogue, CatalogueItem } from './types.js';

/** How an item is referred to: by its printed 序号, or by its stable `id`. */
export type ItemRef = { kind: 'seq'; seq: number; text: string } | { kind: 'id'; id: string; text: string };

/** Full-width digits an editor may type in Chinese input mode (`１２`). */
const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Reads an item reference as an editor writes it: a whole positive number (`3`, ` 03 `, `３`)
 * is a 序号; anything else is an id (`enterprise-registration`). Empty input gives undefined.
 */
export function parseItemRef(ref: string | number | null | undefined): ItemRef | undefined {
  if (ref == null) return undefined;
  if (typeof ref === 'number') {
    return Number.isInteger(ref) && ref > 0 ? { kind: 'seq', seq: ref, text: String(ref) } : { kind: 'id', id: String(ref), text: String(ref) };
  }
  const text = String(ref).trim();
  if (text === '') return undefined;
  const digits = text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(digits) && Number(digits) > 0 && Number.isSafeInteger(Number(digits))) {
    return { kind: 'seq', seq: Number(digits), text };
  }
  return { kind: 'id', id: text, text };
}

/**
 * Finds an item in a catalogue by 序号 (a number, or a string of digits) or by id.
 *
 * A string of digits is looked up as a 序号 first and then as an id, so a catalogue whose ids
 * happen to be numbers still works. An id matches exactly, then case-insensitively. Never
 * throws: a missing catalogue, malformed items or an empty reference give `undefined`.
 */
export function findItem(catalogue: Catalogue | null | undefined, ref: string | number): CatalogueItem | undefined {
  const items: unknown = catalogue?.items;
  if (!Array.isArray(items)) return undefined;
  const parsed = parseItemRef(ref);
  if (parsed === undefined) return undefined;
  const valid = (items as unknown[]).filter(isItemLike);
  if (parsed.kind === 'seq') {
    return valid.find((item) => item.seq === parsed.seq) ?? valid.find((item) => item.id === parsed.text);
  }
  const lower = parsed.id.toLowerCase();
  return valid.find((item) => item.id === parsed.id) ?? valid.find((item) => item.id.toLowerCase() === lower);
}

function isItemLike(value: unknown): value is CatalogueItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Partial<CatalogueItem>;
  return typeof item.id === 'string' && typeof item.seq === 'number';
}
