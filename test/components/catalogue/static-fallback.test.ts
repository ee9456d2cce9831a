// The upgraded element and the static table `si-catalogue render` wrote into its declarative
// shadow root: kept while the element's source loads, kept with a notice when it cannot be
// loaded, kept for good when marked (a local file with no URL), replaced once data arrives.
import { expect, waitUntil } from '@open-wc/testing';
import type { SiCatalogue } from '../../../src/catalogue.js';
import { keepFirstRows, renderStateKey, takeServerRendered } from '../../../src/components/catalogue/static-fallback.js';
import '../../../src/catalogue.js';
import { echoUrl } from '../../support/test-servers.js';
import { exampleCatalogue } from '../../support/catalogue.js';

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((box) => box.remove()));

/** Parses markup with declarative shadow DOM as a page would (the element is defined already). */
function mount(attributes: string, { keep = false, toolbar = false } = {}): SiCatalogue {
  const box = document.createElement('div');
  document.body.append(box);
  containers.push(box);
  const markup =
    `<si-catalogue ${attributes}><template shadowrootmode="open">${keep ? '<!--si-catalogue:keep-static-->' : ''}` +
    `${toolbar ? '<div class="toolbar" role="search">静态搜索栏</div>' : ''}` +
    '<div class="region"><table><caption>静态目录（示例）</caption><tbody><tr><th scope="row">静态事项甲</th></tr><tr><th scope="row">静态事项乙</th></tr></tbody></table></div>' +
    '<div class="more"><button type="button">显示更多</button></div></template></si-catalogue>';
  const parser = box as HTMLElement & { setHTMLUnsafe?(html: string): void };
  if (typeof parser.setHTMLUnsafe === 'function') {
    parser.setHTMLUnsafe(markup);
    return box.querySelector('si-catalogue')!;
  }
  // No setHTMLUnsafe (Firefox before 133): the same state by hand. An element made in another
  // document is not upgraded there; it gets its shadow root first, and upgrades when inserted.
  const template = document.createElement('template');
  template.innerHTML = markup;
  const source = template.content.querySelector('si-catalogue')!;
  const el = document.implementation.createHTMLDocument('').createElement('si-catalogue');
  for (const { name, value } of source.attributes) el.setAttribute(name, value);
  el.attachShadow({ mode: 'open' }).append(...source.querySelector('template')!.content.childNodes);
  box.append(document.adoptNode(el));
  return el as SiCatalogue;
}

const text = (el: SiCatalogue) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<si-catalogue> over server-rendered content', () => {
  it('keeps the static table, with a small notice and 重试, when src cannot be loaded', async () => {
    const errors: CustomEvent[] = [];
    const el = mount('view="table" timeout="0.2" src="/__si-test/hang"');
    el.addEventListener('si-error', (event) => errors.push(event));
    await el.updateComplete;
    expect(text(el)).to.include('静态事项甲');
    await waitUntil(() => el.shadowRoot!.querySelector('.notice') !== null, 'no notice', { timeout: 5000 });
    const notice = el.shadowRoot!.querySelector('.notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.include('暂时无法更新目录').and.include('/__si-test/hang');
    expect(notice.querySelector('button')!.textContent).to.include('重试');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2);
    expect(el.shadowRoot!.querySelector('.more')).to.equal(null, 'the static 显示更多 is dropped');
    expect(errors.length).to.equal(1);
  });

  it('keeps the static table on a 404 too', async () => {
    const el = mount('view="table" src="/__si-test/missing.json"');
    await waitUntil(() => el.shadowRoot!.querySelector('.notice') !== null, 'no notice', { timeout: 5000 });
    expect(text(el)).to.include('静态事项乙').and.include('HTTP 404');
  });

  it('shows the static table while src loads, then the loaded catalogue', async () => {
    const url = echoUrl(exampleCatalogue([{ name: '加载后的事项（示例）' }]), { delay: 300 });
    const el = mount(`view="table" src="${url}"`, { toolbar: true });
    await el.updateComplete;
    expect(text(el)).to.include('静态事项甲').and.not.include('静态搜索栏');
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    await waitUntil(() => text(el).includes('加载后的事项'), 'not loaded', { timeout: 5000 });
    expect(text(el)).to.not.include('静态事项甲');
  });

  it('keeps a table marked keep-static (a local file rendered with no URL) instead of the built-in catalogue', async () => {
    const el = mount('view="table"', { keep: true });
    await el.updateComplete;
    expect(text(el)).to.include('静态目录（示例）');
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
  });

  it('replaces an unmarked table of the built-in catalogue with its own render', async () => {
    const el = mount('view="table"');
    await el.updateComplete;
    expect(text(el)).to.not.include('静态事项甲');
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(2);
  });
});

