// The single-file build for CMS pages (<script type="module" src="si-catalogue.bundle.js">):
// Lit, every element and the standard data inlined.
export * from './index.js';
