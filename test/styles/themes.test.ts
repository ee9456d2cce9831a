import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/catalogue.js';
import '../../src/channel-badges.js';
import '../../src/deadline.js';
import '../../src/service-guide.js';
import exampleGuide from '../../demo/guide.example.json';
import { SiCatalogue } from '../../src/catalogue.js';
import { SiChannelBadges } from '../../src/channel-badges.js';
import { SiDeadline } from '../../src/deadline.js';
import { DTCG_EXTENSION, toDtcg, type DtcgGroup, type DtcgToken } from '../../src/styles/dtcg.js';
import { THEME_NAMES, themes, type ThemeName } from '../../src/styles/themes.js';
import { tokenDefinitions, tokenNames, type TokenName } from '../../src/styles/tokens.js';
import { SiElement } from '../../src/internal/si-element.js';
import { exampleCatalogue } from '../support/catalogue.js';
import { expectConsole } from '../support/console-guard.js';
import { nextTask } from '../support/wait.js';

// ---------------------------------------------------------------------------------------------
// Measuring what the browser drew: computed colours through every shadow tree.

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (match === null) throw new Error(`unexpected colour ${value}`);
  const parts = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the flattened tree: a slotted element's slot, a shadow root's host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opaque colour behind an element: its and its ancestors' backgrounds over a white page. */
