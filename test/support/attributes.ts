import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { withoutUncaughtErrors } from './catalogue.js';
import { settled } from './wait.js';

/**
 * One attribute of an element, as the shared attribute rules test it (src/utilities/attributes.ts):
 * set, change, remove, and the property set to `null` and `undefined`.
 */
export interface AttributeCase {
  attribute: string;
  property: string;
  /** Two valid values as an editor writes them. */
  values: [string, string];
  /** What the property reads for each of `values` (default: the values themselves). */
  expected?: [unknown, unknown];
  /** The property's value when the attribute is absent. */
  defaultValue: unknown;
  /** Whether a property change is written back to the attribute. */
  reflect: boolean;
  /** The default as an author may write it explicitly (`view="auto"`), which must be kept as written. */
  defaultText?: string;
  /** A value that is not accepted (`view="tabel"`): it must give the default and one console warning. */
  bad?: string;
}

export interface AttributeSuite<E extends LitElement> {
  tag: string;
  /** Attributes the author writes so the element has something to show (`item="3"`). */
  base?: Record<string, string>;
  cases: AttributeCase[];
  /** Checks, after every step, that the element shows something sensible for its state. */
  healthy?: (el: E) => void | Promise<void>;
  /** Checks that the element shows its default state again after `attribute` was removed or nulled. */
  showsDefault?: (el: E, attribute: string) => void | Promise<void>;
}

const boxes: HTMLElement[] = [];

afterEach(() => {
  for (const box of boxes.splice(0)) box.remove();
});

/** A wide box in the document, so components lay out as on a desktop page; removed after the test. */
function box(): HTMLElement {
  const div = document.createElement('div');
  div.style.inlineSize = '1200px';
  document.body.append(div);
  boxes.push(div);
  return div;
}

/** Creates the element with the given attributes, as a CMS page would, and waits for it to render. */
export async function create<E extends LitElement>(tag: string, attributes: Record<string, string> = {}): Promise<E> {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  box().append(el);
  await settled(el);
  return el;
}

/** The element's attributes, by name, as a page saving the live DOM would store them. */
export function attributesOf(el: Element): Record<string, string> {
  return Object.fromEntries([...el.attributes].map((attribute) => [attribute.name, attribute.value]));
}

/** Collects uncaught errors and unhandled rejections while `run` runs (one helper for every suite). */
export const uncaughtErrors = withoutUncaughtErrors;

/** Runs `run` with console.warn recorded; returns the warnings. */
export async function recordWarnings(run: () => Promise<void> | void): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * The attribute rules, for every attribute of one element: a fresh element keeps exactly the
 * attributes its author wrote (no reflected defaults), and each attribute can be set, changed
 * and removed, and its property set to `null` or `undefined`, without an exception, with the
 * default back afterwards and the default never reflected.
 */
export function describeAttributeRules<E extends LitElement>(suite: AttributeSuite<E>): void {
  const { tag, base = {}, cases } = suite;
  const value = (el: E, property: string) => (el as unknown as Record<string, unknown>)[property];
  const setProperty = (el: E, property: string, next: unknown) => {
    (el as unknown as Record<string, unknown>)[property] = next;
  };
  const check = async (el: E) => {
    await settled(el);
    await suite.healthy?.(el);
  };

  describe(`<${tag}> attribute rules`, () => {
    it('a fresh element has exactly the attributes its author wrote', async () => {
      const plain = await create<E>(tag, base);
      expect(attributesOf(plain)).to.deep.equal(base);
      const written = { ...base, ...Object.fromEntries(cases.map((c) => [c.attribute, c.values[0]])) };
      const full = await create<E>(tag, written);
      expect(attributesOf(full)).to.deep.equal(written);
      const defaults = {
        ...base,
        ...Object.fromEntries(cases.filter((c) => c.defaultText !== undefined).map((c) => [c.attribute, c.defaultText!])),
      };
      const explicit = await create<E>(tag, defaults);
      expect(attributesOf(explicit)).to.deep.equal(defaults);
    });

    for (const c of cases) {
      const [first, second] = c.expected ?? c.values;
      it(`${c.attribute}: set, change, remove, property null and undefined`, async () => {
        const errors = await uncaughtErrors(async () => {
          const others = Object.fromEntries(Object.entries(base).filter(([name]) => name !== c.attribute));
          const el = await create<E>(tag, others);
          expect(value(el, c.property), 'initial').to.deep.equal(c.defaultValue);

          el.setAttribute(c.attribute, c.values[0]);
          await check(el);
          expect(value(el, c.property), 'set').to.deep.equal(first);

          el.setAttribute(c.attribute, c.values[1]);
          await check(el);
          expect(value(el, c.property), 'changed').to.deep.equal(second);

          el.removeAttribute(c.attribute);
          await check(el);
          expect(value(el, c.property), 'removed').to.deep.equal(c.defaultValue);
          expect(el.hasAttribute(c.attribute), 'removed: attribute').to.equal(false);
          await suite.showsDefault?.(el, c.attribute);

          for (const nothing of [null, undefined]) {
            el.setAttribute(c.attribute, c.values[0]);
            await check(el);
            setProperty(el, c.property, nothing);
            await check(el);
            expect(value(el, c.property), `property = ${String(nothing)}`).to.deep.equal(c.defaultValue);
            if (c.reflect) expect(el.hasAttribute(c.attribute), `property = ${String(nothing)}: attribute`).to.equal(false);
            await suite.showsDefault?.(el, c.attribute);
          }

          if (c.bad !== undefined) {
            const warnings = await recordWarnings(async () => {
              el.setAttribute(c.attribute, c.bad!);
              await check(el);
            });
            expect(value(el, c.property), `bad value ${c.bad}`).to.deep.equal(c.defaultValue);
            expect(el.getAttribute(c.attribute), 'a bad value stays as the author wrote it').to.equal(c.bad);
            expect(
              warnings.filter((w) => w.includes(`<${tag}>`) && w.includes(c.attribute)),
              `bad value ${c.bad}: one warning`,
            ).to.have.length(1);
            el.removeAttribute(c.attribute);
            await check(el);
          }

          if (c.reflect) {
            setProperty(el, c.property, first);
            await check(el);
            expect(el.hasAttribute(c.attribute), 'property set: reflected').to.equal(true);
            setProperty(el, c.property, c.defaultValue);
            await check(el);
            expect(el.hasAttribute(c.attribute), 'property back to the default: not reflected').to.equal(false);
          }
        });
        expect(errors).to.deep.equal([]);
      });
    }
  });
}
