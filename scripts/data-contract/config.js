// The tables of scripts/build-data-contract.js: what it names and how messages speak.

/** The schemas, by short name, with the TypeScript name of each object definition. */
export const SCHEMAS = {
  catalogue: {
    file: 'src/data/catalogue.schema.json',
    root: 'Catalogue',
    defs: {
      synonym: 'SearchSynonym',
      item: 'CatalogueItem',
      deadline: 'Deadline',
      audience: 'Audience',
      method: 'Method',
      levels: 'Levels',
      service: 'ItemService',
      phone: 'ServicePhone',
    },
  },
  overlay: {
    file: 'src/data/overlay.schema.json',
    root: 'Overlay',
    defs: { change: 'OverlayItemChange', amendment: 'ItemAmendment' },
  },
  guide: {
    file: 'src/data/service-guide.schema.json',
    root: 'ServiceGuide',
    defs: {
      material: 'GuideMaterial',
      channelWay: 'GuideChannelWay',
      channels: 'GuideChannels',
      timeLimit: 'GuideTimeLimit',
      faq: 'GuideFaq',
      disclosure: 'GuideDisclosure',
    },
  },
};

/** Enumerations that become a constant list and its type. */
export const ENUMS = { 'guide#/$defs/sectionKey': { constant: 'GUIDE_SECTIONS', type: 'GuideSectionKey' } };

/**
 * How messages name what a value should have been (ExpectedKey of validation-messages.ts), by
 * location; objects default to 'object', arrays of text to 'stringArray', other arrays to 'array'.
 */
export const EXPECTED = {
  'catalogue#': 'catalogueObject',
  'catalogue#/$defs/item': 'itemObject',
  'catalogue#/$defs/synonym': 'synonymObject',
  'catalogue#/properties/synonyms': 'synonymArray',
  'overlay#/properties/synonyms': 'synonymArray',
  'catalogue#/properties/items': 'itemArray',
  'catalogue#/$defs/service/properties/phones': 'phoneArray',
  'overlay#': 'overlayObject',
  'overlay#/$defs/change': 'changeObject',
  'guide#': 'guideObject',
  'guide#/properties/item': 'itemRef',
  'guide#/properties/materials': 'materialArray',
  'guide#/properties/faq': 'faqArray',
  'guide#/properties/disclosures': 'disclosureArray',
};

/** The message of a `false` schema (a field that must not be there), by location. */
export const FORBIDDEN = { 'overlay#/$defs/amendment/properties/id': 'idNotAmendable' };

/**
 * Definitions checked by a primitive of validation-core.ts; the generator checks that each still
 * says what its primitive does.
 */
export const PRIMITIVES = {
  text: { schema: { type: 'string', pattern: '\\S' }, check: 'checkText', ts: 'string' },
  slug: { schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }, check: 'checkSlug', ts: 'string' },
};
export const MAX_SAFE = 9007199254740991;

/** Patterned string definitions, named by their definition wherever they sit: the ExpectedKey is the name. */
export const PATTERNED_DEFS = ['link', 'phoneNumber'];
