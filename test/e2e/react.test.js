// End-to-end: the React wrappers (si-catalogue/react.js) in a React 19 app in Chromium: props
// become element properties, typed `on…` props receive the elements' si-* events.
// The app is bundled in memory with esbuild from the built dist/react.js (SI_DIST=dir for another build).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { newWatchedPage, openBrowser, repoRoot } from './browser.js';

const dist = resolve(repoRoot, process.env.SI_DIST ?? 'dist');
// Until vite.config.ts builds the entry, say so instead of failing everyone's `npm test`;
// test/node/import.test.js and publint still fail on the missing file.
const skip = existsSync(join(dist, 'react.js')) ? false : `${join(dist, 'react.js')} is not built (vite.config.ts needs the entry react: src/react/index.ts)`;

const APP = `
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { SiCatalogue, SiChannelBadges, SiDeadline, SiItemCard } from ${JSON.stringify(join(dist, 'react.js'))};

const h = React.createElement;
const small = { id: 'small', title: '小目录（React 测试）', domain: '社会保险', version: '1', source: '测试',
  groups: ['社会保险登记'], notes: [], items: [] };

function App() {
  const [selected, setSelected] = React.useState('');
  const [query, setQuery] = React.useState('');
  const [loaded, setLoaded] = React.useState('');
  const [card, setCard] = React.useState('');
  const catalogue = React.useRef(null);
  window.siReact = { catalogue };
  return h('main', null,
    h('p', { id: 'state' }, [selected, query, loaded, card].join('|')),
    h(SiItemCard, { id: 'card', itemData: window.siCatalogueData.items[1], selectable: true, onItemSelect: (event) => setCard(event.detail.item.id) }),
    h(SiChannelBadges, { id: 'badges', channels: ['政府网站', '政务服务中心'], links: { 政府网站: 'https://www.example.gov.cn/' } }),
    h(SiDeadline, { id: 'deadline', changed: '2026-10-12', published: '2026-10-28' }),
    h(SiCatalogue, {
      id: 'catalogue', ref: catalogue, level: 'county', selectable: true, pageSize: 5,
      onItemSelect: (event) => setSelected(event.detail.item.id),
      onFilterChange: (event) => setQuery(event.detail.query),
    }),
    h(SiCatalogue, { id: 'given', catalogue: window.siCatalogueData, hideToolbar: true, onLoad: (event) => setLoaded(event.detail.catalogue.title) }),
  );
}
createRoot(document.querySelector('#root')).render(h(App));
`;

describe('React wrappers in the browser', { skip }, () => {
  let session;
  let bundle;
  before(async () => {
    session = await openBrowser();
    const result = await build({
      stdin: { contents: APP, resolveDir: repoRoot, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0].text;
  });
  after(() => session.close());

  it('sets properties and delivers typed events', async () => {
    const { page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 900 } });
    await page.route(session.url('/react-app.js'), (route) => route.fulfill({ contentType: 'text/javascript', body: bundle }));
    await page.route(session.url('/react.html'), (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>React</title></head><body><div id="root"></div><script type="module" src="/react-app.js"></script></body></html>',
      }),
    );
    const data = await (await fetch(session.url('/src/data/social-insurance.json'))).json();
    await page.addInitScript((catalogue) => {
      window.siCatalogueData = { ...catalogue, id: 'react-test', title: '小目录（React 测试）', items: catalogue.items.slice(0, 2) };
    }, data);
    await page.goto(session.url('/react.html'));
    await page.waitForFunction(() => document.querySelector('#catalogue')?.shadowRoot?.querySelector('table, .cards'));

    // Properties, not attributes: an array, an object, a number, a boolean.
    const props = await page.evaluate(() => {
      const catalogue = document.querySelector('#catalogue');
      const badges = document.querySelector('#badges');
      return {
        channels: badges.channels,
        link: badges.shadowRoot.querySelector('a')?.getAttribute('href'),
        level: catalogue.level,
        pageSize: catalogue.pageSize,
        selectable: catalogue.selectable,
        refIsElement: window.siReact.catalogue.current === catalogue,
        deadline: document.querySelector('#deadline').shadowRoot.textContent.includes('2026'),
      };
    });
    assert.deepEqual(props, {
      channels: ['政府网站', '政务服务中心'],
      link: 'https://www.example.gov.cn/',
      level: 'county',
      pageSize: 5,
      selectable: true,
      refIsElement: true,
      deadline: true,
    });

    // onLoad: the catalogue given as a property.
    await page.waitForFunction(() => document.querySelector('#state').textContent.split('|')[2] === '小目录（React 测试）');

    // onFilterChange and onItemSelect.
    const catalogue = page.locator('#catalogue');
    await catalogue.getByRole('searchbox').fill('登记');
    await page.waitForFunction(() => document.querySelector('#state').textContent.split('|')[1] === '登记');
    await catalogue
      .getByRole('button', { name: /企业社会保险登记/ })
      .first()
      .click();
    await page.waitForFunction(() => document.querySelector('#state').textContent.startsWith('enterprise-registration|'));

    // <si-item-card> with an item object and onItemSelect.
    const second = data.items[1];
    await page
      .locator('#card')
      .getByRole('button', { name: new RegExp(second.name) })
      .first()
      .click();
    await page.waitForFunction((id) => document.querySelector('#state').textContent.endsWith(`|${id}`), second.id);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
