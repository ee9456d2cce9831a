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
import { SiItemCard as SiItemCardElement } from '../item-card.js';
import { SiServiceGuide as SiServiceGuideElement, type GuideErrorDetail, type GuideToggleDetail } from '../service-guide.js';

export type { ErrorDetail, FilterChangeDetail, GuideErrorDetail, GuideToggleDetail, ItemSelectDetail, LoadDetail };

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
// Newest elements: added when their entries reached the npm build. Their APIs may still change:
// keep these events in step with the @fires tags of si-item-card.ts and si-service-guide.ts.
// ---------------------------------------------------------------------------------------------

/** `<si-item-card>`: `onItemSelect` for `si-item-select`; `itemData` takes an item object. */
export const SiItemCard = createComponent({
  react: React,
  tagName: 'si-item-card',
  elementClass: SiItemCardElement,
  displayName: 'SiItemCard',
  events: {
    onItemSelect: 'si-item-select' as EventName<CustomEvent<ItemSelectDetail>>,
  },
});

/** `<si-service-guide>`: `onGuideToggle` for `si-guide-toggle`, `onError` for `si-error`. */
export const SiServiceGuide = createComponent({
  react: React,
  tagName: 'si-service-guide',
  elementClass: SiServiceGuideElement,
  displayName: 'SiServiceGuide',
  events: {
    onGuideToggle: 'si-guide-toggle' as EventName<CustomEvent<GuideToggleDetail>>,
    onError: 'si-error' as EventName<CustomEvent<GuideErrorDetail>>,
  },
});
