// The elements the CMS bundle defines on demand (src/bundle.ts), as one chunk beside it: item
// and guide pages show them together (demo/item.html), and three chunks would each repeat what
// they share, costing such a page ≈3.5 KB gzip more.
export * from './deadline.js';
export * from './item-card.js';
export * from './service-guide.js';
