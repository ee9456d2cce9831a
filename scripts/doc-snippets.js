// The HTML snippets the README and docs/*.md show to CMS editors and site administrators, read
// from the Markdown itself, so a snippet added to the docs is tested in every editor
// (test/editors/), checked for the files it references (test/node/doc-snippets.test.js) and
// listed in the kit's 使用说明.html without a second copy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `article`: goes into a rich-text editor (elements, the bundle's `<script src>`, plain links).
 * `template`: contains an inline `<script>` (litNonce, registerHolidays()): site-wide, it belongs in
 * the page template, not in an article.
 */
export function snippetKind(html) {
  return /<script\b(?![^>]*\bsrc=)[^>]*>/i.test(html) ? 'template' : 'article';
}

/** Every ```html fence of one Markdown text, with its 1-based line and kind. */
export function extractSnippets(markdown, file) {
  const snippets = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^(\s*)```html\s*$/.exec(lines[index]);
    if (!open) continue;
    const indent = open[1].length;
    const body = [];
    let end = index + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) {
      body.push(lines[end].slice(Math.min(indent, lines[end].length - lines[end].trimStart().length)));
      end += 1;
    }
    const html = body.join('\n').trim();
    snippets.push({ file, line: index + 1, html, kind: snippetKind(html) });
    index = end;
  }
  return snippets;
}

/** The Markdown files whose snippets are documented: README.md and docs/*.md. */
export function documentationFiles(root) {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

/** All snippets of README.md and docs/*.md, in file order. */
export function documentedSnippets(root) {
  return documentationFiles(root).flatMap((file) => extractSnippets(readFileSync(join(root, file), 'utf8'), file));
}
