/**
 * Folding text for search, so that what a person types and what the catalogue prints compare equal
 * despite full/half-width forms (ＡＢＣ / ABC, １２ / 12), letter case, spaces and punctuation
 * (、 / , / ，, 《》 / <>).
 *
 * The folded text keeps, for every folded UTF-16 unit, where its character starts in the original,
 * because a match is found in folded text but highlighted in the original.
 */

/** A half-open range of UTF-16 offsets, `start` included, `end` excluded. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface NormalisedText {
  /** The original text. */
  readonly source: string;
  /** The folded text that search compares. */
  readonly text: string;
  /**
   * For each UTF-16 unit of `text`, the offset in `source` where the character it came from starts.
   * `null` when folding kept every position (`text[i]` came from `source[i]`), which is the common
   * case for Chinese text without spaces or punctuation; it saves an array per text.
   */
  readonly sourceStarts: Int32Array | null;
}

/**
 * Whitespace, punctuation (\p{P}: 、，。《》（）“” and their ASCII forms), `<` and `>` (Unicode calls
 * them math symbols, but the source prints `<城乡养老保险制度衔接暂行办法>` for 《…》), control and
 * format characters (zero-width space, BOM, soft hyphen) are ignored: people type "养老失业" for
 * "养老、失业", paste "《社会保险法》" while the data holds the title without brackets, and CMS
 * editors leave zero-width characters behind. Other symbols (+, ¥, ℃) and digits are kept.
 */
const IGNORED = /[\s\p{P}\p{Cc}\p{Cf}<>]/u;

/**
 * Code points below U+0080 other than A–Z, and the CJK Unified Ideographs block, are their own
 * NFKC form and lowercase form; checking that first avoids `String.prototype.normalize` for
 * almost every character of Chinese text.
 */
function foldsToItself(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint < 0x41 || codePoint > 0x5a;
  return codePoint >= 0x4e00 && codePoint <= 0x9fff;
}

/**
 * The folded form of one code point: NFKC (full-width → half-width, compatibility ideographs →
 * unified ones, ① → 1), lowercased, with ignored characters dropped. Folding code point by code
 * point, not the whole string, is what lets every folded unit point back to one source character.
 */
export function foldCodePoint(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  if (foldsToItself(codePoint)) return IGNORED.test(character) ? '' : character;
  const expanded = character.normalize('NFKC').toLowerCase();
  let folded = '';
  for (const part of expanded) {
    if (!IGNORED.test(part)) folded += part;
  }
  return folded;
}

/**
 * Whether folding leaves `source` as it is: only CJK Unified Ideographs, digits and lowercase
 * ASCII letters, the bulk of catalogue text. Checked first so such texts cost no allocation.
 */
function foldsUnchanged(source: string): boolean {
  for (let offset = 0; offset < source.length; offset++) {
    const unit = source.charCodeAt(offset);
    const unchanged = (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
    if (!unchanged) return false;
  }
  return true;
}

export function normalise(source: string): NormalisedText {
  if (foldsUnchanged(source)) return { source, text: source, sourceStarts: null };
  const foldedParts: string[] = [];
  // Offsets are collected into a plain array and only kept when folding moved a position.
  const starts: number[] = [];
  let positionsKept = true;
  let sourceOffset = 0;
  for (const character of source) {
    const folded = foldCodePoint(character);
    if (folded.length !== 1 || character.length !== 1) positionsKept = false;
    for (let unit = 0; unit < folded.length; unit++) starts.push(sourceOffset);
    foldedParts.push(folded);
    sourceOffset += character.length;
  }
  return { source, text: foldedParts.join(''), sourceStarts: positionsKept ? null : Int32Array.from(starts) };
}

/** The folded form of a query: the same folding as the searched text, without the offsets. */
export function normaliseQuery(query: string): string {
  let folded = '';
  for (const character of query) folded += foldCodePoint(character);
  return folded;
}

/** Where the folded units `start`..`end` (exclusive) came from in the original text. */
export function toSourceRange(normalised: NormalisedText, start: number, end: number): TextRange {
  const { source, sourceStarts } = normalised;
  if (sourceStarts === null) return { start, end };
  const lastStart = sourceStarts[end - 1];
  // The range ends after the whole last source character, which may be a surrogate pair.
  const lastLength = (source.codePointAt(lastStart) ?? 0) > 0xffff ? 2 : 1;
  return { start: sourceStarts[start], end: lastStart + lastLength };
}
