/**
 * The si-* elements of custom-elements.json as the editor integrations need them, provided at
 * build and test time from the manifest itself (scripts/editor-elements.js).
 */
declare module 'si-catalogue:elements' {
  const manifest: {
    modules: {
      declarations?: {
        customElement?: boolean;
        tagName?: string;
        summary?: string;
        attributes?: { name: string; type?: { text?: string }; description?: string }[];
      }[];
    }[];
  };
  export default manifest;
}
