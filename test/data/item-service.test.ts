import { expect } from '@open-wc/testing';
import catalogueSchema from '../../src/data/catalogue.schema.json';
import overlaySchema from '../../src/data/overlay.schema.json';
import data from '../../src/data/social-insurance.json';
import { guideService, guideUrl, resolveService, telHref } from '../../src/data/item-service.js';
import { applyOverlay } from '../../src/data/overlay.js';
import type { Catalogue, CatalogueItem } from '../../src/data/types.js';
import { validateCatalogue } from '../../src/data/validate.js';
import { formatValidationError } from '../../src/data/validation-messages.js';
import Ajv2020 from '../vendor/ajv2020.js';

const standard = data as Catalogue;
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(catalogueSchema);
ajv.addSchema(overlaySchema);
const schemaAccepts = ajv.getSchema('urn:si-catalogue:catalogue')!;

/** The standard catalogue with `service` on its first item (and `defaults` as the site-wide one). */
function withService(service: unknown, defaults?: unknown): unknown {
  const copy = structuredClone(standard) as unknown as Record<string, unknown> & { items: Array<Record<string, unknown>> };
  copy.items[0].service = service;
  if (defaults !== undefined) copy.service = defaults;
  return copy;
}

const messages = (value: unknown): string[] => {
  const result = validateCatalogue(value);
  return result.ok ? [] : result.errors.map((error) => error.message);
};

const GOOD = {
  guide: 'https://example.invalid/guides/enterprise-registration.html',
  online: '/bsfw/online/enterprise-registration',
  phones: [{ number: '0000-0000000', label: '示例县社保经办窗口（示例）' }, { number: '+86 000 0000000' }],
  address: '示例县示例路 1 号（示例）',
  hours: '工作日 9:00—12:00（示例）',
};

describe('item service (办事信息) in the data contract', () => {
  it('accepts per-item details and a site-wide default, as the schema does', () => {
    for (const value of [withService(GOOD), withService({}, { phones: [{ number: '00000' }] }), withService({ hours: '示例' }, GOOD)]) {
      expect(messages(value)).to.deep.equal([]);
      expect(schemaAccepts(value), JSON.stringify(schemaAccepts.errors)).to.equal(true);
    }
  });

  it('refuses other link schemes and malformed numbers with clear, path-naming messages', () => {
    const value = withService(
      { guide: 'javascript:alert(1)', online: 'tel:00000', phones: [{ number: '电话 0000' }, { label: 'x' }, '0000'], address: '' },
      { phones: 'none' },
    );
    expect(messages(value)).to.deep.equal([
      'service.phones: expected an array of { number, label } phone entries, got "none"',
      'items[0].service.guide: expected an http(s) or relative URL, got "javascript:alert(1)"',
      'items[0].service.online: expected an http(s) or relative URL, got "tel:00000"',
      'items[0].service.phones[0].number: expected a phone number (digits in groups separated by single spaces or hyphens, e.g. 0000-0000000), got "电话 0000"',
      'items[0].service.phones[1].number: missing',
      'items[0].service.phones[2]: expected an object, got "0000"',
      'items[0].service.address: expected a non-empty string, got ""',
    ]);
    expect(schemaAccepts(value)).to.equal(false);
    const result = validateCatalogue(value);
    if (result.ok) throw new Error('expected errors');
    expect(formatValidationError(result.errors[1]!, 'zh-CN')).to.equal('items[0].service.guide：应为 http(s) 网址或相对网址，实际为 "javascript:alert(1)"');
  });

  it('takes an overlay default and per-item amendments key by key', () => {
    const result = applyOverlay(standard, {
      service: { phones: [{ number: '0000-0000001', label: '示例县社保中心（示例）' }], hours: '工作日（示例）' },
      items: [{ id: 'enterprise-registration', amend: { service: { online: 'https://example.invalid/online' } } }],
    });
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    const first = result.catalogue.items[0]!;
    expect(first.service).to.deep.equal({ online: 'https://example.invalid/online' });
    const shown = resolveService(first, result.catalogue);
    expect(shown).to.deep.equal({
      guide: undefined,
      online: 'https://example.invalid/online',
      phones: [{ number: '0000-0000001', label: '示例县社保中心（示例）', href: 'tel:0000-0000001' }],
      address: undefined,
      hours: '工作日（示例）',
    });
  });

  it('amends an item’s own service key by key, keeping the keys the overlay does not give', () => {
    const base = withService({ online: '/online', hours: '示例' }) as Catalogue;
    const result = applyOverlay(base, { items: [{ id: 'enterprise-registration', amend: { service: { hours: '新时间（示例）' } } }] });
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    expect(result.catalogue.items[0]!.service).to.deep.equal({ online: '/online', hours: '新时间（示例）' });
  });

  it('reports a bad overlay service at its overlay path', () => {
    const result = applyOverlay(standard, {
      service: { guide: 'data:x' },
      items: [{ id: 'enterprise-registration', amend: { service: { phones: [{ number: 'x' }] } } }],
    });
    expect(result.ok ? [] : result.errors.map((error) => error.message)).to.deep.equal([
      'overlay.service.guide: expected an http(s) or relative URL, got "data:x"',
      'overlay.items[0].amend.service.phones[0].number: expected a phone number (digits in groups separated by single spaces or hyphens, e.g. 0000-0000000), got "x"',
    ]);
  });
});

