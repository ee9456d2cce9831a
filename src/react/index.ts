/**
 * React wrappers (`si-catalogue/react.js`), made with `@lit/react`: React props become element
 * properties, and the elements' `si-*` events become typed `on…` props. Importing this module
 * registers the wrapped elements. React is an optional peer dependency, needed only here.
 *
 * ```tsx
 * import { SiCatalogue } from 'si-catalogue/react.js';
 * <SiCatalogue level="township" selectable onItemSelect={(event) => open(event.detail.item)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  SiCatalogue as SiCatalogueElement,
  type ErrorDetail,
  type FilterChangeDetail,
  type ItemSelectDetail,
  type LoadDetail,
} from '../catalogue.js';
import { SiChannelBadges as SiChannelBadgesElement } from '../channel-badges.js';
import { SiDeadline as SiDeadlineElement } from '../deadline.js';

export type { ErrorDetail, FilterChangeDetail, ItemSelectDetail, LoadDetail };

/** `<si-catalogue>`: `onItemSelect`, `onFilterChange`, `onLoad` and `onError` for its `si-*` events. */
export const SiCatalogue = createComponent({
  react: React,
  tagName: 'si-catalogue',
  elementClass: SiCatalogueElement,
  displayName: 'SiCatalogue',
  events: {
    onItemSelect: 'si-item-select' as EventName<CustomEvent<ItemSelectDetail>>,
    onFilterChange: 'si-filter-change' as EventName<CustomEvent<FilterChangeDetail>>,
    onLoad: 'si-load' as EventName<CustomEvent<LoadDetail>>,
    onError: 'si-error' as EventName<CustomEvent<ErrorDetail>>,
  },
});

/** `<si-channel-badges>`; `channels` may be a string array, `links` an object. No events. */
export const SiChannelBadges = createComponent({
  react: React,
  tagName: 'si-channel-badges',
  elementClass: SiChannelBadgesElement,
  displayName: 'SiChannelBadges',
});

/** `<si-deadline>`; `holidays` takes a schedule object. No events. */
export const SiDeadline = createComponent({
  react: React,
  tagName: 'si-deadline',
  elementClass: SiDeadlineElement,
  displayName: 'SiDeadline',
});

// ---------------------------------------------------------------------------------------------
// PENDING: wrappers for the elements being written now. Add them here (and to the React test)
// once their entries (src/item-card.ts, src/service-guide.ts) are in the npm build:
//
//   SiItemCard      tagName 'si-item-card'      events { onItemSelect: 'si-item-select' → ItemSelectDetail }
//   SiServiceGuide  tagName 'si-service-guide'  events { onGuideToggle: 'si-guide-toggle' → GuideToggleDetail,
//                                                        onError: 'si-error' → GuideErrorDetail }
// ---------------------------------------------------------------------------------------------
