// End-to-end: axe-core over every story of the built Storybook, in Debian's headless Chromium
// (playwright-core, no browser download). Any violation fails, listed by story id and rule.
// The Gallery stories are also checked in every theme and language (toolbar globals).
//   npm run build-storybook && node --test test/e2e/storybook-a11y.test.js
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome.js';
import { startServer } from '../../scripts/serve.js';
import { newerSource, skipWithoutStorybook as skip, staticDir } from './storybook-build.js';

/** Rules about a whole page, which a component shown alone in a story cannot meet or break. */
const PAGE_LEVEL_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];

/** How long a story may keep loading (a `src` fetch) before axe runs anyway. */
const SETTLE_LIMIT_MS = 3000;

const THEMES = ['default', 'red', 'blue', 'elder', 'high-contrast'];
const LANGUAGES = ['zh-TW', 'en'];

function storyIds() {
  const { entries } = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  return Object.values(entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
}

/** In the story iframe: waits until every si-* element (in any shadow root) has rendered and loaded. */
async function settle(limit) {
  const deadline = performance.now() + limit;
  const poll = () => new Promise((resolve) => setTimeout(resolve, 50));
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));
  const elements = () => {
    const found = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName.startsWith('si-')) found.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  };
  while (performance.now() < deadline) {
    const all = elements();
    await Promise.all(all.map((element) => element.updateComplete));
    const busy = all.some((element) => element.shadowRoot?.querySelector('[aria-busy="true"]'));
    if (!busy) break;
    await poll();
  }
  // What the last renders queued (slot and context observers), then their updates.
  await nextTask();
  await Promise.all(elements().map((element) => element.updateComplete));
}

describe('axe over every story of the built Storybook', { skip }, () => {
  let server;
  let browser;
  let page;
  const axeSource = !skip ? readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') : '';

  before(async () => {
    const stale = newerSource();
    assert.equal(stale, undefined, `storybook-static is older than ${stale}: run "npm run build-storybook" again`);
    server = await startServer({ root: staticDir });
    browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Shows a story in the already loaded preview through Storybook's channel (no page reload). */
  async function show(id, globals) {
    const loaded = await page.evaluate(() => '__STORYBOOK_ADDONS_CHANNEL__' in window && 'axe' in window);
    if (!loaded) {
      // a11y.manual: the addon's own axe run stays off, so ours (node_modules/axe-core) runs alone.
      await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`);
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, { timeout: 20000 });
      await page.addScriptTag({ content: axeSource });
    }
    await page.evaluate(
      ([storyId, wanted]) =>
        new Promise((resolve, reject) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const events = {
            storyRendered: () => finish(resolve),
            storyErrored: (error) => finish(() => reject(new Error(`${storyId}: ${error?.title ?? 'story errored'}`))),
            storyThrewException: (error) => finish(() => reject(new Error(`${storyId}: ${error?.message ?? 'story threw'}`))),
            storyMissing: () => finish(() => reject(new Error(`${storyId}: story missing`))),
          };
          const finish = (then) => {
            for (const [name, handler] of Object.entries(events)) channel.off(name, handler);
            then();
          };
          for (const [name, handler] of Object.entries(events)) channel.on(name, handler);
          channel.emit('updateGlobals', { globals: { siTheme: 'default', siLang: 'zh-CN', ...wanted } });
          channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }),
      [id, globals ?? {}],
    );
    await page.evaluate(settle, SETTLE_LIMIT_MS);
    // The decorator's wrapper shows which theme and language the story was audited in.
    const shown = await page.evaluate(() => {
      const wrapper = document.querySelector('#storybook-root .si-story');
      return { siTheme: wrapper?.getAttribute('data-si-theme'), siLang: wrapper?.getAttribute('lang') };
    });
    assert.deepEqual(shown, { siTheme: 'default', siLang: 'zh-CN', ...globals }, `${id}: toolbar globals not applied`);
  }

  /** Violations of one story as "story-id: rule (n nodes: first target) – help". */
  async function audit(id, globals) {
    await show(id, globals);
    const violations = await page.evaluate(async (disabled) => {
      const result = await window.axe.run(
        { include: [['#storybook-root']] },
        { rules: Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }])), resultTypes: ['violations'] },
      );
      return result.violations.map((violation) => ({
        rule: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' >>> ')),
      }));
    }, PAGE_LEVEL_RULES);
    const label = globals ? `${id} ${JSON.stringify(globals)}` : id;
    return violations.map((violation) => `${label}: ${violation.rule} (${violation.nodes.length} nodes: ${violation.nodes[0]}) – ${violation.help}`);
  }

  it('finds no violation in any story', { timeout: 240000 }, async () => {
    const ids = storyIds();
    assert.ok(ids.length > 10, `only ${ids.length} stories in index.json`);
    const failures = [];
    for (const id of ids) failures.push(...(await audit(id)));
    assert.deepEqual(failures, [], `${failures.length} violations:\n${failures.join('\n')}`);
  });

  it('finds no violation in the gallery in any theme or language', { timeout: 120000 }, async () => {
    const gallery = storyIds().filter((id) => id.startsWith('design-kit-gallery--'));
    assert.ok(gallery.length > 0, 'no Design kit/Gallery stories');
    const failures = [];
    for (const id of gallery) {
      for (const theme of THEMES) failures.push(...(await audit(id, { siTheme: theme })));
      for (const lang of LANGUAGES) failures.push(...(await audit(id, { siLang: lang })));
    }
    assert.deepEqual(failures, [], `${failures.length} violations:\n${failures.join('\n')}`);
  });
});
