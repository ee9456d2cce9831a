import { expect } from '@open-wc/testing';
import { devWarn, quote, WARN_PREFIX, warnOnce } from '../../src/internal/warn.js';
import { recordWarnings } from '../support/attributes.js';

describe('devWarn / warnOnce (src/internal/warn.ts)', () => {
  it('writes every message with the one prefix, naming the element when there is one', async () => {
    const calls = await recordWarnings(() => {
      warnOnce('si-example', 'view "tabel" is not known (warn test 1).');
      devWarn('unknown theme "x" (warn test 1).');
    });
    expect(calls).to.deep.equal([`${WARN_PREFIX} <si-example>: view "tabel" is not known (warn test 1).`, `${WARN_PREFIX} unknown theme "x" (warn test 1).`]);
  });

  it('writes each distinct message once per page, and says whether it wrote it', async () => {
    const results: boolean[] = [];
    const calls = await recordWarnings(() => {
      results.push(warnOnce('si-example', 'once (warn test 2).'), warnOnce('si-example', 'once (warn test 2).'), warnOnce('si-other', 'once (warn test 2).'));
    });
    expect(results).to.deep.equal([true, false, true]);
    expect(calls).to.have.length(2);
  });

  it('uses a caller key for "once" and logs a detail as its own argument', async () => {
    const error = new Error('boom');
    const calls = await recordWarnings(() => {
      devWarn('pinyin is unavailable (warn test 3, first).', { key: 'warn-test-3', detail: error });
      devWarn('pinyin is unavailable (warn test 3, second).', { key: 'warn-test-3', detail: error });
    });
    expect(calls).to.have.length(1);
    expect(calls[0]).to.equal(`${WARN_PREFIX} pinyin is unavailable (warn test 3, first). Error: boom`);
  });

  it('quotes values as an editor wrote them', () => {
    expect(quote('abc')).to.equal('"abc"');
    expect(quote(3)).to.equal('3');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(quote(cycle)).to.equal('[object Object]');
  });
});
