import type { Catalogue, CatalogueItem } from '../../src/data/types.js';

/** A small valid catalogue of another domain (not social insurance, not 20 working days). */
export function minimalCatalogue(): Catalogue {
  return {
    id: 'example-domain',
    title: '示例领域基层政务公开标准目录',
    domain: '示例领域',
    version: '0.1.0',
    source: '测试用示例数据',
    groups: ['示例一级事项甲', '示例一级事项乙'],
    notes: [],
    items: [exampleItem(1, 'example-one', '示例一级事项甲'), exampleItem(2, 'example-two', '示例一级事项乙')],
  };
}

export function exampleItem(seq: number, id: string, group: string): CatalogueItem {
  return {
    seq,
    id,
    group,
    name: `示例二级事项${seq}`,
    content: ['服务指南'],
    basis: [],
    deadline: { text: '信息形成之日起7个工作日内公开', workingDays: 7, from: '信息形成之日' },
    subject: '示例县示例局',
    channels: ['政府网站'],
    audience: { public: true, specific: false },
    method: { proactive: true, onRequest: false },
    levels: { county: true, township: false },
    notes: [],
  };
}

/** A deep copy with `change` applied, for building bad variants of a good fixture. */
export function variant(change: (catalogue: Record<string, unknown> & { items: Array<Record<string, unknown>> }) => void): unknown {
  const copy = structuredClone(minimalCatalogue()) as unknown as Record<string, unknown> & { items: Array<Record<string, unknown>> };
  change(copy);
  return copy;
}