describe('the server-rendered state stamp', () => {
  const catalogue = exampleCatalogue([{ name: '示例事项甲' }]);

  it('is the same for the same catalogue content and inputs, and differs when either does', () => {
    const key = renderStateKey(catalogue, ['示例目录', { query: '' }, 50]);
    expect(renderStateKey(structuredClone(catalogue), ['示例目录', { query: '' }, 50])).to.equal(key);
    expect(renderStateKey(catalogue, ['示例目录', { query: '社保' }, 50])).to.not.equal(key);
    expect(renderStateKey(exampleCatalogue([{ name: '示例事项乙' }]), ['示例目录', { query: '' }, 50])).to.not.equal(key);
  });

  it('is read from the probe with the rows region it belongs to', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<div class="width-probe" data-si-state="abc"></div><div class="toolbar"></div><div class="table-wrap"><div class="region"><table><tbody><tr><th>示例</th></tr></tbody></table></div></div>';
    const region = root.querySelector('.table-wrap');
    const taken = takeServerRendered(root)!;
    expect(taken.rows).to.deep.equal({ node: region, state: 'abc' });
    expect(root.childNodes.length).to.equal(0);
  });
});

describe('keepFirstRows: the server wrote every row, the element shows a page of them', () => {
  /** A rows region as catalogue-table.ts draws it: groups of 2, 3 and 2 rows, each a <tbody> with a spanning header. */
  function region(): HTMLElement {
    const wrap = document.createElement('div');
    let seq = 0;
    const group = (name: string, size: number) =>
      `<tbody>${Array.from({ length: size }, (_, index) => {
        seq += 1;
        const header = index === 0 ? `<th scope="rowgroup" rowspan="${size}">${name}</th>` : '';
        return `<tr data-seq="${seq}">${header}<th scope="row">事项${seq}</th><td>内容</td></tr>`;
      }).join('')}</tbody>`;
    wrap.innerHTML = `<div class="region"><table><caption>示例</caption><thead><tr><th>一级事项</th></tr></thead>${group('甲', 2)}${group('乙', 3)}${group('丙', 2)}</table></div>`;
    return wrap;
  }
  const seqs = (wrap: Element) => [...wrap.querySelectorAll<HTMLElement>('tbody tr')].map((row) => Number(row.dataset.seq));
  const spans = (wrap: Element) => [...wrap.querySelectorAll<HTMLTableCellElement>('th[scope="rowgroup"]')].map((th) => th.rowSpan);

  it('keeps the first rows, the same nodes, and shrinks the group it cuts in two', () => {
    const wrap = region();
    const first = wrap.querySelector('tbody tr');
    expect(keepFirstRows(wrap, 4)).to.equal(true);
    expect(seqs(wrap)).to.deep.equal([1, 2, 3, 4]);
    expect(spans(wrap)).to.deep.equal([2, 2]);
    expect(wrap.querySelectorAll('tbody').length).to.equal(2);
    expect(wrap.querySelector('tbody tr')).to.equal(first);
    expect(wrap.querySelector('caption, thead')).to.not.equal(null);
  });

  it('keeps everything when the page is every row, and changes nothing when the server wrote fewer', () => {
    const wrap = region();
    expect(keepFirstRows(wrap, 7)).to.equal(true);
    expect(seqs(wrap)).to.have.length(7);
    expect(keepFirstRows(wrap, 8)).to.equal(false);
    expect(seqs(wrap)).to.have.length(7);
    expect(spans(wrap)).to.deep.equal([2, 3, 2]);
  });

  it('cut at a group boundary leaves whole groups; nothing to show leaves no body', () => {
    const wrap = region();
    expect(keepFirstRows(wrap, 5)).to.equal(true);
    expect(spans(wrap)).to.deep.equal([2, 3]);
    expect(keepFirstRows(wrap, 0)).to.equal(true);
    expect(wrap.querySelectorAll('tbody').length).to.equal(0);
    expect(wrap.querySelector('thead')).to.not.equal(null);
  });
});
