import type { ComplexAttributeConverter } from 'lit';

/** Separators an editor may use in a list attribute: ASCII or full-width comma, 、 or ;. */
const LIST_SEPARATORS = /[,，、;；\n]/;

/** Splits an editor-written list ("政府网站、政务服务中心") into trimmed, non-empty entries. */
export function parseList(value: string | null | undefined): string[] {
  if (value == null) return [];
  return value
    .split(LIST_SEPARATORS)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Lit attribute converter for string-array properties written as lists in HTML. */
export const listConverter: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) => parseList(value),
  toAttribute: (value) => (value ?? []).join(','),
};
