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
