import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiteralsPlugin } from './scripts/minify-template-literals.js';
import { splitSectionsPlugin } from './scripts/build-split-sections.js';
import { compactLexiconPlugin } from './scripts/compact-lexicon.js';
import { EDITOR_ELEMENTS_MODULE, editorElementsModule } from './scripts/editor-elements.js';
import { encodeCatalogue } from './src/data/compact-catalogue.js';
import { encodePinyin, type ExpandedPinyinTable } from './src/data/compact-pinyin.js';
import type { Catalogue } from './src/data/types.js';

const root = import.meta.dirname;

/**
 * Two library builds from one config:
 * - `vite build`: per-component ES modules for npm consumers, Lit kept external.
 * - `vite build --mode bundle`: dist/si-catalogue.bundle.js, one self-contained minified
 *   module with Lit, every element and the standard data inlined, for a <script type="module">
 *   on a CMS page; plus the optional lazily loaded pinyin chunk beside it.
 *
 * Decorators are TypeScript's experimental ones (tsconfig.json: experimentalDecorators,
 * useDefineForClassFields false); the same tsconfig drives the tests and Storybook.
 */
/** Publishes src/data/*.json (catalogues, schemas, search index) as `si-catalogue/data/*`. */
function publishDataFiles(): Plugin {
  return {
    name: 'si-publish-data-files',
    generateBundle() {
      const dataDir = resolve(root, 'src/data');
      for (const name of readdirSync(dataDir).filter((file) => file.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(resolve(dataDir, name)) });
      }
    },
  };
}

/**
 * The built-in catalogue and its pinyin table as the components carry them: compact
 * (src/data/compact-catalogue.ts, src/data/compact-pinyin.ts), rebuilt when the module loads,
 * and without the per-item reading notes (`notes`): provenance for data reviewers that no
 * component renders (≈3.5 KB gzip of every page). Each item keeps `notes: []` so the copy still
 * has the catalogue's shape; the catalogue-wide notes stay. src/data/social-insurance.json
 * stays the source, and the published `si-catalogue/data/social-insurance.json` stays
 * complete, plain JSON.
 */
function compactBuiltinData(): Plugin {
  const catalogueFile = resolve(root, 'src/data/social-insurance.json');
  const pinyinFile = resolve(root, 'src/data/social-insurance.search.json');
  const modules = new Map([
    [catalogueFile, '\0si-compact:catalogue'],
    [pinyinFile, '\0si-compact:pinyin'],
  ]);
  const shipped = (): Catalogue => {
    const catalogue = JSON.parse(readFileSync(catalogueFile, 'utf8')) as Catalogue;
    return { ...catalogue, items: catalogue.items.map((item) => ({ ...item, notes: [] })) };
  };
  return {
    name: 'si-compact-builtin-data',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/social-insurance(\.search)?\.json$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved === null ? null : (modules.get(resolved.id.split('?')[0]!) ?? null);
    },
    load(id) {
      if (id === modules.get(catalogueFile)) {
        this.addWatchFile(catalogueFile);
        const packed = encodeCatalogue(shipped());
        return `import { decodeCatalogue } from ${JSON.stringify(resolve(root, 'src/data/compact-catalogue.ts'))};\nexport default /* @__PURE__ */ decodeCatalogue(${JSON.stringify(packed)});\n`;
      }
      if (id === modules.get(pinyinFile)) {
        this.addWatchFile(pinyinFile);
        const packed = encodePinyin(JSON.parse(readFileSync(pinyinFile, 'utf8')) as ExpandedPinyinTable, shipped());
        return (
          `import { decodePinyin } from ${JSON.stringify(resolve(root, 'src/data/compact-pinyin.ts'))};\n` +
          `import catalogue from ${JSON.stringify(catalogueFile)};\nexport default /* @__PURE__ */ decodePinyin(${JSON.stringify(packed)}, catalogue);\n`
        );
      }
      return null;
    },
  };
}

/** How many of the latest years of `chinese-days` schedules the components carry by default. */
const BUILT_IN_HOLIDAY_YEARS = 2;

/**
 * The holiday data the components carry: only the latest {@link BUILT_IN_HOLIDAY_YEARS} years
 * of the `chinese-days` schedules (a deadline counted from today needs this year and the next,
 * which is published late in the year), not all years since 2004 (≈2.7 KB gzip of every page).
 * Pages that count from older dates register those years with `registerHolidays()`
 * (docs/deadline.md); without them such dates are estimated and marked 预计. Only the JSON
 * keys the calendar reads (`holidays`, `workdays`) are kept.
 */
function recentHolidayYears(): Plugin {
  return {
    name: 'si-recent-holiday-years',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('/chinese-days/dist/chinese-days.json')) return null;
      const data = JSON.parse(code) as Record<'holidays' | 'workdays', Record<string, string>>;
      const years = Object.keys(data.holidays).map((date) => Number(date.slice(0, 4)));
      const first = Math.max(...years) - BUILT_IN_HOLIDAY_YEARS + 1;
      const recent = (table: Record<string, string>) => Object.fromEntries(Object.entries(table).filter(([date]) => Number(date.slice(0, 4)) >= first));
      return { code: JSON.stringify({ holidays: recent(data.holidays), workdays: recent(data.workdays) }), map: null };
    },
  };
}

