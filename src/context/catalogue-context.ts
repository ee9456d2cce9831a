import { createContext } from '@lit/context';
import type { Catalogue } from '../data/types.js';

/**
 * The catalogue a `<si-catalogue>` shows, for elements inside it (`<si-item-card>`,
 * `<si-service-guide>`) to look items up in the same data. The keys are global symbols so two
 * copies of the bundle on one page still find each other.
 */
export const catalogueContext = createContext<Catalogue | undefined>(Symbol.for('si-catalogue.context.catalogue'));

/** The provider's guide link template (`/guides/{id}.html`), so cards link like the table. */
export const guideHrefContext = createContext<string | undefined>(Symbol.for('si-catalogue.context.guide-href'));
