import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import customElements from '../custom-elements.json';

// Every docs page lists its component's attributes, properties, events, slots, parts and
// custom properties from the analyzer's manifest, so the API table never drifts from JSDoc.
setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: {
      // Fail the a11y panel (and the axe run over the built Storybook) on any violation.
      test: 'error',
    },
  },
  tags: ['autodocs'],
};
export default preview;
