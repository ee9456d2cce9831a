// The built Storybook the axe and visual checks run against: where it is, whether it exists,
// and whether it is older than its sources (a stale build would check yesterday's components).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './browser.js';

export const staticDir = join(repoRoot, 'storybook-static');
const indexFile = join(staticDir, 'index.json');

/** `false` when the build exists, else the reason to skip (printed once, as node:test shows it). */
export const skipWithoutStorybook = existsSync(indexFile) ? false : 'storybook-static/index.json does not exist: run "npm run build-storybook" first';
if (skipWithoutStorybook) console.log(`# skipped: ${skipWithoutStorybook}`);

/** The newest source file the Storybook is built from, when it is newer than the build. */
export function newerSource() {
  const builtAt = statSync(indexFile).mtimeMs;
  const newest = (path) => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return { path, time: stat.mtimeMs };
    return readdirSync(path)
      .map((name) => newest(join(path, name)))
      .reduce((a, b) => (b.time > a.time ? b : a), { path, time: 0 });
  };
  const found = ['src', 'stories', '.storybook', 'custom-elements.json']
    .map((path) => newest(join(repoRoot, path)))
    .reduce((a, b) => (b.time > a.time ? b : a));
  return found.time > builtAt ? found.path : undefined;
}
