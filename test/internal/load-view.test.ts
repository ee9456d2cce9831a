import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { LoadProblem } from '../../src/data/fetch-json.js';
import { makeError } from '../../src/data/validation-core.js';
import {
  LISTED_PROBLEMS,
  listedProblems,
  problemLines,
  problemText,
  renderErrorView,
  renderLoadingView,
  type LoadViewL10n,
} from '../../src/internal/load-view.js';

const l10n: LoadViewL10n = {
  locale: 'zh-CN',
  strings: {
    loading: '正在加载…',
    retry: '重试',
    errorTitle: '加载失败',
    errorNetwork: '无法连接到 {url}。',
    errorHttp: '{url} 返回 HTTP {status}。',
    errorJson: '{url} 不是有效的 JSON：{detail}',
    errorTimeout: '{url} 在 {seconds} 秒内没有完整响应。',
    errorTooLarge: '{url} 超过 {megabytes} MB。',
    errorSource: '{url}：',
    errorInvalid: '数据有 {count} 处不符合要求：',
    errorMore: '……另有 {count} 处',
  },
  format: (template, values) => template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)),
};

const invalid = (count: number, url?: string): LoadProblem => ({
  kind: 'invalid',
  url,
  errors: Array.from({ length: count }, (_, index) => makeError(`items[${index}].name`, 'missing')),
});

describe('load view (src/internal/load-view.ts)', () => {
  it('names the problem and the URL in the element’s words', () => {
    expect(problemText({ kind: 'http', url: '/示例.json', status: 404 }, l10n)).to.equal('/示例.json 返回 HTTP 404。');
    expect(problemText({ kind: 'timeout', url: '/a', seconds: 0.5 }, l10n)).to.equal('/a 在 0.5 秒内没有完整响应。');
    expect(problemText(invalid(2, '/a.json'), l10n)).to.equal('/a.json：数据有 2 处不符合要求：');
    expect(problemText(invalid(2), l10n)).to.equal('数据有 2 处不符合要求：');
  });

  it('lists the first paths and counts the rest', () => {
    const { listed, more } = listedProblems(invalid(LISTED_PROBLEMS + 2));
    expect([listed.length, more]).to.deep.equal([LISTED_PROBLEMS, 2]);
    const lines = problemLines(invalid(LISTED_PROBLEMS + 2), l10n);
    expect(lines).to.have.length(LISTED_PROBLEMS + 2);
    expect(lines[0]).to.equal('数据有 7 处不符合要求：');
    expect(lines[1]).to.include('items[0].name');
    expect(lines.at(-1)).to.equal('……另有 2 处');
  });

  it('draws a busy status while loading, with skeleton rows when asked', () => {
    const box = document.createElement('div');
    render(renderLoadingView(l10n, { skeletonRows: 3 }), box);
    const message = box.querySelector('[part="message"]')!;
    expect([message.getAttribute('role'), message.getAttribute('aria-busy')]).to.deep.equal(['status', 'true']);
    expect(box.querySelectorAll('.skeleton-row[aria-hidden="true"]')).to.have.length(3);
  });

  it('draws an alert with the paths and a retry button that calls back', () => {
    const box = document.createElement('div');
    let retried = 0;
    render(
      renderErrorView(invalid(6, '/a.json'), () => (retried += 1), l10n, { errorPart: 'message error', buttonPart: 'button' }),
      box,
    );
    const alert = box.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('part')).to.equal('message error');
    expect(alert.querySelector('strong')!.textContent).to.equal('加载失败');
    expect(alert.querySelectorAll('li code')).to.have.length(LISTED_PROBLEMS);
    const button = alert.querySelector<HTMLButtonElement>('button.retry')!;
    expect(button.getAttribute('part')).to.equal('button');
    button.click();
    expect(retried).to.equal(1);
  });
});
