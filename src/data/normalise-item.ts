import type { CatalogueItem } from './types.js';

/**
 * The lenient reading of one item object a developer passes directly (`<si-item-card>`'s
 * `itemData`), as opposed to the validator's strict one for whole catalogues.
 */

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
