/**
 * Types of a service guide (服务指南), the first disclosure element of every catalogue item,
 * generated from service-guide.schema.json (types.generated.ts, by scripts/build-data-contract.js);
 * docs/service-guide.md is the field reference. `GUIDE_SECTIONS` is the schema's `sectionKey` list.
 * Every section is optional: a partial guide is valid, and `<si-service-guide editor>` lists what
 * is missing.
 * Extra fields are allowed in the data and pass through untouched, but are not part of these types.
 */

export {
  GUIDE_SECTIONS,
  type GuideChannels,
  type GuideChannelWay,
  type GuideDisclosure,
  type GuideFaq,
  type GuideMaterial,
  type GuideSectionKey,
  type GuideTimeLimit,
  type ServiceGuide,
} from './types.generated.js';
import type { ServiceGuide } from './types.generated.js';

export type GuideValidationResult = { ok: true; guide: ServiceGuide } | { ok: false; errors: Array<{ path: string; message: string }> };
