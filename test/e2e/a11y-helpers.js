// Shared by the accessibility checks (test/e2e/a11y-*.test.js): the component fixture page in a
// theme and language, walking every shadow root, and comparing PNGs in the browser (no pngjs).
import { newWatchedPage } from './browser.js';

export const THEMES = ['default', 'red', 'blue', 'elder', 'high-contrast'];

/** WCAG 1.4.12 text spacing, injected into the document and every shadow root. */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

/** Installed in every page: finds elements and text through shadow roots. */
function installWalker() {
  const walk = (root, visit) => {
    for (const element of root.querySelectorAll('*')) {
      visit(element);
      if (element.shadowRoot) walk(element.shadowRoot, visit);
    }
  };
  const all = () => {
    const found = [];
    walk(document, (element) => found.push(element));
    return found;
  };
  /** Drawn, not inside a closed or hidden part, not a screen-reader-only text. */
  const visible = (element) => {
    if (!element.checkVisibility({ visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return false;
    return !element.closest('.visually-hidden');
  };
  const interactive = (element) =>
    element.matches('a[href], button:not([disabled]), input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])');
  /** The si-* element whose shadow root holds `node` (or whose slot it is assigned to). */
  const component = (node) => {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot) return root.host;
    return node.assignedSlot ? node.assignedSlot.getRootNode().host : undefined;
  };
  const describe = (element) => {
    const host = component(element);
    const part = element.getAttribute('part');
    const cls = [...element.classList].filter((name) => name !== 'highlighted').join('.');
    return `${host?.id || host?.localName}: ${element.localName}${cls ? `.${cls}` : ''}${part ? `[part="${part}"]` : ''}${element.slot ? `[slot="${element.slot}"]` : ''}`;
  };
  const closestLang = (node) => {
    let current = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    while (current) {
      const lang = current.closest('[lang]');
      if (lang) return lang.getAttribute('lang');
      const root = current.getRootNode();
      current = root instanceof ShadowRoot ? root.host : null;
    }
    return '';
  };
  window.__a11y = { walk, all, visible, interactive, component, describe, closestLang };
}

/** Waits until every si-* element (in any shadow root) has rendered and finished loading. */
export async function settle(page) {
  await page.waitForFunction(() => {
    const elements = window.__a11y.all().filter((element) => element.localName.startsWith('si-'));
    return (
      elements.length > 0 &&
      elements.every((element) => customElements.get(element.localName) && element.shadowRoot?.childElementCount > 0) &&
      !elements.some((element) => element.shadowRoot.querySelector('[aria-busy="true"], .skeleton-row'))
    );
  });
  await page.evaluate(() =>
    Promise.all(
      window.__a11y
        .all()
        .filter((element) => element.localName.startsWith('si-'))
        .map((element) => element.updateComplete),
    ),
  );
}

/** The component fixture in a theme and language; `only` keeps some of its cases. */
export async function openFixture(session, { theme = 'default', lang = 'zh-CN', only, width = 1280, height = 800, forcedColors } = {}) {
  const { page, log } = await newWatchedPage(session.browser, {
    viewport: { width, height },
    ...(forcedColors ? { forcedColors: 'active' } : {}),
  });
  await page.addInitScript(installWalker);
  const query = new URLSearchParams({ theme, lang, ...(only ? { only } : {}) });
  await page.goto(session.url(`/test/e2e/fixtures/a11y-components.html?${query}`));
  await settle(page);
  return { page, log };
}

/** A demo page with the walker installed, settled. */
export async function openPage(session, path, { width = 1280, height = 800 } = {}) {
  const { page, log } = await newWatchedPage(session.browser, { viewport: { width, height } });
  await page.addInitScript(installWalker);
  await page.goto(session.url(path));
  await settle(page);
  return { page, log };
}

/** Sets the theme and language on <html> and waits for every element to follow. */
export async function applyThemeAndLang(page, theme, lang) {
  await page.evaluate(
    ([theme, lang]) => {
      document.documentElement.setAttribute('data-si-theme', theme);
      document.documentElement.setAttribute('lang', lang);
    },
    [theme, lang],
  );
  await page.waitForFunction(
    (theme) =>
      window.__a11y
        .all()
        .filter((element) => element.localName.startsWith('si-'))
        .every((element) => (element.getAttribute('data-si-applied-theme') ?? 'default').split(' ').includes(theme)),
    theme,
  );
  await settle(page);
}

/** Injects CSS into the document and every shadow root (adopted style sheets go last, so they win). */
export async function injectEverywhere(page, cssText) {
  await page.evaluate((cssText) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.__a11y.walk(document, (element) => {
      if (element.shadowRoot) element.shadowRoot.adoptedStyleSheets = [...element.shadowRoot.adoptedStyleSheets, sheet];
    });
  }, cssText);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** In the page: decodes two same-sized PNGs and counts pixels whose channels differ by more than `tolerance`. */
export async function countChangedPixels(page, pngA, pngB, tolerance = 48) {
  return page.evaluate(
    async ([a64, b64, tolerance]) => {
      const decode = async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d', { willReadFrequently: true });
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [a, b] = await Promise.all([decode(a64), decode(b64)]);
      if (a.width !== b.width || a.height !== b.height) return -1;
      let changed = 0;
      for (let i = 0; i < a.data.length; i += 4) {
        const delta = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2]));
        if (delta > tolerance) changed += 1;
      }
      return changed;
    },
    [pngA.toString('base64'), pngB.toString('base64'), tolerance],
  );
}
