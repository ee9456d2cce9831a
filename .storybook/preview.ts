import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { THEME_NAMES, themes } from '../src/styles/themes';

// Every docs page lists its component's attributes, properties, events, slots, parts and
// custom properties from the analyzer's manifest, so the API table never drifts from JSDoc.
setCustomElementsManifest(customElements);

/** The UI languages the toolbar offers (the data stays zh-CN in all of them). */
const LANGUAGES = [
  { value: 'zh-CN', title: '简体中文 (zh-CN)' },
  { value: 'zh-TW', title: '繁體中文 (zh-TW)' },
  { value: 'en', title: 'English (en)' },
];

/** Phone, tablet and desktop, as county portals are read. */
const VIEWPORTS = {
  phone: { name: 'Phone 360', styles: { width: '360px', height: '740px' }, type: 'mobile' },
  tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: {
      // Fail the a11y panel (and the axe run over the built Storybook) on any violation.
      test: 'error',
    },
    viewport: { options: VIEWPORTS },
    options: {
      storySort: {
        order: [
          'Guides',
          ['Introduction', 'Embedding in a CMS page', 'Local overlays', 'Theming and tokens', 'Accessibility and 适老化', 'Data reference'],
          'Design kit',
          'Components',
        ],
      },
    },
  },
  globalTypes: {
    siTheme: {
      description: 'Theme: data-si-theme on a wrapper around the story',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEME_NAMES.map((name) => ({ value: name, title: `${themes[name].label['zh-CN']} · ${name}` })),
        dynamicTitle: true,
      },
    },
    siLang: {
      description: 'Interface language: lang on a wrapper around the story',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
    },
  },
  initialGlobals: { siTheme: 'default', siLang: 'zh-CN' },
  decorators: [
    // The components read both from the nearest ancestor, as they would from a portal's page.
    (story, context) =>
      html`<div class="si-story" data-si-theme=${context.globals.siTheme ?? 'default'} lang=${context.globals.siLang ?? 'zh-CN'}>
        ${story()}
      </div>`,
  ],
  tags: ['autodocs'],
};
export default preview;