describe('resolveService and guideUrl', () => {
  const item = { ...standard.items[0]!, id: 'enterprise-registration', seq: 1 } as CatalogueItem;

  it('has one source for the guide URL: the item, else guide-href, else the site default template', () => {
    const site = { service: { guide: '/site/{seq}.html' } };
    expect(guideUrl({ ...item, service: { guide: '/own.html' } }, site, '/attr/{id}.html')).to.equal('/own.html');
    expect(guideUrl(item, site, '/attr/{id}.html')).to.equal('/attr/enterprise-registration.html');
    expect(guideUrl(item, site, '')).to.equal('/site/1.html');
    expect(guideUrl(item, undefined, undefined)).to.equal(undefined);
    expect(guideUrl({ ...item, service: { guide: 'javascript:x' } }, site)).to.equal(undefined);
  });

  it('shows nothing without any service data, so guide-href alone keeps today’s page', () => {
    expect(resolveService(item, {}, '/attr/{id}.html')).to.equal(undefined);
    expect(resolveService({ ...item, service: {} }, {})).to.equal(undefined);
  });

  it('puts a guide’s own contact, online link, place and hours over the item’s, without a link to itself', () => {
    const own = { ...item, service: { guide: '/g.html', online: '/item-online', phones: [{ number: '12345' }], address: '甲（示例）' } } as CatalogueItem;
    expect(
      guideService(own, {}, { contact: '咨询（示例）', location: '乙（示例）', channels: { online: { text: '网上', href: 'https://example.invalid/' } } }),
    ).to.deep.equal({
      online: 'https://example.invalid/',
      phones: [{ number: '12345', label: undefined, href: 'tel:12345' }],
      address: '乙（示例）',
      hours: undefined,
      contact: '咨询（示例）',
    });
    expect(guideService(own, {}, { channels: { online: { text: '网上', href: 'javascript:x' } } })!.online).to.equal(undefined);
    expect(guideService(undefined, undefined, {})).to.equal(undefined);
  });

  it('dials numbers as tel: links and drops what is not a number', () => {
    expect(telHref('0000-0000000')).to.equal('tel:0000-0000000');
    expect(telHref('+86 000 0000000')).to.equal('tel:+86000' + '0000000');
    expect(telHref('javascript:alert(1)')).to.equal(undefined);
    expect(telHref(12)).to.equal(undefined);
    const shown = resolveService({ ...item, service: { phones: [{ number: 'bad' }, { number: '12345' }] } as never });
    expect(shown?.phones).to.deep.equal([{ number: '12345', label: undefined, href: 'tel:12345' }]);
  });
});
