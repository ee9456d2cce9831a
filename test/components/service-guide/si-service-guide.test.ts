import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import exampleGuide from '../../../demo/guide.example.json';
import { catalogueContext } from '../../../src/context/catalogue-context.js';
import '../../../src/service-guide.js';
import type { GuideToggleDetail, ServiceGuide, SiServiceGuide } from '../../../src/service-guide.js';
import { GUIDE_SECTIONS } from '../../../src/service-guide.js';
import { exampleCatalogue, withoutUncaughtErrors } from '../../support/catalogue.js';
import { settled } from '../../support/wait.js';
import { recordFetches } from '../../support/fetches.js';

const FIXTURES = new URL('../../fixtures/service-guide/', import.meta.url).href;

const shadow = (el: SiServiceGuide) => el.shadowRoot!;
const sectionKeys = (el: SiServiceGuide) => [...shadow(el).querySelectorAll<HTMLElement>('section.section')].map((s) => s.dataset.key!);
const section = (el: SiServiceGuide, key: string) => shadow(el).querySelector<HTMLElement>(`section.section[data-key="${key}"]`);
const toggle = (el: SiServiceGuide, key: string) => section(el, key)!.querySelector<HTMLButtonElement>('button.toggle')!;
const panel = (el: SiServiceGuide, key: string) => section(el, key)!.querySelector<HTMLElement>('.panel')!;
const isOpen = (el: SiServiceGuide, key: string) => toggle(el, key).getAttribute('aria-expanded') === 'true' && !panel(el, key).hidden;
const alert = (el: SiServiceGuide) => shadow(el).querySelector('[role="alert"]');
const button = (el: SiServiceGuide, text: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent!.trim() === text)!;

async function loaded(el: SiServiceGuide): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => shadow(el).querySelector('[aria-busy="true"]') === null, 'still loading', { timeout: 5000 });
  await settled(el);
}

function checklist(el: SiServiceGuide): Record<string, { present: boolean; text: string }> {
  const entries = [...shadow(el).querySelectorAll<HTMLElement>('[part="checklist-entry"]')];
  return Object.fromEntries(entries.map((li) => [li.dataset.key!, { present: li.dataset.present === 'true', text: li.textContent!.replace(/\s+/g, '') }]));
}

/** Every section of item 48 filled, by data. */
function completeGuide(): ServiceGuide {
  return exampleGuide as ServiceGuide;
}

/** A container in the document (removed after the suite: open-wc removes its fixtures from it first). */
const containers: HTMLElement[] = [];
function container(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  containers.push(div);
  return div;
}
after(() => containers.forEach((div) => div.remove()));

afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<si-service-guide> sources', () => {
  it('renders from the guide property with the item header, in section order, collapsed', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48" .guide=${completeGuide()}></si-service-guide>`);
    const title = shadow(el).querySelector('[part="title"]')!;
    expect(title.textContent).to.include('社会保障卡申领').and.include('服务指南');
    expect(title.localName).to.equal('h2');
    expect(shadow(el).querySelector('[part="group"]')!.textContent).to.include('社会保障卡服务');
    const deadline = shadow(el).querySelector('si-deadline')!;
    expect(deadline.getAttribute('working-days')).to.equal('20');
    expect(sectionKeys(el)).to.deep.equal([...GUIDE_SECTIONS, '制卡网点']);
    expect(sectionKeys(el).every((key) => !isOpen(el, key))).to.equal(true);
    expect(panel(el, 'materials').textContent).to.include('居民身份证（示例）').and.include('1 份');
    expect(panel(el, 'process').querySelectorAll('ol > li').length).to.equal(4);
    expect(panel(el, 'faq').textContent).to.include('示例问题：社会保障卡丢失了怎么办？');
    const sample = panel(el, 'materials').querySelector<HTMLAnchorElement>('a.sample')!;
    expect(sample.getAttribute('href')).to.equal('https://www.example.gov.cn/示例/照片要求.html');
    expect(sample.textContent).to.include('近期免冠照片（示例）');
  });

  it('defaults 设定依据 to the item basis, and the guide basis wins when given', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="social-security-card-application" .guide=${{ fees: '不收费' }}></si-service-guide>`);
    expect(sectionKeys(el)).to.deep.equal(['basis', 'fees']);
    expect(section(el, 'basis')!.dataset.source).to.equal('catalogue');
    expect(panel(el, 'basis').textContent).to.include('《社会保险法》').and.include('取自公开目录');
    el.guide = { basis: ['《示例条例》第一条'] };
    await settled(el);
    expect(section(el, 'basis')!.dataset.source).to.equal('data');
    expect(panel(el, 'basis').textContent).to.include('《示例条例》第一条').and.not.include('社会保险法');
  });

  it('loads a guide from src, busy first, taking the item from the guide', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide src=${`${FIXTURES}guide.json`}></si-service-guide>`);
    expect(shadow(el).querySelector('[aria-busy="true"]')).to.not.equal(null);
    await loaded(el);
    expect(alert(el)).to.equal(null);
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.include('社会保障卡申领');
    expect(sectionKeys(el)).to.deep.equal(['name', 'basis', 'materials', 'fees']);
    expect(panel(el, 'materials').textContent).to.include('示例材料（src）');
  });

  it('renders sections from light DOM slots alone, keeping the page links and markup', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48">
      <div slot="materials"><ol><li><a href="/示例/身份证.html">居民身份证（示例）</a></li></ol></div>
      <div slot="contact"><p>示例电话：<strong>0000-0000000</strong></p></div>
      <div slot="制卡网点"><p>示例网点</p></div>
    </si-service-guide>`);
    await settled(el);
    expect(sectionKeys(el)).to.deep.equal(['basis', 'materials', 'contact', '制卡网点']);
    const slot = panel(el, 'materials').querySelector('slot')!;
    const [assigned] = slot.assignedElements();
    expect(assigned.querySelector('a')!.getAttribute('href')).to.equal('/示例/身份证.html');
    expect(section(el, 'contact')!.dataset.source).to.equal('slot');
  });

  it('mixes data and slots: a slot wins over data for its section only', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48" .guide=${completeGuide()}>
      <div slot="materials"><p>页面中的示例材料</p></div>
    </si-service-guide>`);
    await settled(el);
    expect(section(el, 'materials')!.dataset.source).to.equal('slot');
    expect(panel(el, 'materials').textContent).to.not.include('居民身份证（示例）');
    expect(panel(el, 'materials').querySelector('slot')!.assignedElements()[0].textContent).to.include('页面中的示例材料');
    expect(section(el, 'fees')!.dataset.source).to.equal('data');
  });

  it('ignores an empty slot and follows slots added and removed later', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48" .guide=${{ fees: '不收费（示例）' }}>
      <div slot="fees">&nbsp;</div>
    </si-service-guide>`);
    await settled(el);
    expect(section(el, 'fees')!.dataset.source).to.equal('data');
    const hours = document.createElement('div');
    hours.slot = 'hours';
    hours.textContent = '示例：工作日';
    el.append(hours);
    await settled(el);
    expect(sectionKeys(el)).to.include('hours');
    hours.remove();
    await settled(el);
    expect(sectionKeys(el)).to.not.include('hours');
  });

  it('shows markup in data as text, never as elements', async () => {
    const el = await fixture<SiServiceGuide>(
      html`<si-service-guide expanded .guide=${{ fees: '<img src=x onerror=alert(1)><b>不收费</b>' }}></si-service-guide>`,
    );
    expect(panel(el, 'fees').querySelector('img, b')).to.equal(null);
    expect(panel(el, 'fees').textContent).to.include('<b>不收费</b>');
  });

  it('looks the item up in the catalogue of an enclosing provider', async () => {
    const host = container();
    new ContextProvider(host, { context: catalogueContext, initialValue: exampleCatalogue([{ name: '示例事项甲' }, { name: '示例事项乙' }]) });
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="2"></si-service-guide>`, { parentNode: host });
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.include('示例事项乙');
  });

  it('says so visibly when the item is not in the catalogue, and still shows the guide', async () => {
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    let el: SiServiceGuide;
    try {
      el = await fixture<SiServiceGuide>(html`<si-service-guide item="999" .guide=${{ name: '示例指南', fees: '不收费' }}></si-service-guide>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      console.warn = realWarn;
    }
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0][0])).to.include('"999"');
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.include('999');
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.include('示例指南');
    expect(sectionKeys(el)).to.deep.equal(['name', 'fees']);
    await expect(el).to.be.accessible();
  });
});

describe('<si-service-guide> collapsing', () => {
  it('opens and closes a section by mouse, firing si-guide-toggle', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48" .guide=${completeGuide()}></si-service-guide>`);
    const events: GuideToggleDetail[] = [];
    el.addEventListener('si-guide-toggle', (event) => events.push(event.detail));
    toggle(el, 'materials').click();
    await el.updateComplete;
    expect(isOpen(el, 'materials')).to.equal(true);
    expect(toggle(el, 'materials').getAttribute('aria-controls')).to.equal(panel(el, 'materials').id);
    toggle(el, 'materials').click();
    await el.updateComplete;
    expect(isOpen(el, 'materials')).to.equal(false);
    expect(events).to.deep.equal([
      { section: 'materials', open: true },
      { section: 'materials', open: false },
    ]);
  });

  it('opens and closes a section by keyboard (Tab, Enter, Space)', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide .guide=${{ fees: '不收费', hours: '示例：工作日' }}></si-service-guide>`);
    toggle(el, 'fees').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isOpen(el, 'fees')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(toggle(el, 'hours'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(isOpen(el, 'hours')).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(isOpen(el, 'hours')).to.equal(false);
  });

  it('expands and collapses all with the toolbar, one event per section that changed', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48" .guide=${completeGuide()}></si-service-guide>`);
    toggle(el, 'fees').click();
    await el.updateComplete;
    const events: GuideToggleDetail[] = [];
    el.addEventListener('si-guide-toggle', (event) => events.push(event.detail));
    button(el, '全部展开').click();
    await el.updateComplete;
    expect(sectionKeys(el).every((key) => isOpen(el, key))).to.equal(true);
    expect(events.length).to.equal(sectionKeys(el).length - 1);
    button(el, '全部收起').click();
    await el.updateComplete;
    expect(sectionKeys(el).every((key) => !isOpen(el, key))).to.equal(true);
  });

  it('opens every section with expanded, including sections loaded later, and closes them when removed', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide expanded src=${`${FIXTURES}guide.json`}></si-service-guide>`);
    await loaded(el);
    expect(sectionKeys(el).length).to.be.greaterThan(0);
    expect(sectionKeys(el).every((key) => isOpen(el, key))).to.equal(true);
    el.expanded = false;
    await el.updateComplete;
    expect(sectionKeys(el).every((key) => !isOpen(el, key))).to.equal(true);
  });

  it('opens the section the URL hash names, on load and on hashchange', async () => {
    history.replaceState(null, '', '#si-guide-materials');
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48" .guide=${completeGuide()}></si-service-guide>`);
    await settled(el);
    expect(isOpen(el, 'materials')).to.equal(true);
    expect(isOpen(el, 'fees')).to.equal(false);
    const toggled = oneEvent(el, 'si-guide-toggle');
    location.hash = '#si-guide-fees';
    expect((await toggled).detail).to.deep.equal({ section: 'fees', open: true });
    await el.updateComplete;
    expect(isOpen(el, 'fees')).to.equal(true);
    location.hash = `#si-guide-${encodeURIComponent('制卡网点')}`;
    await waitUntil(() => isOpen(el, '制卡网点'), 'disclosure section not opened');
  });

  it('opens a hash-linked section once its src data arrives', async () => {
    history.replaceState(null, '', '#si-guide-fees');
    const el = await fixture<SiServiceGuide>(html`<si-service-guide src=${`${FIXTURES}guide.json`}></si-service-guide>`);
    await loaded(el);
    expect(isOpen(el, 'fees')).to.equal(true);
  });

  it('prints every section expanded, without the toolbar', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48" .guide=${completeGuide()}></si-service-guide>`);
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(panel(el, 'materials')).display).to.not.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.toolbar')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(panel(el, 'materials')).display).to.equal('none');
  });

  it('uses heading-level for the title and one level below for sections', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide heading-level="3" .guide=${{ fees: '不收费' }}></si-service-guide>`);
    expect(shadow(el).querySelector('[part="title"]')!.localName).to.equal('h3');
    expect(section(el, 'fees')!.querySelector(':is(h1, h2, h3, h4, h5, h6)')!.localName).to.equal('h4');
  });

  it('never draws text below 14px, even when sized down to 10px', async () => {
    const host = container();
    host.style.setProperty('--si-service-guide-font-size', '10px');
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48" .guide=${{ fees: '不收费' }}></si-service-guide>`, { parentNode: host });
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(14);
    expect(parseFloat(getComputedStyle(shadow(el).querySelector('[part="group"]')!).fontSize)).to.be.at.least(14);
    expect(parseFloat(getComputedStyle(panel(el, 'basis').querySelector('.origin')!).fontSize)).to.be.at.least(14);
  });
});

