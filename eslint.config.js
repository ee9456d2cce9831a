import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'test/vendor/', 'bench/.out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      'scripts/**/*.js',
      'bin/**/*.js',
      'bench/build-pages.js',
      'test/e2e/**/*.js',
      'test/node/**/*.js',
      'test/browsers/**/*.js',
      '*.config.js',
      '*.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: ['test/e2e/**/*.js', 'test/browsers/**/*.js', 'scripts/screenshot.js', 'scripts/bench.js', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Spreading data into arguments overflows the call stack past ~125,000 entries (a large
    // catalogue or search index): use a loop or reduce.
    files: ['src/**/*.ts', 'bin/**/*.js'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(min|max|push|unshift|fromCharCode|fromCodePoint|apply)$/] > SpreadElement',
          message: 'No spread into Math.min/max, push, unshift or fromCharCode over data: it overflows the stack on large inputs.',
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
);
