// Where the kit's files go on a site, one list for the kit build (scripts/build-kit.js), the
// browser tests (which serve these URLs like a site would) and the docs check: the kit mirrors
// a site root, and every file a documented snippet references is one of these.

/** The one bundle directory the docs use everywhere. */
export const SITE_BASE = '/static/si-catalogue/';

/** The bundle and the classic-script loader, by URL on the site. */
export const BUNDLE_URL = `${SITE_BASE}si-catalogue.bundle.js`;
export const LOADER_URL = `${SITE_BASE}si-catalogue.loader.js`;

/** Example files snippets reference, by URL on the site → source in this repository. */
export const EXAMPLE_FILES = {
  [`${SITE_BASE}shili-county-overlay.json`]: 'kit/shili-county-overlay.json',
  [`${SITE_BASE}shili-township-overlay.json`]: 'demo/overlay.example.json',
  '/guides/48.json': 'demo/guide.example.json',
};