describe('<si-service-guide editor>', () => {
  it('marks every element and section present for a complete guide', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide editor item="48" .guide=${completeGuide()}></si-service-guide>`);
    const entries = checklist(el);
    expect(Object.keys(entries)).to.deep.equal(['服务指南', '制卡网点', '社保卡经办机构信息', ...GUIDE_SECTIONS]);
    expect(Object.values(entries).every((entry) => entry.present)).to.equal(true);
    expect(entries['服务指南'].text).to.include('已填写').and.include('16/16');
    expect(entries['社保卡经办机构信息'].text).to.include('实施主体');
    expect(shadow(el).querySelector('[part="checklist-summary"]')!.textContent).to.include('全部');
    expect(el.missing).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('marks what is missing in text and icon, and shows the missing sections to fill', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide editor item="48" .guide=${{ fees: '不收费（示例）' }}>
      <div slot="contact"><p>示例电话：0000-0000000</p></div>
    </si-service-guide>`);
    await settled(el);
    const entries = checklist(el);
    expect(entries.fees).to.deep.include({ present: true });
    expect(entries.fees.text).to.include('来自指南数据');
    expect(entries.contact.text).to.include('来自页面内容');
    expect(entries.basis.text).to.include('取自公开目录');
    expect(entries.materials).to.deep.equal({ present: false, text: '申请材料缺失' });
    expect(entries['制卡网点'].present).to.equal(false);
    expect(entries['服务指南'].text).to.include('缺失').and.include('3/16');
    const missingIcon = shadow(el).querySelector('[data-key="materials"] svg')!;
    expect(missingIcon.getAttribute('aria-hidden')).to.equal('true');
    expect(el.missing).to.include('materials').and.include('制卡网点').and.not.include('fees');
    expect(section(el, 'materials')!.dataset.source).to.equal('missing');
    expect(toggle(el, 'materials').textContent).to.include('缺失');
    expect(section(el, '制卡网点')).to.not.equal(null);
    await expect(el).to.be.accessible();

    el.editor = false;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="checklist"]')).to.equal(null);
    expect(sectionKeys(el)).to.deep.equal(['basis', 'fees', 'contact']);
  });

  it('checks only the standard sections when no item is given', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide editor .guide=${{ fees: '不收费' }}></si-service-guide>`);
    expect(Object.keys(checklist(el))).to.deep.equal([...GUIDE_SECTIONS]);
    expect(shadow(el).querySelector('[part="checklist"]')!.textContent).to.include('未关联公开目录事项');
  });
});

describe('<si-service-guide> errors', () => {
  for (const [name, file, expected] of [
    ['a 404', 'missing.json', 'HTTP 404'],
    ['broken JSON', 'broken.json', '不是有效的 JSON'],
    ['an invalid guide', 'invalid.json', '不符合要求'],
  ] as const) {
    it(`shows ${name} from src as a visible alert naming the URL, with retry, and no uncaught error`, async () => {
      let el!: SiServiceGuide;
      let errorEvent: CustomEvent | undefined;
      const errors = await withoutUncaughtErrors(async () => {
        el = await fixture<SiServiceGuide>(
          html`<si-service-guide item="48" src=${FIXTURES + file} @si-error=${(e: CustomEvent) => (errorEvent = e)}></si-service-guide>`,
        );
        await loaded(el);
      });
      expect(errors).to.deep.equal([]);
      expect(alert(el)!.textContent).to.include(expected).and.include(file);
      expect(alert(el)!.querySelector('button')!.textContent).to.include('重试');
      expect(errorEvent?.detail.problem).to.be.an('object');
      expect(shadow(el).querySelector('[part="title"]')!.textContent).to.include('社会保障卡申领');
      await expect(el).to.be.accessible();
    });
  }

  it('lists the first JSON paths of an invalid guide, in the interface language', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide src=${`${FIXTURES}invalid.json`}></si-service-guide>`);
    await loaded(el);
    const listed = () => [...alert(el)!.querySelectorAll('li')].map((li) => li.textContent!);
    expect(listed()).to.deep.equal([
      'materials[1].name：缺少此项',
      'materials[2].name：应为非空字符串，实际为 ""',
      'channels.online.href：应为 http(s) 网址或相对网址，实际为 "javascript:alert(1)"',
    ]);
    el.lang = 'zh-TW';
    await waitUntil(() => listed()[0] === 'materials[1].name：缺少此項', 'not in zh-TW');
    el.lang = 'en';
    await waitUntil(() => listed()[0] === 'materials[1].name: missing', 'not in English');
    expect(listed()).to.deep.equal([
      'materials[1].name: missing',
      'materials[2].name: expected a non-empty string, got ""',
      'channels.online.href: expected an http(s) or relative URL, got "javascript:alert(1)"',
    ]);
  });

  it('shows an invalid guide property, and recovers when it is fixed', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide .guide=${{ materials: [{ form: '原件' }] }}></si-service-guide>`);
    expect(alert(el)!.textContent).to.include('materials[0].name：缺少此项');
    el.guide = { fees: '不收费' };
    await el.updateComplete;
    expect(alert(el)).to.equal(null);
    expect(sectionKeys(el)).to.deep.equal(['fees']);
  });

  it('retries after a failed load and aborts the request when removed', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide src=${`${FIXTURES}missing.json`}></si-service-guide>`);
    await loaded(el);
    el.src = `${FIXTURES}guide.json`;
    await loaded(el);
    expect(alert(el)).to.equal(null);
    expect(sectionKeys(el)).to.include('materials');

    const fetches = recordFetches();
    const { signals } = fetches;
    try {
      el.src = `${FIXTURES}guide.json?again`;
      await el.updateComplete;
      el.remove();
      expect(signals[0].aborted).to.equal(true);
    } finally {
      fetches.stop();
    }
  });
});

