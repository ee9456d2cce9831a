import type { ItemCardStrings } from './item-card.strings.js';

// Loaded only when an element's language needs it (lazyTranslations in item-card.strings.ts), so
// zh-CN pages do not carry it.
/** English. */
export const en: ItemCardStrings = {
  seq: 'No. {seq}',
  local: 'Added locally',
  content: 'Content',
  basis: 'Legal basis',
  basisTitle: '“{title}”',
  subject: 'Responsible body',
  channels: 'Channels and carriers',
  deadline: 'Time limit',
  attributes: 'Audience, method and level',
  audience: 'Audience',
  audiencePublic: 'General public',
  audienceSpecific: 'Specific groups',
  method: 'Method',
  methodProactive: 'Proactive',
  methodOnRequest: 'On request',
  levels: 'Level',
  levelCounty: 'County',
  levelTownship: 'Township and village',
  labelSeparator: ': ',
  valueSeparator: ' / ',
  contentSeparator: ';',
  none: 'Not marked',
  notFoundSeq: 'No item with number {seq} was found',
  notFoundId: 'No item with id “{id}” was found',
  notFoundHint: 'Check the item attribute: “{title}” has {count} {count:item|items}, numbered {first}–{last}.',
  notFoundHintEmpty: '“{title}” has no items.',
  noItem: 'No item chosen',
  noItemHint: 'Set the item attribute to an item’s number (e.g. item="3") or id.',
  waiting: 'The catalogue data is not ready yet, so this item cannot be shown.',
};