function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let current: Element | null = element; current !== null; current = flatParent(current)) {
    const color = parseColor(getComputedStyle(current).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Every element in `root` and in the shadow trees inside it. */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

function isShown(element: Element): boolean {
  if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
  const rect = element.getBoundingClientRect();
  // Screen-reader-only text (clipped to 1 × 1 px) is not drawn.
  return rect.width > 1 && rect.height > 1;
}

interface TextSample {
  element: Element;
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/** Every piece of text drawn inside `root`, with its contrast against what is behind it. */
function textSamples(root: Element): TextSample[] {
  const samples: TextSample[] = [];
  const sample = (element: Element, text: string, color: Rgba) => {
    const background = backgroundOf(element);
    const drawn = over(color, background);
    samples.push({
      element,
      text: text.trim().slice(0, 24),
      ratio: contrast(drawn, background),
      color: `rgb(${drawn.slice(0, 3).map(Math.round).join(',')})`,
      background: `rgb(${background.slice(0, 3).map(Math.round).join(',')})`,
    });
  };
  for (const element of deepElements(root)) {
    if (element.closest('svg, style, option, template') || !isShown(element)) continue;
    const ownText = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('');
    if (ownText.trim() !== '') sample(element, ownText, parseColor(getComputedStyle(element).color));
    if (element instanceof HTMLInputElement && element.value === '' && element.placeholder !== '') {
      sample(element, element.placeholder, parseColor(getComputedStyle(element, '::placeholder').color));
    }
    if (element instanceof HTMLSelectElement) {
      sample(element, element.selectedOptions[0]?.text ?? '', parseColor(getComputedStyle(element).color));
    }
  }
  return samples;
}

function describe_(sample: TextSample): string {
  const where = sample.element.getAttribute('part') ?? sample.element.className ?? '';
  return `"${sample.text}" <${sample.element.localName}${where ? ` ${where}` : ''}> ${sample.color} on ${sample.background}: ${sample.ratio.toFixed(2)}:1`;
}

/** Opens every disclosure, so its text is measured too. */
function openAllDetails(root: Element): void {
  for (const element of deepElements(root)) if (element instanceof HTMLDetailsElement) element.open = true;
}

const CATALOGUE = exampleCatalogue([
  { name: '示例登记事项', channels: ['政府网站', '政务服务中心', '示例公示栏', '示例渠道'] },
  { name: '示例待遇核定', group: '示例一级事项乙', levels: { county: true, township: true } },
  { name: '示例查询服务', method: { proactive: false, onRequest: true } },
]);

/** Every component, in the states that draw different colours, under one themed container. */
async function renderGallery(theme: ThemeName, width = 1100): Promise<HTMLElement> {
  // The gallery's guide for a missing item warns (once a page).
  expectConsole('<si-service-guide>: no catalogue item has the seq or id "999"');
  const box = await fixture<HTMLElement>(html`
    <div data-si-theme=${theme} style="inline-size: ${width}px">
      <si-catalogue view="table" query="示例" .catalogue=${CATALOGUE} exportable selectable page-size="2"></si-catalogue>
      <si-catalogue view="cards" group="示例一级事项甲" .catalogue=${CATALOGUE} guide-href="/guides/{id}.html"></si-catalogue>
      <si-catalogue query="不存在的事项" .catalogue=${CATALOGUE} hide-toolbar></si-catalogue>
      <si-catalogue .catalogue=${{ id: 'x', title: '示例', items: [{ seq: 'one' }] }}></si-catalogue>
      <si-channel-badges channels="政府网站,政务服务中心,基层公共服务平台,示例渠道" .links=${{ 政府网站: 'https://www.example.gov.cn/' }}></si-channel-badges>
      <si-channel-badges size="s" channels="政府网站,微信公众号"></si-channel-badges>
      <si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>
      <si-deadline changed="2026-09-28" published="2026-10-16"></si-deadline>
      <si-deadline changed="2026-09-28" published="2026-11-04"></si-deadline>
      <si-deadline variant="compact" changed="2026-09-28" today="2026-10-30"></si-deadline>
      <si-deadline variant="compact" changed="2026-09-28" today="2026-11-03"></si-deadline>
      <si-deadline changed="2026-12-15" today="2026-12-20"></si-deadline>
      <si-deadline changed="2026-13-45" working-days="-3"></si-deadline>
      <si-deadline variant="full"></si-deadline>
      <si-service-guide .guide=${exampleGuide} expanded editor></si-service-guide>
      <si-service-guide item="48" .guide=${{ fees: '不收费（示例）' }} expanded editor></si-service-guide>
      <si-service-guide item="999" .guide=${{ name: '示例指南', fees: '不收费' }}></si-service-guide>
      <si-service-guide .guide=${{ materials: [{ form: '原件' }] }}></si-service-guide>
    </div>
  `);
  for (let i = 0; i < 3; i++) {
    for (const element of box.querySelectorAll<SiElement>('si-catalogue, si-channel-badges, si-deadline, si-service-guide')) await element.updateComplete;
    await nextTask();
  }
  openAllDetails(box);
  return box;
}

// ---------------------------------------------------------------------------------------------

describe('themes', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const theme of THEME_NAMES) {
    it(`${theme}: every text drawn by every component reaches ${themes[theme].minContrast}:1`, async () => {
      const box = await renderGallery(theme);
      const samples = textSamples(box);
      expect(samples.length, 'texts measured').to.be.greaterThan(150);
      const failures = samples.filter((sample) => sample.ratio < themes[theme].minContrast);
      const lowest = samples.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      // The report the docs quote: the lowest ratio measured in each theme.
      console.log(`contrast ${theme}: ${samples.length} texts, lowest ${describe_(lowest)}`);
      expect(failures.map(describe_), `texts under ${themes[theme].minContrast}:1`).to.deep.equal([]);
    });
  }

  it('elder: body text at least 18px, line height at least 1.5, targets at least 44 × 44 px', async () => {
    const box = await renderGallery('elder');
    // Even inside a page that sets 12px 宋体.
    box.style.font = '12px SimSun, serif';
    await nextTask();
    const small: string[] = [];
    const tight: string[] = [];
    for (const sample of textSamples(box)) {
      const style = getComputedStyle(sample.element);
      const size = parseFloat(style.fontSize);
      if (size < 18) small.push(`${describe_(sample)} at ${size}px`);
      const lineHeight = style.lineHeight === 'normal' ? 0 : parseFloat(style.lineHeight);
      if (lineHeight / size < 1.5 && !(sample.element instanceof HTMLInputElement || sample.element instanceof HTMLSelectElement)) {
        tight.push(`${describe_(sample)}: line height ${style.lineHeight} at ${size}px`);
      }
    }
    expect(small, 'text under 18px').to.deep.equal([]);
    expect(tight, 'line height under 1.5').to.deep.equal([]);

    const targets: string[] = [];
    let counted = 0;
    for (const element of deepElements(box)) {
      if (!element.matches('a[href], button, input, select, summary') || !isShown(element)) continue;
      // Links inside running text or table cells are exempt (WCAG 2.5.8, inline).
      if (getComputedStyle(element).display === 'inline') continue;
      counted += 1;
      const { width, height } = element.getBoundingClientRect();
      if (width < 44 || height < 44)
        targets.push(
          `<${element.localName} ${element.getAttribute('part') ?? ''}> ${element.textContent?.trim().slice(0, 12)}: ${width.toFixed(0)} × ${height.toFixed(0)}`,
        );
    }
    expect(counted, 'targets measured').to.be.greaterThan(10);
    expect(targets, 'targets under 44 × 44 px').to.deep.equal([]);
  });

  it('elder: headings are larger than body text, and the focus ring is thicker than the default', async () => {
    const box = await renderGallery('elder');
    const catalogue = box.querySelector('si-catalogue')!;
    const body = parseFloat(getComputedStyle(catalogue).fontSize);
    const caption = catalogue.shadowRoot!.querySelector('caption')!;
    expect(parseFloat(getComputedStyle(caption).fontSize)).to.be.at.least(body * 1.4);
    const button = catalogue.shadowRoot!.querySelector('button')!;
    button.focus();
    expect(getComputedStyle(button).outlineWidth).to.equal(themes.elder.tokens['focus-ring-width']);
  });

  it('follows data-si-theme on the element or any ancestor, across shadow roots, and its changes', async () => {
    class ThemeTestShell extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<div><si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline></div>';
      }
    }
    customElements.define('theme-test-shell', ThemeTestShell);
    const outer = await fixture<HTMLElement>(html`<section data-si-theme="red"><theme-test-shell></theme-test-shell></section>`);
    const deadline = outer.querySelector('theme-test-shell')!.shadowRoot!.querySelector<SiDeadline>('si-deadline')!;
    await deadline.updateComplete;
    const primary = () => getComputedStyle(deadline).getPropertyValue('--si-color-primary').trim();
    expect(deadline.getAttribute('data-si-applied-theme')).to.equal('red');
    expect(primary()).to.equal(themes.red.tokens['color-primary']);

    outer.setAttribute('data-si-theme', 'blue');
    await nextTask();
    expect(deadline.getAttribute('data-si-applied-theme')).to.equal('blue');
    expect(primary()).to.equal(themes.blue.tokens['color-primary']);

    // The nearest wins: an attribute inside the shadow root, then one on the element itself.
    deadline.parentElement!.setAttribute('data-si-theme', 'high-contrast');
    await nextTask();
    expect(deadline.getAttribute('data-si-applied-theme')).to.equal('high-contrast');
    deadline.setAttribute('data-si-theme', 'default');
    await nextTask();
    expect(deadline.hasAttribute('data-si-applied-theme')).to.equal(false);
    expect(primary()).to.equal('');
  });

  it('combines themes, later ones winning (elder high-contrast: large text in high-contrast colours)', async () => {
    const el = await fixture<SiDeadline>(html`<si-deadline data-si-theme="high-contrast elder" changed="2026-09-28" today="2026-10-20"></si-deadline>`);
    await el.updateComplete;
    const style = getComputedStyle(el);
    expect(el.getAttribute('data-si-applied-theme')).to.equal('high-contrast elder');
    expect(style.getPropertyValue('--si-color-text-muted').trim()).to.equal(themes['high-contrast'].tokens['color-text-muted']);
    expect(parseFloat(style.fontSize)).to.be.at.least(18);
  });

  it('lets values set on the element win over the theme, and the theme win over values set on ancestors', async () => {
    const box = await fixture<HTMLElement>(html`
      <div data-si-theme="red" style="--si-color-primary: #123456">
        <si-channel-badges channels="政府网站"></si-channel-badges>
        <si-channel-badges channels="政府网站" style="--si-color-primary: #654321"></si-channel-badges>
      </div>
    `);
    const [themed, overridden] = [...box.querySelectorAll<SiChannelBadges>('si-channel-badges')];
    await themed!.updateComplete;
    await overridden!.updateComplete;
    expect(getComputedStyle(themed!).getPropertyValue('--si-color-primary').trim()).to.equal(themes.red.tokens['color-primary']);
    expect(getComputedStyle(overridden!).getPropertyValue('--si-color-primary').trim()).to.equal('#654321');
  });

  it('an si-* element inside another inherits the outer one’s theme values instead of setting them again', async () => {
    class ThemeTestOuter extends SiElement {
      protected override createRenderRoot() {
        const root = super.createRenderRoot();
        (root as ShadowRoot).innerHTML = '<si-channel-badges channels="政府网站"></si-channel-badges>';
        return root;
      }
    }
    customElements.define('si-theme-test-outer', ThemeTestOuter);
    const outer = await fixture<ThemeTestOuter>(html`<si-theme-test-outer data-si-theme="red" style="--si-color-primary: #654321"></si-theme-test-outer>`);
    const inner = outer.shadowRoot!.querySelector<SiChannelBadges>('si-channel-badges')!;
    await inner.updateComplete;
    expect(inner.getAttribute('data-si-applied-theme')).to.equal('red');
    expect(inner.hasAttribute('data-si-theme-inherited')).to.equal(true);
    expect(getComputedStyle(inner).getPropertyValue('--si-color-primary').trim()).to.equal('#654321');
  });

  it('warns once about an unknown theme name and keeps the default', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<SiDeadline>(html`<si-deadline data-si-theme="purple"></si-deadline>`);
      await fixture(html`<si-deadline data-si-theme="purple"></si-deadline>`);
      expect(el.hasAttribute('data-si-applied-theme')).to.equal(false);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('"purple"'))).to.have.length(1);
  });

  it('turns motion off when the person prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`);
    const summary = el.shadowRoot!.querySelector('summary')!;
    expect(getComputedStyle(summary, '::before').transitionDuration).to.equal('0s');
  });

  it('adds no stylesheet or attribute to the page outside the elements', async () => {
    const sheets = document.styleSheets.length + document.adoptedStyleSheets.length;
    const box = await renderGallery('elder');
    expect(document.styleSheets.length + document.adoptedStyleSheets.length).to.equal(sheets);
    expect(box.attributes.length).to.equal(2);
    expect(document.documentElement.hasAttribute('data-si-applied-theme')).to.equal(false);
  });
});

