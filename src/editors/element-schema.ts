// What a rich-text editor must keep of each si-* element: its tag and its attributes, read from
// custom-elements.json (the one source) through the module `si-catalogue:elements`, the part of it
// the editors need, made from the manifest by the build and the test server
// (scripts/editor-elements.js).
import manifest from 'si-catalogue:elements';

/** One attribute of an element, as an editor's schema and the insert form need it. */
export interface SiAttributeSchema {
  readonly name: string;
  /** `boolean` attributes are written without a value; `enum` ones offer `values`. */
  readonly kind: 'boolean' | 'number' | 'enum' | 'text';
  readonly values: readonly string[];
  readonly description: string;
}

/** One element of the library, as an editor integration sees it. */
export interface SiElementSchema {
  readonly tag: string;
  readonly summary: string;
  readonly attributes: readonly SiAttributeSchema[];
}

interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  description?: string;
}
interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/**
 * Attributes any element may carry on a CMS page: the theme switch, the language the UI text
 * follows, and the usual id/class/title an editor or template adds. Event handlers and `style`
 * are never among them (strict CSP, and editors must not write scripts).
 */
const GLOBAL_ATTRIBUTES: readonly string[] = ['id', 'class', 'lang', 'dir', 'title', 'hidden', 'data-si-theme'];

/** Elements that carry `slot="…"` inside an si-* element (local content in a named slot). */
export const SLOT_HOSTS: readonly string[] = [
  'div',
  'p',
  'span',
  'a',
  'section',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'table',
  'img',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
];

function attributeSchema(attribute: ManifestAttribute): SiAttributeSchema {
  const type = (attribute.type?.text ?? 'string')
    .replace(/\s*\|\s*(undefined|null)\b/g, '')
    .replace(/^(undefined|null)\s*\|\s*/, '')
    .trim();
  // An empty literal ('' | 'county' | 'township') is "not set": the form's （默认） choice.
  const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]!).filter((value) => value !== '');
  const kind = type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : literals.length > 1 ? 'enum' : 'text';
  return { name: attribute.name, kind, values: kind === 'enum' ? literals : [], description: attribute.description ?? '' };
}

/** Every si-* element with its attributes, in the manifest's order. */
export const SI_ELEMENTS: readonly SiElementSchema[] = (manifest as Manifest).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('si-'))
  .map((declaration) => ({
    tag: declaration.tagName!,
    summary: declaration.summary ?? '',
    attributes: (declaration.attributes ?? []).map(attributeSchema),
  }));

/** The tags, e.g. for an editor's list of custom elements. */
export const SI_TAGS: readonly string[] = SI_ELEMENTS.map((element) => element.tag);

/** The attribute names an editor must keep on `tag` (its own and the global ones). */
export function attributesOf(tag: string): string[] {
  const element = SI_ELEMENTS.find((candidate) => candidate.tag === tag);
  return element ? [...element.attributes.map((attribute) => attribute.name), ...GLOBAL_ATTRIBUTES] : [];
}

/** Attributes of the bundle's `<script>` tag that editors keep (`src` checked by cleanHtml). */
export const SCRIPT_ATTRIBUTES: readonly string[] = ['src', 'type', 'async', 'defer', 'nomodule', 'crossorigin', 'integrity', 'blocking'];
