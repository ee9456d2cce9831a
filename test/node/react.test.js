// si-catalogue/react.js in Node: it imports without a DOM, and react-dom/server renders the
// wrapped tags with their attributes (element properties and events apply in the browser:
// test/e2e/react.test.js). Needs the build: dist/react.js (SI_DIST=dir tests another build).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = resolve(root, process.env.SI_DIST ?? 'dist');
const entry = join(dist, 'react.js');

describe('si-catalogue/react.js on the server', () => {
  it('is built (vite.config.ts needs the entry react: src/react/index.ts, with react external)', () => {
    assert.ok(existsSync(entry), `${entry} is missing`);
  });

  it('exports a wrapper for each element', async () => {
    const wrappers = await import(pathToFileURL(entry).href);
    for (const name of ['SiCatalogue', 'SiChannelBadges', 'SiDeadline', 'SiItemCard', 'SiServiceGuide']) {
      assert.equal(typeof wrappers[name], 'object', name); // a forwardRef component
      assert.equal(wrappers[name].displayName, name);
    }
  });

  it('renders the tags: plain attributes (id, className) on the server; element properties and events only in the browser', async () => {
    const { SiCatalogue, SiChannelBadges, SiDeadline } = await import(pathToFileURL(entry).href);
    const html = renderToStaticMarkup(
      React.createElement(
        'div',
        null,
        React.createElement(SiCatalogue, { id: 'c', level: 'township', onItemSelect: () => {}, onLoad: () => {} }),
        React.createElement(SiChannelBadges, { channels: '政府网站、政务服务中心', className: 'badges' }),
        React.createElement(SiDeadline, { changed: '2026-10-12', published: '2026-10-28' }),
      ),
    );
    assert.match(html, /<si-catalogue id="c"><\/si-catalogue>/);
    assert.match(html, /<si-channel-badges class="badges"><\/si-channel-badges>/);
    assert.match(html, /<si-deadline><\/si-deadline>/);
    assert.ok(!/onitemselect|onload|si-item-select/i.test(html), html);
  });
});
