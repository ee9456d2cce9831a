import { fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { Catalogue, CatalogueItem } from '../../src/data/types.js';
import type { SiCatalogue } from '../../src/catalogue.js';
import '../../src/catalogue.js';
import { preloadSearch } from '../../src/catalogue/catalogue-search.js';
import { preloadCatalogueChecks } from '../../src/components/catalogue/catalogue-source.js';
import { preloadGuideChecks } from '../../src/components/service-guide/guide-source.js';
import { nextTask, settled } from './wait.js';

/** A valid catalogue of fictional items (示例), built from partial items. */
export function exampleCatalogue(items: Array<Partial<CatalogueItem> & { name: string }>, groups = ['示例一级事项甲', '示例一级事项乙']): Catalogue {
  return {
    id: 'example',
    title: '示例目录',
    domain: '示例',
    version: '0.0.0',
    source: '测试用示例数据',
    groups,
    notes: [],
    items: items.map((item, index) => ({
      seq: index + 1,
      id: `example-${index + 1}`,
      group: groups[0],
      content: ['服务指南'],
      basis: ['示例条例'],
      deadline: { text: '信息形成或变更之日起20个工作日内', workingDays: 20, from: '信息形成或变更之日' },
      subject: '示例部门',
      channels: ['政府网站'],
      audience: { public: true, specific: false },
      method: { proactive: true, onRequest: false },
      levels: { county: true, township: false },
      notes: [],
      ...item,
    })),
  };
}

// The search code is a chunk the element loads at idle after its first render, the validators
// (the catalogue's, and <si-service-guide>'s) chunks imported when outside data is set: loaded
// once before the tests, elements search from their first render and validate a `catalogue` or
// `guide` property at once, as they did when all were bundled (test/components/catalogue/
// lazy-search.test.ts, lazy-checks.test.ts and service-guide/lazy-checks.test.ts cover the
// elements before they arrive).
before(() => Promise.all([preloadSearch(), preloadCatalogueChecks(), preloadGuideChecks()]));

const containers: HTMLElement[] = [];

/**
 * Renders the template with open-wc's fixture, or into `parent` (a container of a chosen width),
 * which is removed after the test.
 */
export async function renderCatalogue(template = html`<si-catalogue></si-catalogue>`, parent?: HTMLElement): Promise<SiCatalogue> {
  if (parent === undefined) {
    const el = await fixture<SiCatalogue>(template);
    await el.updateComplete;
    return el;
  }
  render(template, parent);
  const el = parent.querySelector('si-catalogue')!;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  for (const box of containers.splice(0)) box.remove();
});

export function shadow(el: SiCatalogue): ShadowRoot {
  return el.shadowRoot!;
}

export function bodyRows(el: SiCatalogue): HTMLTableRowElement[] {
  return [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr:not([aria-hidden="true"] tr)')];
}

export function rowSeqs(el: SiCatalogue): number[] {
  // Not the rows a burst of typing hid until it pauses (catalogue-paging.ts).
  return [...shadow(el).querySelectorAll<HTMLElement>('[data-seq]:not([aria-hidden="true"] [data-seq])')].map((row) => Number(row.dataset.seq));
}

/** Resolves after the element and every element inside it have rendered (test/support/wait.ts). */
export { settled } from './wait.js';

/** Collects uncaught errors and unhandled rejections while `run` runs. */
export async function withoutUncaughtErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Whatever the page still renders, and the error events queued for it, before looking.
    await settled(document.body);
    await nextTask();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** A container of a given width, as the column a CMS gives the element. */
export function container(width: string): HTMLDivElement {
  const div = document.createElement('div');
  div.style.inlineSize = width;
  document.body.append(div);
  containers.push(div);
  return div;
}