describe('tokens', () => {
  const elementClasses = { 'si-catalogue': SiCatalogue, 'si-channel-badges': SiChannelBadges, 'si-deadline': SiDeadline };
  /** Component-level tokens (`--si-catalogue-header-bg`), which fall back to global ones. */
  const COMPONENT_TOKEN = /^(catalogue|channel-badges|deadline|item-card|service-guide)-/;

  it('components only read tokens that exist, or their own component tokens', () => {
    const known = new Set<string>(tokenNames);
    const unknown: string[] = [];
    for (const [tag, elementClass] of Object.entries(elementClasses)) {
      const css = elementClass.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
      for (const [, name] of css.matchAll(/var\(--si-([a-z0-9-]+)/g)) {
        if (!known.has(name!) && !COMPONENT_TOKEN.test(name!)) unknown.push(`${tag}: --si-${name}`);
      }
    }
    expect(unknown).to.deep.equal([]);
  });

  it('themes only set tokens that exist, with values of the token’s kind', () => {
    for (const theme of THEME_NAMES) {
      for (const [name, value] of Object.entries(themes[theme].tokens)) {
        expect(tokenNames, `${theme}: ${name}`).to.include(name);
        if (tokenDefinitions[name as TokenName].type === 'color') expect(value, `${theme}: ${name}`).to.match(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('the DTCG export has every token and theme value, with the CSS value it came from', () => {
    const dtcg = toDtcg();
    const tokensIn = (group: DtcgGroup): Record<string, DtcgToken> =>
      Object.fromEntries(
        Object.entries(group).flatMap(([key, value]) => (typeof value === 'object' && value !== null && '$value' in value ? [[key, value as DtcgToken]] : [])),
      );
    const defaults = Object.fromEntries(
      Object.entries(dtcg)
        .filter(([key]) => key !== 'theme' && !key.startsWith('$'))
        .flatMap(([, group]) => Object.entries(tokensIn(group as DtcgGroup))),
    );
    expect(Object.keys(defaults).sort()).to.deep.equal([...tokenNames].sort());
    for (const name of tokenNames) {
      const token = defaults[name]!;
      expect(token.$type, name).to.equal(tokenDefinitions[name].type);
      expect(token.$extensions[DTCG_EXTENSION]).to.deep.equal({ css: tokenDefinitions[name].value, property: `--si-${name}` });
      if (token.$type === 'color') expect((token.$value as { hex: string }).hex).to.equal(tokenDefinitions[name].value.slice(0, 7));
    }
    const themeGroup = dtcg.theme as DtcgGroup;
    for (const theme of THEME_NAMES) {
      const values = tokensIn(themeGroup[theme] as DtcgGroup);
      expect(Object.fromEntries(Object.entries(values).map(([name, token]) => [name, token.$extensions[DTCG_EXTENSION].css]))).to.deep.equal(
        themes[theme].tokens,
      );
    }
  });

  it('dist/tokens.json, when built, is the DTCG export of the current source', async function () {
    const response = await fetch('/dist/tokens.json');
    if (!response.ok) this.skip();
    expect(await response.json()).to.deep.equal(JSON.parse(JSON.stringify(toDtcg())));
  });
});
