/**
 * The item actions: the 服务指南 and 网上办理 links, the 咨询电话 as `tel:` links, and 咨询方式 /
 * 办理地点 / 办理时间, drawn from an item's {@link ResolvedService} (src/data/item-service.ts). One render
 * module for `<si-catalogue>` cards and table rows, `<si-item-card>` and `<si-service-guide>`;
 * each adds {@link itemActionsStyles} to its styles and calls {@link renderItemActions}.
 *
 * Parts: `item-actions` (the group), `item-action` (each link), `item-action-facts` (咨询方式, address, hours).
 * Targets are at least `--si-target-size` high and `--si-target-size-min` (44 px in the elder
 * theme) in both directions.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ResolvedService } from '../data/item-service.js';
import { token } from '../styles/tokens.js';
import { itemActionTranslations, type ItemActionStrings } from './item-actions.strings.js';

export interface ItemActionsOptions {
  /** The item's 二级事项, naming the group for screen readers. */
  name?: string;
  /** `lang` of data values (address, hours, phone labels) when the interface is in another language. */
  dataLang?: string;
  /** Leave out the 服务指南 link (e.g. inside the guide itself). */
  omitGuide?: boolean;
}

/** The words for a UI locale key (`zh-CN`, `zh-TW`, `en`; zh-CN for any other). */
export function itemActionStrings(locale: string): ItemActionStrings {
  return itemActionTranslations[locale] ?? itemActionTranslations['zh-CN'];
}

/** The actions of one item, or nothing when it has none. */
export function renderItemActions(service: ResolvedService | undefined, locale: string, options: ItemActionsOptions = {}): TemplateResult | typeof nothing {
  if (service === undefined) return nothing;
  const words = itemActionStrings(locale);
  const guide = options.omitGuide ? undefined : service.guide;
  const links = guide !== undefined || service.online !== undefined || service.phones.length > 0;
  const facts = (
    [
      ['contact', service.contact],
      ['address', service.address],
      ['hours', service.hours],
    ] as const
  ).filter((fact): fact is readonly ['contact' | 'address' | 'hours', string] => fact[1] !== undefined);
  if (!links && facts.length === 0) return nothing;
  const label = options.name === undefined ? undefined : words.group.replace('{name}', options.name);
  return html`<div class="si-actions" part="item-actions" role="group" aria-label=${ifDefined(label)}>
    ${
      links
        ? html`<ul class="si-action-links" role="list">
          ${guide === undefined ? nothing : html`<li><a class="si-action primary" part="item-action" href=${guide}>${words.guide}</a></li>`}
          ${service.online === undefined ? nothing : html`<li><a class="si-action" part="item-action" href=${service.online}>${words.online}</a></li>`}
          ${service.phones.map(
            (phone) =>
              html`<li>
                <a class="si-action" part="item-action" href=${phone.href}
                  >${words.phone}
                  <span class="si-action-number">${phone.number}</span>${
                    phone.label === undefined ? nothing : html`<span class="si-action-note" lang=${ifDefined(options.dataLang)}>${phone.label}</span>`
                  }</a
                >
              </li>`,
          )}
        </ul>`
        : nothing
    }
    ${
      facts.length === 0
        ? nothing
        : html`<dl class="si-action-facts" part="item-action-facts">
          ${facts.map(([key, value]) => html`<div><dt>${words[key]}</dt><dd lang=${ifDefined(options.dataLang)}>${value}</dd></div>`)}
        </dl>`
    }
  </div>`;
}

/**
 * Styles of {@link renderItemActions}, for the element's `static styles`.
 *
 * @cssprop [--si-target-size=2.5em] - Minimum height of each action (elder: 2.75em).
 * @cssprop [--si-target-size-min=24px] - Smallest box of each action (elder: 44px).
 */
export const itemActionsStyles = css`
  .si-actions {
    display: flex;
    flex-direction: column;
    gap: ${token('space-s')};
    margin-block: ${token('space-s')};
  }

  .si-action-links {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .si-action {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 ${token('space-xs')};
    box-sizing: border-box;
    min-block-size: max(${token('target-size')}, ${token('target-size-min')});
    min-inline-size: max(${token('target-size')}, ${token('target-size-min')});
    padding-block: ${token('space-xs')};
    padding-inline: ${token('space-m')};
    border: ${token('border-width')} solid ${token('color-primary')};
    border-radius: ${token('radius-s')};
    background: ${token('color-surface')};
    color: ${token('color-primary')};
    font-size: max(1em, ${token('font-size-min')});
    text-decoration: none;
  }

  .si-action.primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  .si-action:hover {
    text-decoration: underline;
  }

  .si-action:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  .si-action-number {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .si-action-note {
    font-size: max(${token('font-size-small')}, ${token('font-size-min')});
  }

  .si-action-facts {
    margin: 0;
  }

  /* Label and value side by side; the value wraps under its label in a narrow cell or card. */
  .si-action-facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-s')};
  }

  .si-action-facts dt {
    color: ${token('color-text-muted')};
  }

  .si-action-facts dd {
    flex: 1 1 10em;
    margin: 0;
  }

  /* On paper the actions are plain text: the number and the words, no button boxes. */
  @media print {
    .si-action,
    .si-action.primary {
      min-block-size: 0;
      min-inline-size: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
    }
  }

  @media (forced-colors: active) {
    .si-action,
    .si-action.primary {
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
      forced-color-adjust: none;
    }

    .si-action:focus-visible {
      outline-color: Highlight;
    }
  }
`;
