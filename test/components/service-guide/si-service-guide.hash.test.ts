// #si-guide-… deep links move keyboard focus to the section (its button names it and says it
// is open), not only scroll to it (#14 point 7).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/service-guide.js';
import exampleGuide from '../../../demo/guide.example.json';
import type { ServiceGuide, SiServiceGuide } from '../../../src/service-guide.js';
import { restoreLocationAfterEach } from '../../support/location.js';

const guide = exampleGuide as ServiceGuide;

describe('<si-service-guide> #si-guide-… links', () => {
  restoreLocationAfterEach();

  it('focuses the section a link names, on load and on hashchange', async () => {
    history.replaceState(null, '', '#si-guide-materials');
    const el = await fixture<SiServiceGuide>(html`<si-service-guide item="48" .guide=${guide}></si-service-guide>`);
    await el.updateComplete;
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    await waitUntil(() => focused()?.closest('section')?.dataset.key === 'materials', 'focus did not move to 申请材料');
    expect(focused()!.getAttribute('aria-expanded')).to.equal('true');
    location.hash = '#si-guide-fees';
    await waitUntil(() => focused()?.closest('section')?.dataset.key === 'fees', 'focus did not follow hashchange');
  });
});
