// The HTML part of a paste, as browsers put it on the clipboard: a copied selection arrives as a
// whole document (`<html><body><!--StartFragment-->…<!--EndFragment-->`), a paste from a code
// view or another editor as the bare fragment.

/** The pasted fragment without the document wrapper and fragment markers browsers add. */
export function clipboardFragment(html: string): string {
  const start = html.indexOf('<!--StartFragment-->');
  const end = html.indexOf('<!--EndFragment-->');
  if (start !== -1 && end > start) return html.slice(start + '<!--StartFragment-->'.length, end);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return (body ? body[1]! : html).replace(/^\s*<meta[^>]*>/i, '');
}

/** Text that is itself a snippet: markup starting with a tag, with an si-* element or the bundle's script. */
function isSnippetText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith('<') && /<(si-[a-z]|script\b[^>]*si-catalogue)/i.test(trimmed);
}

/**
 * The si-* markup a paste carries, or null: its HTML when that has si-* elements or the bundle's
 * script; else its plain text when that is a snippet, as when someone copies a code block of the
 * docs or a Storybook copy button (the HTML is then escaped code, which would become text).
 */
export function siSnippetFromClipboard(data: Pick<DataTransfer, 'getData'> | null | undefined, hasSiMarkup: (html: string) => boolean): string | null {
  if (!data) return null;
  const html = data.getData('text/html');
  if (html && hasSiMarkup(html)) return clipboardFragment(html);
  const text = data.getData('text/plain');
  return text && isSnippetText(text) ? text : null;
}
