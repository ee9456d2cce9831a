/**
 * The one part of pinyin-pro that search loads, as its own module: `import('pinyin-pro')` would
 * make bundlers keep the whole namespace (match, html, segment…, ~150 KB gzip); importing this
 * module instead lets them drop what is unused (~147 KB gzip; the dictionaries are most of it).
 */
export { pinyin } from 'pinyin-pro';
