// node bench/render-bytes.js [--sizes 1000,10000] [--compare DIR]   (after npm run build)
//
// The weight of `si-catalogue render` output a row: the page for the bench's scaled catalogue of
// N items (bench/build-pages.js) divided by N, and how much of it comes up to the end of the
// declarative shadow root (the page head, styles, the shadow table) and how much is the light-DOM copy for browsers without declarative shadow DOM. `--compare DIR` measures another
// build (a directory with its dist/ and bin/, e.g. a copy of main) beside this one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { scaleCatalogue } from './build-pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, compare: { type: 'string' } } });
const builtin = JSON.parse(readFileSync(join(root, 'src/data/social-insurance.json'), 'utf8'));
const builds = [['this build', root], ...(options.compare ? [[basename(options.compare), options.compare]] : [])];
const dir = mkdtempSync(join(tmpdir(), 'si-render-bytes-'));
try {
  console.log('build       items     MB  bytes a row  up to the shadow root end  light-DOM copy');
  for (const n of options.sizes.split(',').map(Number)) {
    const file = join(dir, `data-${n}.json`);
    writeFileSync(file, JSON.stringify(scaleCatalogue(builtin, n)));
    for (const [label, buildDir] of builds) {
      const html = execFileSync(process.execPath, [join(buildDir, 'bin/si-catalogue.js'), 'render', '--src', file, '--src-url', `/data-${n}.json`], {
        maxBuffer: 512 * 1024 * 1024,
      });
      // The light-DOM copy follows the declarative shadow root's template.
      const split = html.lastIndexOf('</template>');
      const perRow = (bytes) => String(Math.round(bytes / n)).padStart(12);
      console.log(
        `${label.padEnd(10).slice(0, 10)}  ${String(n).padStart(6)}  ${(html.length / 1024 / 1024).toFixed(1).padStart(5)}  ${perRow(html.length)}  ${perRow(split).padStart(25)}  ${perRow(html.length - split).padStart(14)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
