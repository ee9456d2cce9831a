// Retakes the screenshots of kit/使用说明.html (kit/images/*.png) in headless Chromium, after
// `npm run build && npm run kit`: the example article from the unzipped kit at 1280 and 360 px,
// and the three editors (kit/screenshots/*.html, served from the repository with node_modules).
//   node scripts/kit-screenshots.js
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from './chrome.js';
import { startServer } from './serve.js';

/* global document, window */ // (the wait conditions run in the page)

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const site = mkdtempSync(join(tmpdir(), 'si-kit-shots-'));
for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(root, `dist-kit/si-catalogue-kit-${version}.zip`))))) {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), bytes);
}
const kit = await startServer({ root: site });
const repo = await startServer({ root });
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
const shot = async (url, file, width, ready, act) => {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(ready);
  if (act) await act(page);
  await page.screenshot({ path: join(root, 'kit/images', file) });
  await page.close();
  console.log(`wrote kit/images/${file}`);
};
try {
  const catalogueShown = () => document.querySelector('si-catalogue')?.shadowRoot?.querySelector('tbody tr, li');
  await shot(`${kit.url}/examples/article.html`, 'article-1280.png', 1280, catalogueShown);
  await shot(`${kit.url}/examples/article.html`, 'article-360.png', 360, catalogueShown);
  await shot(
    `${repo.url}/kit/screenshots/tinymce.html`,
    'tinymce-insert.png',
    1280,
    () => window.ready,
    async (page) => {
      await page.getByRole('button', { name: '插入政务公开目录组件' }).click();
      await page.selectOption('[name=level]', 'township');
      await page.fill('[name=columns]', '序号、二级事项、公开内容、公开时限');
      await page.check('[name=exportable]');
    },
  );
  const cardShown = () => document.querySelector('.ck-editor__editable si-item-card, #editor si-item-card')?.shadowRoot?.textContent.includes('公开内容');
  await shot(`${repo.url}/kit/screenshots/ckeditor.html`, 'ckeditor-editing.png', 1280, cardShown);
  await shot(`${repo.url}/kit/screenshots/wangeditor.html`, 'wangeditor-editing.png', 1280, cardShown);
} finally {
  await browser.close();
  await kit.close();
  await repo.close();
  rmSync(site, { recursive: true, force: true });
}