/** Copies the classic-script loader (hand-written ES5, not transpiled) beside the bundle. */
function copyLoader(): Plugin {
  return {
    name: 'si-copy-loader',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'si-catalogue.loader.js', source: readFileSync(resolve(root, 'src/loader/si-catalogue.loader.js')) });
    },
  };
}

/** `si-catalogue:elements`: the editors' element list, made from custom-elements.json at build time. */
function editorElementsFromManifest(): Plugin {
  const id = `\0${EDITOR_ELEMENTS_MODULE}`;
  return {
    name: 'si-editor-elements',
    resolveId: (source) => (source === EDITOR_ELEMENTS_MODULE ? id : null),
    load: (loaded) => (loaded === id ? editorElementsModule(resolve(root, 'custom-elements.json')) : null),
  };
}

/**
 * `vite build --mode editors`: the CMS editor integrations (dist/editors/*.js, ES modules that
 * import no editor code) and dist/si-catalogue.loader.js. Nothing of it is in the main bundle.
 */
function editorsBuild() {
  return defineConfig({
    plugins: [copyLoader(), editorElementsFromManifest()],
    build: {
      target: 'es2020',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      lib: {
        entry: {
          'editors/tinymce': resolve(root, 'src/editors/tinymce.ts'),
          'editors/ckeditor5': resolve(root, 'src/editors/ckeditor5.ts'),
          'editors/wangeditor': resolve(root, 'src/editors/wangeditor.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: { output: { chunkFileNames: 'editors/si-editors-[hash].js' } },
    },
  });
}

export default defineConfig(({ mode }) => {
  if (mode === 'editors') return editorsBuild();
  const bundle = mode === 'bundle';
  return {
    plugins: [
      compactBuiltinData(),
      compactLexiconPlugin(root),
      // zh-CN words one module a section, so each lands in the chunk of the code that reads it.
      splitSectionsPlugin([resolve(root, 'src/locales/zh-CN.ts')]),
      recentHolidayYears(),
      // Whitespace and CSS comments in Lit's css``/html`` templates (≈1.8 KB gzip).
      minifyTemplateLiteralsPlugin(),
      ...(bundle ? [] : [publishDataFiles()]),
    ],
    build: {
      // The oldest browsers we support (docs/browsers.md); `npm run syntax:check` checks the output.
      target: ['es2021', 'chrome90', 'firefox115', 'safari15'],
      outDir: 'dist',
      emptyOutDir: !bundle,
      sourcemap: true,
      minify: bundle,
      lib: bundle
        ? {
            entry: resolve(root, 'src/bundle.ts'),
            formats: ['es'],
            fileName: () => 'si-catalogue.bundle.js',
          }
        : {
            entry: {
              index: resolve(root, 'src/index.ts'),
              catalogue: resolve(root, 'src/catalogue.ts'),
              'channel-badges': resolve(root, 'src/channel-badges.ts'),
              deadline: resolve(root, 'src/deadline.ts'),
              'item-card': resolve(root, 'src/item-card.ts'),
              'service-guide': resolve(root, 'src/service-guide.ts'),
              data: resolve(root, 'src/data.ts'),
              react: resolve(root, 'src/react/index.ts'),
              define: resolve(root, 'src/internal/define.ts'),
            },
            formats: ['es'],
          },
      rolldownOptions: bundle
        ? {
            // The chunks the bundle imports on demand (elements, strings, pinyin) take what they
            // share with it from the bundle itself, so the page's first request stays one file.
            preserveEntrySignatures: 'allow-extension',
            // Everything is inlined except pinyin-pro (~147 KB gzip): it is fetched from beside the
            // bundle only when someone types a Latin letter into the search of a catalogue loaded
            // at run time. Without that file, such searches fall back to characters.
            // Library mode hands rolldown `codegen: false` for ES output (to keep /*#__PURE__*/
            // annotations for consumers' tree-shaking), which leaves the code pretty-printed. This
            // file goes straight to browsers: full minification (whitespace, comments) saves ≈5 KB gzip.
            output: {
              chunkFileNames: 'si-catalogue.[name]-[hash].js',
              minify: true,
              // No comment reaches the page: /* @__PURE__ */ marks only matter to a bundler.
              comments: false,
              // The zh-TW and the English strings of every component, each as one file beside the
              // bundle, fetched only by pages (elements) in that language (lazyTranslations).
              codeSplitting: {
                groups: [
                  { name: 'strings-zh-TW', test: /[\\/]locales[\\/]zh-TW\.ts$/ },
                  { name: 'strings-en', test: /[\\/]locales[\\/]en\.ts$/ },
                ],
              },
            },
          }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^pinyin-pro(\/|$)/, /^react(\/|$)/],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
    },
  };
});
