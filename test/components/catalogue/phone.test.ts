// The figures of #14 point 1 at 360×740: the whole standard catalogue in at most 12 screens
// (20 in the elder theme), and any item reached from the top of the element with taps alone:
// one on its group in the index, then at most a few screens within its group, and one to open it.
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import standard from '../../../src/data/social-insurance.json';
import type { SiCatalogue } from '../../../src/catalogue.js';
import { renderCatalogue, shadow } from '../../support/catalogue.js';

const SCREEN = { width: 360, height: 740 };

const THEMES = [
  { theme: 'default', screens: 12, withinGroup: 2.5 },
  { theme: 'elder', screens: 20, withinGroup: 4 },
] as const;

async function tap(element: Element): Promise<void> {
  const rect = element.getBoundingClientRect();
  expect(rect.top >= 0 && rect.bottom <= window.innerHeight, `${element.textContent!.trim()} is on screen to be tapped`).to.equal(true);
  await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}

const scrollToTopOf = (el: Element) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY);

async function phoneCatalogue(theme: string): Promise<SiCatalogue> {
  await setViewport(SCREEN);
  document.body.style.margin = '0';
  const el = await renderCatalogue(theme === 'default' ? html`<si-catalogue></si-catalogue>` : html`<si-catalogue data-si-theme=${theme}></si-catalogue>`);
  await waitUntil(() => shadow(el).querySelector('[part="group-index"]'), 'cards with the group index');
  return el;
}

describe('<si-catalogue> on a 360×740 phone', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    document.body.style.margin = '';
    window.scrollTo(0, 0);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const { theme, screens, withinGroup } of THEMES) {
    it(`shows the whole standard catalogue in at most ${screens} screens (${theme})`, async () => {
      const el = await phoneCatalogue(theme);
      const measured = el.getBoundingClientRect().height / SCREEN.height;
      console.log(`[figure] ${theme}: the 50 items take ${measured.toFixed(1)} screens of 360×740`);
      expect(measured).to.be.at.most(screens);
    });

    it(`reaches every item by taps alone: its group, then within ${withinGroup} screens, then its details (${theme})`, async function () {
      // 100 real taps and 50 jumps: more than mocha's default 2 s on a shared machine.
      this.timeout(60000);
      const el = await phoneCatalogue(theme);
      const root = shadow(el);
      let farthest = 0;
      let lowestEntry = 0;
      for (const item of standard.items) {
        scrollToTopOf(el);
        // Back at the top, the back-to-top control goes (its observer reports a frame later).
        await waitUntil(() => root.querySelector('.back-to-top')!.hasAttribute('hidden'), 'back-to-top hides at the top', { timeout: 5000 });
        const entry = [...root.querySelectorAll('[part="group-jump"]')].find((button) => button.textContent!.trim().startsWith(`${item.group}（`))!;
        lowestEntry = Math.max(lowestEntry, entry.getBoundingClientRect().bottom / SCREEN.height);
        if (entry.getBoundingClientRect().bottom > window.innerHeight) entry.scrollIntoView({ block: 'nearest' });
        await tap(entry); // 1
        const card = root.querySelector<HTMLElement>(`[id="si-item-${item.id}"]`)!;
        const groupStart = root.querySelector<HTMLElement>(`[id="si-item-${standard.items.find((other) => other.group === item.group)!.id}"]`)!;
        await waitUntil(() => root.activeElement === groupStart, `the jump to ${item.group} lands`, { timeout: 5000 });
        farthest = Math.max(farthest, card.getBoundingClientRect().bottom / SCREEN.height);
        card.scrollIntoView({ block: 'nearest' });
        const toggle = card.querySelector('[part="card-toggle"]')!;
        await tap(toggle); // 2
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded'), item.name).to.equal('true');
        toggle.dispatchEvent(new MouseEvent('click'));
        await el.updateComplete;
      }
      console.log(
        `[figure] ${theme}: every item is 2 taps away; after the first, its card ends within ${farthest.toFixed(1)} screens; the index ends at ${lowestEntry.toFixed(2)} screens from the top of the element`,
      );
      expect(farthest).to.be.at.most(withinGroup);
    });
  }
});
