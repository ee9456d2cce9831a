// The elements the CMS bundle defines on demand (src/bundle.ts), as one chunk beside it: item
// and guide pages show them together (demo/item.html), and three chunks would each repeat what
// they share, costing such a page ≈3.5 KB gzip more. Imported for the definitions alone: the
// entries' other exports (validateGuide among them) would pull the validators into this chunk,
// which <si-service-guide> imports only for a guide from outside (guide-source.ts).
import './deadline.js';
import './item-card.js';
import './service-guide.js';
