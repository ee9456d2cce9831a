// The pieces the three integrations share: the element list from the manifest, the snippet the
// insert form writes (and its messages), the cleaning of kept markup, and the form itself.
import { expect, waitUntil } from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import { cleanHtml, hasSiMarkup, isScriptUrl } from '../../src/editors/clean-html.js';
import { attributesOf, SI_ELEMENTS, SI_TAGS } from '../../src/editors/element-schema.js';
import { openInsertDialog } from '../../src/editors/insert-dialog.js';
import { buildSnippet } from '../../src/editors/snippet.js';

describe('editor integrations: shared parts', () => {
  it('list every si-* element of custom-elements.json with all its attributes', () => {
    const declarations = (
      manifest as { modules: { declarations?: { customElement?: boolean; tagName?: string; attributes?: { name: string }[] }[] }[] }
    ).modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('si-'));
    expect(SI_TAGS).to.have.members(declarations.map((declaration) => declaration.tagName));
    for (const declaration of declarations) {
      expect(attributesOf(declaration.tagName!)).to.include.members(declaration.attributes!.map((attribute) => attribute.name));
    }
    expect(SI_ELEMENTS.find((element) => element.tag === 'si-catalogue')!.attributes.find((attribute) => attribute.name === 'view')!.values).to.deep.equal([
      'auto',
      'table',
      'cards',
    ]);
  });

  it('write a snippet from the form values, escaped, booleans without a value', () => {
    const result = buildSnippet({
      tag: 'si-catalogue',
      attributes: { level: 'township', columns: '序号、二级事项', exportable: true, 'sync-url': false, caption: 'A "quoted" <b>' },
    });
    expect(result.errors).to.deep.equal([]);
    expect(result.html).to.equal('<si-catalogue level="township" columns="序号、二级事项" exportable caption="A &quot;quoted&quot; &lt;b>"></si-catalogue>');
  });

  it('name the field and what was expected for each mistake', () => {
    const result = buildSnippet({ tag: 'si-service-guide', attributes: { src: 'javascript:alert(1)', 'heading-level': '9' } });
    expect(result.html).to.equal('');
    expect(result.errors.map((error) => error.attribute)).to.have.members(['src', 'heading-level', 'item']);
    expect(result.errors.find((error) => error.attribute === 'src')!.message).to.contain('http(s)');
    expect(buildSnippet({ tag: 'si-deadline', attributes: { changed: '2026/9/28' } }).errors[0]!.message).to.contain('YYYY-MM-DD');
    expect(buildSnippet({ tag: 'si-nothing', attributes: {} }).errors[0]!.message).to.contain('si-nothing');
  });

  it('clean on* attributes, script URLs and scripts out of markup, keeping everything else', () => {
    const cleaned = cleanHtml(
      '<si-item-card item="3" onclick="x()"><a slot="actions" href=" java\tscript:x()" title="t">办理</a><img src="a.png" onerror="x()"><script>x()</script><script src="/a.js"></script></si-item-card><script src="data:text/javascript,x()"></script><script type="module" src="/static/si-catalogue/si-catalogue.bundle.js"></script><script src="https://cdn.example.com/tracker.js"></script><script src="/static/si-catalogue/si-catalogue.loader.js?v=2" defer></script>',
    );
    expect(cleaned).to.equal(
      '<si-item-card item="3"><a slot="actions" title="t">办理</a><img src="a.png"></si-item-card><script type="module" src="/static/si-catalogue/si-catalogue.bundle.js"></script><script src="/static/si-catalogue/si-catalogue.loader.js?v=2" defer=""></script>',
    );
    expect(isScriptUrl('JavaScript:x')).to.equal(true);
    expect(isScriptUrl('/guides/48.json')).to.equal(false);
    expect(hasSiMarkup('<p>text</p>')).to.equal(false);
    expect(hasSiMarkup('<si-deadline></si-deadline>')).to.equal(true);
  });

  it('the insert form: labelled fields from the schema, a message on a mistake, the snippet on 插入', async () => {
    let inserted = '';
    const dialog = openInsertDialog({ onInsert: (html) => (inserted = html), tag: 'si-item-card' });
    try {
      expect(dialog.open).to.equal(true);
      expect(document.activeElement?.id).to.equal('si-insert-component');
      const component = dialog.querySelector<HTMLSelectElement>('#si-insert-component')!;
      component.value = 'si-catalogue';
      component.dispatchEvent(new Event('change'));
      expect([...dialog.querySelector<HTMLSelectElement>('[name="level"]')!.options].map((option) => option.value)).to.deep.equal(['', 'county', 'township']);
      component.value = 'si-item-card';
      component.dispatchEvent(new Event('change'));
      for (const control of dialog.querySelectorAll('input, select')) {
        expect(dialog.querySelector(`label[for="${control.id}"]`) ?? control.closest('label'), `label for ${control.id}`).to.exist;
      }
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect(dialog.open, 'stays open on a mistake').to.equal(true);
      const item = dialog.querySelector<HTMLInputElement>('[name="item"]')!;
      expect(item.getAttribute('aria-invalid')).to.equal('true');
      expect(document.getElementById(item.getAttribute('aria-describedby')!)!.textContent).to.contain('事项序号');
      item.value = '48';
      item.dispatchEvent(new Event('input', { bubbles: true }));
      expect(dialog.querySelector('pre')!.textContent).to.equal('<si-item-card item="48"></si-item-card>');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect(inserted).to.equal('<si-item-card item="48"></si-item-card>');
      await waitUntil(() => !dialog.isConnected, 'removed once closed');
    } finally {
      dialog.remove();
    }
  });
});
