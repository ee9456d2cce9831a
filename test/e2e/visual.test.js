// Visual regression: screenshots of key stories of the built Storybook in every theme at 360 px
// and 1280 px, compared with the committed baselines in test/e2e/baselines/ with a small
// tolerance. Needs the CJK fonts (Debian: fonts-noto-cjk) so Chinese text renders the same.
//   npm run build-storybook && node --test test/e2e/visual.test.js
//   UPDATE_BASELINES=1 node --test test/e2e/visual.test.js     (after an intended change)
// No pixelmatch or pngjs in node_modules: the PNGs are decoded and compared in the browser
// (createImageBitmap + canvas), so the check needs nothing beyond playwright-core.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome.js';
import { startServer } from '../../scripts/serve.js';
import { repoRoot } from './browser.js';
import { newerSource, skipWithoutStorybook as skip, staticDir } from './storybook-build.js';

const baselineDir = join(repoRoot, 'test/e2e/baselines');
const resultDir = join(repoRoot, 'test-results/visual');
const update = process.env.UPDATE_BASELINES === '1';

/** A pixel counts as changed when a channel moves more than this (anti-aliasing stays under it). */
const CHANNEL_TOLERANCE = 48;
/** The share of changed pixels a screenshot may have (font hinting differences between machines). */
const MAX_CHANGED_RATIO = 0.004;

const THEMES = ['default', 'red', 'blue', 'elder', 'high-contrast'];
const WIDTHS = [360, 1280];

/** 16 screenshots: the gallery in every theme and width, the toolbar, and two languages. */
const SHOTS = [
  ...THEMES.flatMap((theme) => WIDTHS.map((width) => ({ story: 'design-kit-gallery--all-components', theme, width }))),
  ...['default', 'elder'].flatMap((theme) => WIDTHS.map((width) => ({ story: 'design-kit-gallery--toolbar', theme, width }))),
  { story: 'design-kit-gallery--all-components', theme: 'default', lang: 'en', width: 1280 },
  { story: 'design-kit-gallery--all-components', theme: 'default', lang: 'zh-TW', width: 360 },
];

function shotName({ story, theme, lang = 'zh-CN', width }) {
  return `${story.replace('design-kit-gallery--', 'gallery-')}.${theme}.${lang}.${width}`;
}

/** In a blank page: decodes two PNGs and counts the pixels that differ beyond the tolerance. */
async function comparePngs(actualBase64, baselineBase64, tolerance) {
  const decode = async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [a, b] = await Promise.all([decode(actualBase64), decode(baselineBase64)]);
  if (a.width !== b.width || a.height !== b.height) {
    return { sizeMismatch: `${a.width}×${a.height} vs baseline ${b.width}×${b.height}` };
  }
  const diff = new ImageData(a.width, a.height);
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const delta = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2]));
    if (delta > tolerance) {
      changed += 1;
      diff.data.set([255, 0, 0, 255], i);
    } else {
      const grey = 255 - (255 - a.data[i + 1]) / 4;
      diff.data.set([grey, grey, grey, 255], i);
    }
  }
  let diffPng;
  if (changed > 0) {
    const canvas = new OffscreenCanvas(a.width, a.height);
    canvas.getContext('2d').putImageData(diff, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    diffPng = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
  }
  return { changed, total: a.width * a.height, diffPng };
}

describe('visual check of key stories in every theme', { skip }, () => {
  let server;
  let browser;
  /** A blank page that decodes and compares PNGs. */
  let comparer;

  before(async () => {
    const stale = newerSource();
    assert.equal(stale, undefined, `storybook-static is older than ${stale}: run "npm run build-storybook" again`);
    server = await startServer({ root: staticDir });
    browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
    comparer = await browser.newPage();
    await comparer.evaluate(`window.comparePngs = ${comparePngs.toString()}`);
    mkdirSync(resultDir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a story with toolbar globals and waits until every si-* element has rendered. */
  async function openStory(page, { story, theme = 'default', lang = 'zh-CN' }) {
    const globals = `a11y.manual:!true;siTheme:${theme};siLang:${lang}`;
    await page.goto(`${server.url}/iframe.html?id=${story}&viewMode=story&globals=${globals}`);
    await page.waitForFunction(() => document.querySelector('#storybook-root .si-story') !== null, null, { timeout: 20000 });
    await page.evaluate(async () => {
      const elements = [];
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.startsWith('si-')) elements.push(element);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      for (let round = 0; round < 3; round++) {
        elements.length = 0;
        visit(document);
        await Promise.all(elements.map((element) => element.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      }
      await document.fonts.ready;
    });
  }

  function compare(actual, baseline) {
    return comparer.evaluate(
      ([x, y, tolerance]) => window.comparePngs(x, y, tolerance),
      [actual.toString('base64'), baseline.toString('base64'), CHANNEL_TOLERANCE],
    );
  }

  for (const shot of SHOTS) {
    const name = shotName(shot);
    it(`${name} matches its baseline`, async () => {
      const page = await browser.newPage({ viewport: { width: shot.width, height: 800 } });
      try {
        await openStory(page, shot);
        const actual = await page.locator('#storybook-root').screenshot({ animations: 'disabled', caret: 'hide' });
        const baselineFile = join(baselineDir, `${name}.png`);
        if (update) {
          mkdirSync(baselineDir, { recursive: true });
          writeFileSync(baselineFile, actual);
          return;
        }
        writeFileSync(join(resultDir, `${name}.actual.png`), actual);
        assert.ok(existsSync(baselineFile), `no baseline ${baselineFile}: run with UPDATE_BASELINES=1 and commit it`);
        const result = await compare(actual, readFileSync(baselineFile));
        assert.equal(result.sizeMismatch, undefined, `${name}: size ${result.sizeMismatch} (see ${resultDir})`);
        if (result.diffPng) writeFileSync(join(resultDir, `${name}.diff.png`), Buffer.from(result.diffPng, 'base64'));
        const ratio = result.changed / result.total;
        assert.ok(
          ratio <= MAX_CHANGED_RATIO,
          `${name}: ${result.changed} pixels (${(ratio * 100).toFixed(2)} %) differ from the baseline; see ${resultDir}/${name}.diff.png`,
        );
      } finally {
        await page.close();
      }
    });
  }

  it('applies the high-contrast colours when the system asks for more contrast', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      const headerBackground = () =>
        page.evaluate(() => {
          const catalogue = document.querySelector('si-catalogue');
          return getComputedStyle(catalogue.shadowRoot.querySelector('thead th')).backgroundColor;
        });
      await openStory(page, { story: 'design-kit-gallery--all-components' });
      assert.equal(await headerBackground(), 'rgb(27, 79, 143)');
      await page.emulateMedia({ contrast: 'more' });
      assert.equal(await headerBackground(), 'rgb(0, 45, 98)');
    } finally {
      await page.close();
    }
  });

  it('keeps borders and drops shadows in forced colours (Windows high contrast)', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      await openStory(page, { story: 'design-kit-gallery--all-components' });
      const look = await page.evaluate(() => {
        const catalogue = document.querySelector('si-catalogue');
        const card = catalogue.shadowRoot.querySelector('.card');
        const badge = document.querySelector('si-channel-badges').shadowRoot.querySelector('.badge');
        return { cardShadow: getComputedStyle(card).boxShadow, badgeBorder: getComputedStyle(badge).borderTopStyle };
      });
      assert.deepEqual(look, { cardShadow: 'none', badgeBorder: 'solid' });
    } finally {
      await page.close();
    }
  });
});
