// The export button says what it does in plain words (导出表格（CSV）, not 下载 CSV) in each UI
// language, and is secondary: the toolbar's last control, styled like 清除筛选, not a primary fill.
import { expect, html } from '@open-wc/testing';
import { renderCatalogue, shadow } from '../../support/catalogue.js';

describe('the catalogue export button', () => {
  for (const [lang, label] of [
    ['zh-CN', '导出表格（CSV）'],
    ['zh-TW', '匯出表格（CSV）'],
    ['en', 'Export table (CSV)'],
  ] as const) {
    it(`reads ${label} in ${lang}`, async () => {
      const el = await renderCatalogue(html`<si-catalogue exportable lang=${lang}></si-catalogue>`);
      expect(shadow(el).querySelector('[part="export-button"]')!.textContent!.trim()).to.equal(label);
    });
  }

  it('is the last control of the toolbar, drawn like the clear button', async () => {
    const el = await renderCatalogue(html`<si-catalogue exportable query="社保"></si-catalogue>`);
    const controls = [...shadow(el).querySelectorAll('[part="toolbar"] :is(button, input, select)')];
    const exportButton = shadow(el).querySelector<HTMLElement>('[part="export-button"]')!;
    const clear = shadow(el).querySelector<HTMLElement>('[part="clear-button"]')!;
    expect(controls.at(-1)).to.equal(exportButton);
    expect(exportButton.classList.contains('primary')).to.equal(false);
    const look = (button: HTMLElement) => {
      const style = getComputedStyle(button);
      return { background: style.backgroundColor, color: style.color, border: style.borderColor, weight: style.fontWeight };
    };
    expect(look(exportButton)).to.deep.equal(look(clear));
  });
});
