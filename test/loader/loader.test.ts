// si-catalogue.loader.js: ES5 (parses with acorn at ecmaVersion 5), loads the module bundle from
// its own URL once, and turns ?si-component= links into elements, in a fresh page each time.
import { expect, waitUntil } from '@open-wc/testing';
import { parse } from 'acorn';

const LOADER = '/static/si-catalogue/si-catalogue.loader.js';

async function page(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

describe('si-catalogue.loader.js', function () {
  this.timeout(20000);
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('is ES5: acorn parses it at ecmaVersion 5 as a classic script', async () => {
    const source = await (await fetch('/src/loader/si-catalogue.loader.js')).text();
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.to.throw();
    expect(() => parse('const x = () => 1;', { ecmaVersion: 5, sourceType: 'script' }), 'the check can fail').to.throw();
  });

  it('loads the bundle beside it and turns fallback links into working elements', async () => {
    const doc = await page(`
      <p><a id="catalogue" href="/static/si-catalogue/catalogue.html?si-component=si-catalogue&amp;level=township&amp;exportable&amp;onclick=alert(1)&amp;style=color:red">社会保险领域基层政务公开标准目录</a></p>
      <p><a id="card" href="/static/si-catalogue/catalogue.html?si-component=si-item-card&amp;item=48">社会保障卡申领</a></p>
      <p><a id="other" href="/static/si-catalogue/catalogue.html?si-component=script&amp;src=x.js">不是组件</a></p>
      <p><a id="plain" href="/news/1.html">普通链接</a></p>
      <script src="${LOADER}"></script>
      <script src="${LOADER}"></script>`);
    const catalogue = doc.querySelector('si-catalogue')!;
    expect(catalogue, 'link became the element').to.exist;
    expect(catalogue.getAttribute('level')).to.equal('township');
    expect(catalogue.hasAttribute('exportable')).to.equal(true);
    expect(catalogue.hasAttribute('onclick')).to.equal(false);
    expect(catalogue.hasAttribute('style')).to.equal(false);
    expect(doc.querySelector('si-item-card')!.getAttribute('item')).to.equal('48');
    expect(doc.getElementById('other'), 'unknown component stays a link').to.exist;
    expect(doc.getElementById('plain')).to.exist;
    const modules = doc.querySelectorAll('script[type="module"]');
    expect(modules.length, 'bundle added once').to.equal(1);
    expect((modules[0] as HTMLScriptElement).src).to.equal(new URL('/static/si-catalogue/si-catalogue.bundle.js', location.href).href);
    await waitUntil(() => catalogue.shadowRoot?.querySelectorAll('tbody tr, li').length, 'the catalogue renders rows', { timeout: 15000 });
    await waitUntil(() => doc.querySelector('si-item-card')!.shadowRoot?.textContent?.includes('社会保障卡申领'), 'the card renders');
  });

  it('data-bundle names another bundle URL; a bundle already on the page is not added again', async () => {
    const doc = await page(`<script src="${LOADER}" data-bundle="/static/si-catalogue/si-catalogue.bundle.js?v=other"></script>`);
    expect((doc.querySelector('script[type="module"]') as HTMLScriptElement).src).to.equal(
      new URL('/static/si-catalogue/si-catalogue.bundle.js?v=other', location.href).href,
    );
    const withBundle = await page(`<script type="module" src="/static/si-catalogue/si-catalogue.bundle.js"></script><script src="${LOADER}"></script>`);
    expect(withBundle.querySelectorAll('script[type="module"]').length).to.equal(1);
  });
});
