/**
 * What `<si-service-guide>` runs on a guide from outside (`src`, the `guide` property): the copy
 * that cuts it off from the caller's object, and the validator with its messages in three
 * languages. A chunk of its own (guide-source.ts imports it when one of those is set), shared
 * with the catalogue's validators: a guide drawn from the catalogue item alone never loads it.
 */
/** @public (read through the imported module by guide-source.ts, as `GuideChecks`) */
export { validateGuide } from '../../data/validate-guide.js';
/** @public (read through the imported module by guide-source.ts, as `GuideChecks`) */
export { snapshot } from '../../internal/snapshot.js';
