import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { EDITOR_ELEMENTS_MODULE, editorElementsModule } from './scripts/editor-elements.js';

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
    plugins: bundle ? [] : [publishDataFiles()],
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
              define: resolve(root, 'src/utilities/define.ts'),
            },
            formats: ['es'],
          },
      rolldownOptions: bundle
        ? {
            // Everything is inlined except pinyin-pro (~147 KB gzip): it is fetched from beside the
            // bundle only when someone types a Latin letter into the search of a catalogue loaded
            // at run time. Without that file, such searches fall back to characters.
            output: { chunkFileNames: 'si-catalogue.[name]-[hash].js' },
          }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^pinyin-pro(\/|$)/, /^react(\/|$)/],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
    },
  };
});
