// End-to-end: the demo pages, which sites copy, pass axe-core in every theme and in both a
// Chinese and an English interface, and their heading outline (through the components' shadow
// roots, from Chromium's accessibility tree) never skips a level going down.
//   npx vite build --mode bundle && node --test test/e2e/a11y-demo.test.js
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { openBrowser } from './browser.js';
import { applyThemeAndLang, openPage, THEMES } from './a11y-helpers.js';

const PAGES = ['/demo/', '/demo/township.html', '/demo/item.html', '/demo/csp.html', '/demo/double-load.html'];
const LANGUAGES = ['zh-CN', 'en'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Violations on the whole page as "rule (n nodes: first target) – help". */
async function audit(page) {
  // Evaluated, not added as a <script>: csp.html's policy forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' >>> ')),
    }));
  });
  return violations.map((violation) => `${violation.rule} (${violation.nodes.length} nodes: ${violation.nodes[0]}) – ${violation.help}`);
}

/** The page's headings in reading order, through shadow roots: [level, name]. */
async function outline(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const headings = [];
  const visit = (node) => {
    if (!node.ignored && node.role?.value === 'heading') {
      const level = node.properties?.find((property) => property.name === 'level')?.value.value;
      headings.push([level, node.name?.value ?? '']);
    }
    for (const id of node.childIds ?? []) if (byId.has(id)) visit(byId.get(id));
  };
  visit(nodes.find((node) => !node.parentId) ?? nodes[0]);
  return headings;
}

/**
 * In the page: the headings in the composed tree's order, each with the component whose shadow
 * root draws it (light-DOM children are visited where their slot places them).
 */
function composedHeadings() {
  const headings = [];
  const visit = (node, host) => {
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const level = /^h[1-6]$/.test(node.localName)
        ? Number(node.localName[1])
        : node.getAttribute('role') === 'heading'
          ? Number(node.getAttribute('aria-level') ?? 2)
          : 0;
      if (level > 0 && node.checkVisibility())
        headings.push({ level, name: node.textContent.replace(/\s+/g, ' ').trim(), host: host?.id || host?.localName || '' });
    }
    const children = node.shadowRoot
      ? node.shadowRoot.childNodes
      : node.localName === 'slot' && node.assignedNodes().length > 0
        ? node.assignedNodes()
        : node.childNodes;
    for (const child of children) visit(child, node.shadowRoot ? node : host);
  };
  visit(document.body, undefined);
  return headings;
}

describe('the demo pages', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const path of PAGES) {
    it(`${path} passes axe in every theme and in zh-CN and en`, { timeout: 180000 }, async () => {
      const { page, log } = await openPage(session, path);
      await page.waitForLoadState('networkidle');
      const failures = [];
      for (const theme of THEMES) {
        for (const lang of LANGUAGES) {
          await applyThemeAndLang(page, theme, lang);
          for (const failure of await audit(page)) failures.push(`${theme} ${lang}: ${failure}`);
        }
      }
      assert.deepEqual(failures, [], `${failures.length} violations on ${path}:\n${failures.join('\n')}`);
      assert.deepEqual(log.errors, []);
      await page.close();
    });

    it(`${path} has a heading outline that never skips a level and puts each component below its page heading`, async () => {
      const { page } = await openPage(session, path);
      await page.waitForLoadState('networkidle');
      const headings = await outline(page);
      const skips = [];
      headings.forEach(([level, name], index) => {
        const previous = index === 0 ? 0 : headings[index - 1][0];
        if (level > previous + 1) skips.push(`h${level} "${name}" after h${previous} "${headings[index - 1]?.[1] ?? ''}"`);
      });
      if (process.env.A11Y_FIGURES) console.log(`# ${path}: ${headings.map(([level, name]) => `${'  '.repeat(level - 1)}h${level} ${name}`).join('\n# ')}`);
      assert.ok(headings.length > 0 && headings[0][0] === 1, 'the page starts with an h1');
      assert.deepEqual(skips, []);
      // A component's headings sit below the page heading it is placed under.
      const composed = await page.evaluate(composedHeadings);
      const above = [];
      composed.forEach((heading, index) => {
        if (heading.host === '' || composed[index - 1]?.host === heading.host) return;
        const pageHeading = composed.slice(0, index).findLast((previous) => previous.host !== heading.host);
        if (pageHeading !== undefined && heading.level <= pageHeading.level && pageHeading.host === '') {
          above.push(`${heading.host}'s h${heading.level} "${heading.name}" is not below the page's h${pageHeading.level} "${pageHeading.name}"`);
        }
      });
      assert.deepEqual(above, []);
      await page.close();
    });
  }
});