describe('<si-service-guide> languages', () => {
  const title = (el: SiServiceGuide) => shadow(el).querySelector('[part="title"]')!.textContent!.trim();
  const toggleText = (el: SiServiceGuide, key: string) => toggle(el, key).textContent!.replace(/\s+/g, ' ').trim();

  it('follows the nearest lang: zh-TW and English words, the data as written', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="zh-HK">
      <si-service-guide item="48" editor .guide=${{ fees: '不收费（示例）', materials: [{ name: '示例材料', copies: 2 }] }}></si-service-guide>
    </div>`);
    const el = box.querySelector('si-service-guide')!;
    await settled(el);
    expect(button(el, '全部展開')).to.exist;
    expect(toggleText(el, 'fees')).to.equal('收費標準');
    expect(toggleText(el, 'faq')).to.equal('常見問題（缺失）');
    expect(title(el)).to.match(/ 服務指南$/);

    box.lang = 'en';
    await settled(el);
    expect(button(el, 'Expand all')).to.exist;
    expect(toggleText(el, 'faq')).to.equal('Frequently asked questions (Missing)');
    expect(title(el)).to.match(/: service guide$/);
    expect(panel(el, 'materials').textContent).to.include('示例材料').and.include('2 copies');
    expect(shadow(el).querySelector('[part="checklist-summary"]')!.textContent).to.match(/^\d+ of \d+ items missing\.$/);
    expect(panel(el, 'fees').textContent!.trim()).to.equal('不收费（示例）');
  });

  it('takes per-instance overrides from the strings attribute, nested keys included', async () => {
    const el = await fixture<SiServiceGuide>(
      html`<si-service-guide strings='{"expandAll":"展开全部栏目","sections":{"fees":"收费"}}' .guide=${{ fees: '不收费' }}></si-service-guide>`,
    );
    await settled(el);
    expect(button(el, '展开全部栏目')).to.exist;
    expect(button(el, '全部收起')).to.exist;
    expect(toggleText(el, 'fees')).to.equal('收费');
  });
});
