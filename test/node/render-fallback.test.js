// `si-catalogue render`: the light-DOM copy of the table for browsers without declarative shadow
// DOM (bin/si-catalogue.js withLightDomFallback; drawn and checked in test/browsers/no-dsd.test.js).
// Runs the built CLI (npm run build first; `npm run test:node` does).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { withLightDomFallback } from '../../bin/si-catalogue.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const catalogue = JSON.parse(readFileSync(join(root, 'src/data/social-insurance.json'), 'utf8'));

function render(...args) {
  const result = spawnSync(process.execPath, [join(root, 'bin/si-catalogue.js'), 'render', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/** The element's declarative shadow root and the copy after it. */
function split(html) {
  const element = html.match(/<si-catalogue\b[\s\S]*<\/si-catalogue>/)?.[0];
  assert.ok(element, 'a <si-catalogue> element');
  const end = element.lastIndexOf('</template>');
  const fallback = element.slice(end).match(/^<\/template>(<div class="si-catalogue-fallback"[\s\S]*<\/div>)<\/si-catalogue>$/)?.[1];
  assert.ok(fallback, 'the copy follows the template directly, inside the element');
  return { shadow: element.slice(0, end), fallback };
}

const rowIds = (html) => [...html.matchAll(/<tr\s+id="si-item-([^"]+)"/g)].map(([, id]) => id);
const text = (html) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('si-catalogue render: the copy for browsers without declarative shadow DOM', () => {
  it('lists every item of the shadow table, in the same order, with its caption and headers', () => {
    const { shadow, fallback } = split(render('--fragment'));
    assert.deepEqual(
      rowIds(fallback),
      catalogue.items.map((item) => item.id),
    );
    assert.deepEqual(rowIds(fallback), rowIds(shadow));
    assert.match(fallback, /^<div class="si-catalogue-fallback" role="region" aria-label="社会保险领域基层政务公开标准目录" tabindex="0">/);
    assert.match(fallback, /<caption>社会保险领域基层政务公开标准目录<\/caption>/);
    assert.match(fallback, /<th\s+id="si-h-seq"\s+scope="col"/);
    assert.match(fallback, /<td headers="si-h-seq si-gh-1 si-rh-1">1<\/td>/);
    const ids = new Set([...fallback.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
    for (const [, headers] of fallback.matchAll(/\sheaders="([^"]*)"/g)) {
      for (const id of headers.split(' ')) assert.ok(ids.has(id), `headers="${headers}" names ${id}, which is not in the copy`);
    }
    for (const item of catalogue.items) assert.ok(text(fallback).includes(item.name), item.name);
  });

  it('is plain HTML: one scoped style, no icons, classes, parts, data attributes or slots; 是/否 instead of ✓', () => {
    const { fallback } = split(render('--fragment', '--toolbar'));
    assert.equal([...fallback.matchAll(/<style>/g)].length, 1);
    for (const rule of fallback
      .match(/<style>([\s\S]*?)<\/style>/)[1]
      .split('}')
      .filter(Boolean)) {
      assert.match(rule, /^\.si-catalogue-fallback\b/, `the rule "${rule}" only reaches the copy`);
    }
    const body = fallback.replace(/<style>[\s\S]*?<\/style>/, '');
    assert.doesNotMatch(body, /<(svg|slot|input|button|select|colgroup)\b|\s(part|data-[\w-]+|aria-hidden)=/);
    assert.deepEqual(
      [...body.matchAll(/\sclass="([^"]*)"/g)].map(([, name]) => name),
      ['si-catalogue-fallback'],
    );
    assert.doesNotMatch(body, /✓/);
    // The text alone: a <span> without attributes would only be bytes (a badge's label likewise).
    assert.match(body, /<td headers="[^"]*si-h-levels-county[^"]*">是<\/td>/);
    assert.match(body, /<td headers="[^"]*si-h-audience-specific[^"]*">否<\/td>/);
    assert.match(body, /<ul role="list"><li>政府网站<\/li>/);
    assert.doesNotMatch(body, /<span>/);
  });

  it('follows the options: --level township and an overlay', () => {
    const { shadow, fallback } = split(render('--fragment', '--level', 'township', '--overlay', 'demo/overlay.example.json'));
    assert.deepEqual(rowIds(fallback), rowIds(shadow));
    const overlay = JSON.parse(readFileSync(join(root, 'demo/overlay.example.json'), 'utf8'));
    assert.ok(rowIds(fallback).includes(overlay.add[0].id), 'the added township item is in the copy');
  });

  it('a whole page has the copy too', () => {
    const { fallback } = split(render());
    assert.equal(rowIds(fallback).length, catalogue.items.length);
  });

  it('leaves markup it does not recognise as it is', () => {
    assert.equal(withLightDomFallback('<si-catalogue></si-catalogue>'), '<si-catalogue></si-catalogue>');
  });
});
