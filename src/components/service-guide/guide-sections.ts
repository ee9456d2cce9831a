/**
 * How each section's data is drawn: one renderer per standard section, and one for the item's
 * other disclosure elements. Data is always rendered as text (never as markup); links pass
 * through `safeHref`. Line breaks in text are kept.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GuideChannels, GuideDisclosure, GuideFaq, GuideMaterial, GuideSectionKey, GuideTimeLimit, ServiceGuide } from '../../data/service-guide-types.js';
import type { CatalogueItem } from '../../data/types.js';
import { dataLangFor, fillTemplateParts, type Localized } from '../../utilities/localize.js';
import { safeHref } from '../../internal/safe-url.js';
import type { ServiceGuideStrings } from './service-guide.strings.js';

type L10n = Localized<ServiceGuideStrings>;

type Renderer<T> = (value: T, l10n: L10n) => TemplateResult;

/**
 * `lang` for guide data when the interface is in another language (WCAG 3.1.2): guides are
 * written in Chinese, so an English interface marks their texts zh-CN; labels stay unmarked.
 */
const langOf = (l10n: L10n) => dataLangFor(l10n.formatLocale);

const text: Renderer<string> = (value, l10n) => html`<p class="text" lang=${ifDefined(langOf(l10n))}>${value}</p>`;

const list: Renderer<string[]> = (values, l10n) => html`<ul class="list" lang=${ifDefined(langOf(l10n))}>
  ${values.map((value) => html`<li class="text">${value}</li>`)}
</ul>`;

function link(href: string | undefined, content: unknown) {
  const safe = safeHref(href);
  return safe === undefined ? content : html`<a href=${safe}>${content}</a>`;
}

const materials: Renderer<GuideMaterial[]> = (values, l10n) => {
  const { strings, format } = l10n;
  const lang = langOf(l10n);
  return html`<ol class="materials">
  ${values.map((material) => {
    const sample = safeHref(material.sampleHref);
    return html`<li class="material">
      <span class="material-name" lang=${ifDefined(lang)}>${material.name}</span>
      <dl class="pairs">
        ${material.form === undefined ? nothing : html`<div><dt>${strings.material.form}</dt><dd lang=${ifDefined(lang)}>${material.form}</dd></div>`}
        ${
          material.copies === undefined
            ? nothing
            : html`<div><dt>${strings.material.copies}</dt><dd>${format(strings.material.copiesValue, { copies: material.copies })}</dd></div>`
        }
        ${material.note === undefined ? nothing : html`<div><dt>${strings.material.note}</dt><dd class="text" lang=${ifDefined(lang)}>${material.note}</dd></div>`}
      </dl>
      ${
        sample === undefined
          ? nothing
          : html`<a class="sample" href=${sample}
            >${strings.material.sample}<span class="visually-hidden" lang=${ifDefined(lang)}>${format(strings.parenthetical, { text: material.name })}</span></a
          >`
      }
    </li>`;
  })}
</ol>`;
};

const steps: Renderer<string[]> = (values, l10n) => html`<ol class="steps" lang=${ifDefined(langOf(l10n))}>
  ${values.map((value) => html`<li class="text">${value}</li>`)}
</ol>`;

const channels: Renderer<GuideChannels> = (value, l10n) => html`<dl class="pairs">
  ${(['counter', 'online', 'selfService'] as const).map((key) => {
    const way = value[key];
    return way === undefined
      ? nothing
      : html`<div><dt>${l10n.strings.channels[key]}</dt><dd class="text" lang=${ifDefined(langOf(l10n))}>${link(way.href, way.text)}</dd></div>`;
  })}
</dl>`;

const timeLimit: Renderer<GuideTimeLimit> = (value, l10n) => html`<dl class="pairs">
  ${(['statutory', 'promised'] as const).map((key) =>
    value[key] === undefined
      ? nothing
      : html`<div><dt>${l10n.strings.timeLimit[key]}</dt><dd class="text" lang=${ifDefined(langOf(l10n))}>${value[key]}</dd></div>`,
  )}
</dl>`;

const faq: Renderer<GuideFaq[]> = (values, l10n) => html`<dl class="faq">
  ${values.map(
    (pair) => html`<div class="faq-pair">
      <dt class="text"><span class="faq-mark" aria-hidden="true">${l10n.strings.question}</span><span lang=${ifDefined(langOf(l10n))}>${pair.question}</span></dt>
      <dd class="text"><span class="faq-mark" aria-hidden="true">${l10n.strings.answer}</span><span lang=${ifDefined(langOf(l10n))}>${pair.answer}</span></dd>
    </div>`,
  )}
</dl>`;

/** The renderer of each standard section's data. */
const RENDERERS: { [K in GuideSectionKey]-?: Renderer<NonNullable<ServiceGuide[K]>> } = {
  name: text,
  basis: list,
  agency: text,
  audience: text,
  conditions: list,
  materials,
  process: steps,
  channels,
  timeLimit,
  fees: text,
  location: text,
  hours: text,
  contact: text,
  complaint: text,
  delivery: text,
  faq,
};

/** Draws a standard section from the guide's data. */
export function renderSectionData(key: GuideSectionKey, guide: ServiceGuide, l10n: L10n): TemplateResult {
  const render = RENDERERS[key] as Renderer<unknown>;
  return render(guide[key], l10n);
}

/** 设定依据 from the catalogue item's 公开依据 (document titles, printed without 《》). */
export function renderCatalogueBasis(item: CatalogueItem, l10n: L10n): TemplateResult {
  const { strings, format } = l10n;
  return html`${list(
    item.basis.map((title) => format(strings.basisTitle, { title })),
    l10n,
  )}
    <p class="origin">${strings.basisFromCatalogue}</p>`;
}

/** Draws a disclosure element given in data: its text and link. */
export function renderDisclosure(disclosure: GuideDisclosure, l10n: L10n): TemplateResult {
  const { strings } = l10n;
  const href = safeHref(disclosure.href);
  return html`${disclosure.text === undefined ? nothing : text(disclosure.text, l10n)}
  ${
    href === undefined
      ? nothing
      : html`<p><a href=${href}>${fillTemplateParts(strings.disclosureLink, { element: html`<span lang=${ifDefined(langOf(l10n))}>${disclosure.element}</span>` }, l10n.formatLocale)}</a></p>`
  }`;
}
