/**
 * How each section's data is drawn: one renderer per standard section, and one for the item's
 * other disclosure elements. Data is always rendered as text (never as markup); links pass
 * through `safeHref`. Line breaks in text are kept.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  GuideChannels,
  GuideDisclosure,
  GuideFaq,
  GuideMaterial,
  GuideSectionKey,
  GuideTimeLimit,
  ServiceGuide,
} from '../../data/service-guide-types.js';
import type { CatalogueItem } from '../../data/types.js';
import type { Localized } from '../../utilities/localize.js';
import { safeHref } from '../../utilities/safe-url.js';
import type { ServiceGuideStrings } from './service-guide.strings.js';

type L10n = Localized<ServiceGuideStrings>;

type Renderer<T> = (value: T, l10n: L10n) => TemplateResult;

const text: Renderer<string> = (value) => html`<p class="text">${value}</p>`;

const list: Renderer<string[]> = (values) => html`<ul class="list">
  ${values.map((value) => html`<li class="text">${value}</li>`)}
</ul>`;

function link(href: string | undefined, content: unknown) {
  const safe = safeHref(href);
  return safe === undefined ? content : html`<a href=${safe}>${content}</a>`;
}

const materials: Renderer<GuideMaterial[]> = (values, { strings, format }) => html`<ol class="materials">
  ${values.map((material) => {
    const sample = safeHref(material.sampleHref);
    return html`<li class="material">
      <span class="material-name">${material.name}</span>
      <dl class="pairs">
        ${material.form === undefined ? nothing : html`<div><dt>${strings.material.form}</dt><dd>${material.form}</dd></div>`}
        ${material.copies === undefined
          ? nothing
          : html`<div><dt>${strings.material.copies}</dt><dd>${format(strings.material.copiesValue, { copies: material.copies })}</dd></div>`}
        ${material.note === undefined ? nothing : html`<div><dt>${strings.material.note}</dt><dd class="text">${material.note}</dd></div>`}
      </dl>
      ${sample === undefined
        ? nothing
        : html`<a class="sample" href=${sample}
            >${strings.material.sample}<span class="visually-hidden">${format(strings.parenthetical, { text: material.name })}</span></a
          >`}
    </li>`;
  })}
</ol>`;

const steps: Renderer<string[]> = (values) => html`<ol class="steps">
  ${values.map((value) => html`<li class="text">${value}</li>`)}
</ol>`;

const channels: Renderer<GuideChannels> = (value, { strings }) => html`<dl class="pairs">
  ${(['counter', 'online', 'selfService'] as const).map((key) => {
    const way = value[key];
    return way === undefined
      ? nothing
      : html`<div><dt>${strings.channels[key]}</dt><dd class="text">${link(way.href, way.text)}</dd></div>`;
  })}
</dl>`;

const timeLimit: Renderer<GuideTimeLimit> = (value, { strings }) => html`<dl class="pairs">
  ${(['statutory', 'promised'] as const).map((key) =>
    value[key] === undefined ? nothing : html`<div><dt>${strings.timeLimit[key]}</dt><dd class="text">${value[key]}</dd></div>`,
  )}
</dl>`;

const faq: Renderer<GuideFaq[]> = (values, { strings }) => html`<dl class="faq">
  ${values.map(
    (pair) => html`<div class="faq-pair">
      <dt class="text"><span class="faq-mark" aria-hidden="true">${strings.question}</span>${pair.question}</dt>
      <dd class="text"><span class="faq-mark" aria-hidden="true">${strings.answer}</span>${pair.answer}</dd>
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
  const { strings, format } = l10n;
  const href = safeHref(disclosure.href);
  return html`${disclosure.text === undefined ? nothing : text(disclosure.text, l10n)}
  ${href === undefined
    ? nothing
    : html`<p><a href=${href}>${format(strings.disclosureLink, { element: disclosure.element })}</a></p>`}`;
}
