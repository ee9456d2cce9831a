#!/usr/bin/env node
// npm run new:component NAME [-- --dry-run] [-- --root DIR]
//
// Starts a new element <si-NAME> in the project's pattern: the class (JSDoc for the manifest),
// its styles (tokens with fallbacks, logical properties, forced colours, reduced motion), its
// strings (a section in each locale file, src/locales/, and the component's strings module that
// declares the keys it uses), its entry module, a story, a browser test, the README section and
// the export from src/index.ts. Prints what is left to do by hand (CONTRIBUTING.md, "Add a
// component"). Writes nothing with --dry-run; refuses to overwrite anything.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `item-list` → `ItemList`; `item-list` → `itemList`. */
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
const camel = (name) => pascal(name).replace(/^./, (letter) => letter.toLowerCase());

/** Parses `NAME [--dry-run] [--root DIR]`; returns { name, dryRun, root } or { error }. */
export function parseArguments(argv, defaultRoot) {
  let name;
  let dryRun = false;
  let root = defaultRoot;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--dry-run') dryRun = true;
    else if (argument === '--root') root = resolve(argv[++index] ?? '');
    else if (argument.startsWith('--')) return { error: `unknown option ${argument}` };
    else if (name === undefined) name = argument;
    else return { error: `one name only (got ${name} and ${argument})` };
  }
  if (name === undefined) return { error: 'give the element name, e.g. npm run new:component item-list' };
  name = name.replace(/^si-/, '');
  if (!NAME_PATTERN.test(name)) return { error: `"${name}" is not a name in lower-case words joined by hyphens (e.g. item-list)` };
  return { name, dryRun, root };
}

