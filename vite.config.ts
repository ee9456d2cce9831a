import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * Two library builds from one config:
 * - `vite build`: per-component ES modules for npm consumers, Lit kept external.
 * - `vite build --mode bundle`: dist/si-catalogue.bundle.js, one self-contained minified
 *   module with Lit and every element inlined, for a <script type="module"> on a CMS page.
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

export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  return {
    plugins: bundle ? [] : [publishDataFiles()],
    build: {
      target: 'es2022',
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
              'channel-badges': resolve(root, 'src/channel-badges.ts'),
              define: resolve(root, 'src/utilities/define.ts'),
            },
            formats: ['es'],
          },
      rolldownOptions: bundle
        ? { output: { codeSplitting: false } }
        : {
            external: [/^lit(\/|$)/, /^@lit\//],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
    },
  };
});
