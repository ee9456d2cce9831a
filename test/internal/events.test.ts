import { expect } from '@open-wc/testing';
import { emit, siEvent } from '../../src/internal/events.js';
import { errorDetail } from '../../src/internal/load-controller.js';

describe('si-* events (src/internal/events.ts)', () => {
  it('makes CustomEvents that bubble across shadow roots, cancelable only when asked', () => {
    const event = siEvent('si-guide-toggle', { section: 'fees', open: true });
    expect(event).to.be.instanceOf(CustomEvent);
    expect([event.type, event.bubbles, event.composed, event.cancelable]).to.deep.equal(['si-guide-toggle', true, true, false]);
    expect(event.detail).to.deep.equal({ section: 'fees', open: true });
    expect(siEvent('si-example', 1, { cancelable: true }).cancelable).to.equal(true);
  });

  it('reaches a listener outside the shadow root it was fired in, which may cancel it', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    const heard: string[] = [];
    const listener = (event: Event) => {
      heard.push(event.type);
      event.preventDefault();
    };
    document.addEventListener('si-item-select', listener);
    try {
      const item = { name: '示例' } as never;
      expect(emit(inner, 'si-item-select', { item }, { cancelable: true })).to.equal(false);
      expect(emit(inner, 'si-item-select', { item })).to.equal(true);
      expect(heard).to.deep.equal(['si-item-select', 'si-item-select']);
    } finally {
      document.removeEventListener('si-item-select', listener);
      host.remove();
    }
  });

  it('gives every element the same si-error detail', () => {
    const problem = { kind: 'http', url: '/示例.json', status: 404 } as const;
    expect(errorDetail(problem)).to.deep.equal({ problem, message: '/示例.json answered HTTP 404' });
  });
});
