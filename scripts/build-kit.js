// `npm run kit`: dist-kit/si-catalogue-kit-<version>.zip, everything a county web team uploads
// into its CMS without npm. The zip mirrors a site root (see kit/site-files.js):
//   使用说明.html, images/       the guide (Chinese, with screenshots)
//   static/si-catalogue/         bundle and chunk, loader, editor integrations, example overlays,
//                                catalogue.html (the static catalogue the fallback link opens)
//   guides/48.json               the example service guide
//   examples/                    pages that use only the kit's files
// Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { EXAMPLE_FILES, SITE_BASE } from '../kit/site-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');
const staticDir = SITE_BASE.replace(/^\/|\/$/g, '');

const required = ['si-catalogue.bundle.js', 'si-catalogue.loader.js', 'editors/tinymce.js', 'editors/ckeditor5.js', 'editors/wangeditor.js'];
const missing = required.filter((file) => !existsSync(join(dist, file)));
if (missing.length) {
  console.error(`npm run kit: dist/ lacks ${missing.join(', ')}. Run \`npm run build\` first.`);
  process.exit(1);
}

const encoder = new TextEncoder();
/** zip path → bytes */
const files = {};
const add = (path, bytes) => {
  files[path] = typeof bytes === 'string' ? encoder.encode(bytes) : new Uint8Array(bytes);
};

// The bundle, its lazily loaded chunk(s) and the loader; the editor integrations and their chunk.
for (const name of readdirSync(dist)) {
  if (/^si-catalogue\..+\.js$/.test(name)) add(`${staticDir}/${name}`, readFileSync(join(dist, name)));
}
for (const name of readdirSync(join(dist, 'editors'))) {
  if (name.endsWith('.js')) add(`${staticDir}/editors/${name}`, readFileSync(join(dist, 'editors', name)));
}
// Example overlays and guide, at the URLs the docs' snippets use.
for (const [url, source] of Object.entries(EXAMPLE_FILES)) add(url.replace(/^\//, ''), readFileSync(join(root, source)));
// The static catalogue the fallback link opens: readable without JavaScript, upgraded with it.
add(
  `${staticDir}/catalogue.html`,
  execFileSync(process.execPath, [join(root, 'bin/si-catalogue.js'), 'render', '--toolbar', '--script', `${SITE_BASE}si-catalogue.bundle.js`]),
);
// Example pages, screenshots, the guide, the licence.
for (const name of readdirSync(join(root, 'kit/examples'))) add(`examples/${name}`, readFileSync(join(root, 'kit/examples', name)));
for (const name of readdirSync(join(root, 'kit/images'))) add(`images/${name}`, readFileSync(join(root, 'kit/images', name)));
add('使用说明.html', readFileSync(join(root, 'kit/使用说明.html'), 'utf8').replaceAll('{{version}}', version));
add('LICENSE', readFileSync(join(root, 'LICENSE')));

// A fixed date, so the same sources give the same zip.
const mtime = new Date('2026-01-01T00:00:00Z');
const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, [bytes, { mtime }]])), { level: 9 });
const outDir = join(root, 'dist-kit');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `si-catalogue-kit-${version}.zip`);
writeFileSync(out, zip);
console.log(`wrote ${out} (${Object.keys(files).length} files, ${Math.round(zip.length / 1024)} KB)`);