/** The files of a new component `name`, by path relative to the project root. */
export function componentFiles(name) {
  const tag = `si-${name}`;
  const Class = `Si${pascal(name)}`;
  const section = camel(name);
  const strings = `${section}Translations`;
  const builder = `${section}StringsFrom`;
  const Strings = `${pascal(name)}Strings`;
  const styles = `${camel(name)}Styles`;
  const dir = `src/components/${name}`;
  return {
    [`${dir}/${tag}.ts`]: `import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { optionalTextConverter } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { SiElement } from '../../internal/si-element.js';
import { ${strings} } from './${name}.strings.js';
import { ${styles} } from './${tag}.styles.js';

/**
 * TODO: what \`<${tag}>\` shows, for whom, and where its data comes from. Keep domain logic out
 * of this file (a model module beside it, or src/catalogue/, src/data/, src/calendar/).
 *
 * @summary TODO: one line for the API tables.
 *
 * @slot - Content shown below the label (TODO: describe or remove).
 *
 * @csspart base - The element's outer box.
 * @csspart label - The label text.
 *
 * @cssprop [--si-${name}-gap=var(--si-space-s)] - Space between the label and the content.
 *
 * @tag ${tag}
 */
export class ${Class} extends SiElement {
  static override styles = [SiElement.styles, ${styles}];

  /** The label shown first; defaults to 示例组件 in the element's language. */
  @property({ converter: optionalTextConverter })
  label?: string;

  protected override render() {
    const { strings } = this.localize(${strings});
    return html\`<div class="base" part="base">
      <span class="label" part="label">\${this.label ?? strings.label}</span>
      <slot></slot>
    </div>\`;
  }
}

define('${tag}', ${Class});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`,
    [`${dir}/${tag}.styles.ts`]: `import { css } from 'lit';
import { token } from '../../styles/tokens.js';

// Sizes in em with a floor (font-size-min), logical properties, tokens with fallbacks.
export const ${styles} = css\`
  :host {
    display: block;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--si-${name}-gap, \${token('space-s')});
    padding-block: \${token('space-s')};
    padding-inline: \${token('space-m')};
    border: \${token('border-width')} solid \${token('color-border')};
    border-radius: \${token('radius-m')};
    font-size: max(\${token('font-size-min')}, 1em);
    transition: border-color \${token('motion-duration')};
  }

  .label {
    font-weight: \${token('font-weight-bold')};
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .base {
      transition: none;
    }
  }
\`;
`,
    [`${dir}/${name}.strings.ts`]: `import { ${section} } from '../../locales/zh-CN.js';
import { componentTranslations, type StringsBuilder } from '../../locales/translations.js';
import type { Translations } from '../../utilities/localize.js';

/** The UI texts of \`<${tag}>\` (the keys of its \`strings\` attribute). */
export interface ${Strings} {
  /** The label when the \`label\` attribute is not set. */
  label: string;
}

/** The keys \`<${tag}>\` uses, from the locale files (src/locales/): its own section. */
export const ${builder}: StringsBuilder<'${section}', ${Strings}> = ({ ${section} }) => ${section};

export const ${strings}: Translations<${Strings}> = componentTranslations(${builder}, { ${section} });
`,
    [`src/${name}.ts`]: `/** Registers \`<${tag}>\` and exports its class. */
export * from './components/${name}/${tag}.js';
`,
    [`stories/${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/${name}.js';

/** \`<${tag}>\`: TODO one line. Every story's API table comes from custom-elements.json. */
const meta: Meta = {
  title: 'Components/${pascal(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2')}',
  component: '${tag}',
  tags: ['autodocs'],
  args: { label: '' },
  render: ({ label }) => html\`<${tag} label=\${label || undefined}>示例内容</${tag}>\`,
};
export default meta;

type Story = StoryObj;

/** The default label in the page's language. */
export const Default: Story = {};

/** A label the editor wrote. */
export const WithLabel: Story = { args: { label: '示例标签' } };

/** 适老化: the elder theme. */
export const Elder: Story = {
  render: () => html\`<div data-si-theme="elder"><${tag}>示例内容</${tag}></div>\`,
};
`,
    [`test/components/${name}/${tag}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/${name}.js';
import type { ${Class} } from '../../../src/${name}.js';
import { settled } from '../../support/wait.js';

const label = (el: ${Class}) => el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();

describe('<${tag}>', () => {
  it('shows its default label in the element’s language', async () => {
    const el = await fixture<${Class}>(html\`<${tag}></${tag}>\`);
    expect(label(el)).to.equal('示例组件');
    el.lang = 'en';
    // The language is observed (a MutationObserver): wait for it, never for a fixed time.
    await settled(el);
    expect(label(el)).to.equal('Example component');
  });

  it('shows the label attribute, and its default again when the attribute is removed', async () => {
    const el = await fixture<${Class}>(html\`<${tag} label="示例标签"></${tag}>\`);
    expect(label(el)).to.equal('示例标签');
    el.removeAttribute('label');
    await el.updateComplete;
    expect(label(el)).to.equal('示例组件');
  });

  it('is accessible', async () => {
    const el = await fixture<${Class}>(html\`<${tag}>示例内容</${tag}>\`);
    await expect(el).to.be.accessible();
  });
});
`,
  };
}

/** Edits of existing files: [path, edit(text) → new text, or undefined when already done]. */
/** The words of the new component's section in each locale file. */
const LOCALE_WORDS = { 'zh-CN': '示例组件', 'zh-TW': '示例元件', en: 'Example component' };

export function componentEdits(name) {
  const tag = `si-${name}`;
  const section = camel(name);
  const localeEdit = (locale) => [
    `src/locales/${locale}.ts`,
    (text) => {
      if (new RegExp(`^export const ${section}\\b`, 'm').test(text)) return undefined;
      const type = locale === 'zh-CN' ? '' : `: LocaleStrings['${section}']`;
      return `${text.trimEnd()}\n\nexport const ${section}${type} = {\n  label: '${LOCALE_WORDS[locale]}',\n};\n`;
    },
  ];
  return [
    localeEdit('zh-CN'),
    localeEdit('zh-TW'),
    localeEdit('en'),
    [
      'src/index.ts',
      (text) => {
        const line = `export * from './${name}.js';`;
        if (text.includes(line)) return undefined;
        const exports = [...text.matchAll(/^export \* from '\.\/[^']+';$/gm)];
        const last = exports.at(-1);
        if (last === undefined) return `${text.trimEnd()}\n${line}\n`;
        const at = last.index + last[0].length;
        return `${text.slice(0, at)}\n${line}${text.slice(at)}`;
      },
    ],
    [
      'README.md',
      (text) => {
        if (text.includes(`\`<${tag}>\``)) return undefined;
        const section = `### \`<${tag}>\`: TODO what it shows\n\nTODO: one paragraph and one snippet, as for the other components.\n\n\`\`\`html\n<${tag} label="示例标签">示例内容</${tag}>\n\`\`\`\n\n`;
        const at = text.indexOf('\n## Data');
        if (at === -1) return `${text.trimEnd()}\n\n${section}`;
        return `${text.slice(0, at + 1)}${section}${text.slice(at + 1)}`;
      },
    ],
  ];
}

const NEXT_STEPS = (name) => `
Next (CONTRIBUTING.md, "Add a component"):
  1. Write the element: replace every TODO; keep JSDoc for every @slot, @csspart, @cssprop, @fires and property.
  2. npm run analyze (custom-elements.json; the React wrappers are generated from it in the build).
  3. A separate entry point, if wanted: vite.config.ts (lib.entry) and package.json "exports" ("./${name}.js").
  4. Add the element to the theme gallery (renderGallery in test/styles/themes.test.ts) and to stories/docs/gallery.stories.ts.
  5. npx web-test-runner "test/components/${name}/**/*.test.ts"; npx tsc --noEmit -p .; npx eslint src/components/${name} stories/${name}.stories.ts test/components/${name}
`;

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const parsed = parseArguments(process.argv.slice(2), root);
  if (parsed.error !== undefined) {
    console.error(`new:component: ${parsed.error}`);
    process.exit(2);
  }
  const { name, dryRun } = parsed;
  const files = componentFiles(name);
  const taken = Object.keys(files).filter((path) => existsSync(join(parsed.root, path)));
  const zhCN = join(parsed.root, 'src/locales/zh-CN.ts');
  if (existsSync(zhCN) && new RegExp(`^export const ${camel(name)}\\b`, 'm').test(readFileSync(zhCN, 'utf8')))
    taken.push(`the section ${camel(name)} of src/locales/zh-CN.ts`);
  if (taken.length > 0) {
    console.error(`new:component: <si-${name}> exists already (${taken.join(', ')}); nothing was written.`);
    process.exit(1);
  }
  const edits = [];
  for (const [path, edit] of componentEdits(name)) {
    const file = join(parsed.root, path);
    if (!existsSync(file)) continue;
    const changed = edit(readFileSync(file, 'utf8'));
    if (changed !== undefined) edits.push([file, changed]);
  }
  for (const [path, text] of Object.entries(files)) {
    const file = join(parsed.root, path);
    console.log(`${dryRun ? 'would create' : 'created'} ${path}`);
    if (dryRun) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  for (const [file, text] of edits) {
    console.log(`${dryRun ? 'would update' : 'updated'} ${relative(parsed.root, file)}`);
    if (!dryRun) writeFileSync(file, text);
  }
  console.log(NEXT_STEPS(name));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
