// `npm run analyze`: writes custom-elements.json from the element's JSDoc (run by `npm run build`).

/** The manifest describes the package as shipped: the modules in lib/, not the sources. */
function shippedPaths() {
  const toLib = (path) => path.replace(/^(?:\.\/|\/?src\/)(.+)\.[jt]s$/, 'lib/$1.js');
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string')
        node[key] = toLib(value);
      else walk(value);
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      walk(modules);
      // `export { X }` of an imported X: point at the module that declares X.
      const declaredIn = new Map();
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          declaredIn.set(declaration.name, module.path);
        }
      }
      for (const module of modules) {
        for (const { declaration } of module.exports ?? []) {
          const own = module.declarations?.some((d) => d.name === declaration.name);
          if (declaration.module === module.path && !own && declaredIn.has(declaration.name)) {
            declaration.module = declaredIn.get(declaration.name);
          }
        }
      }
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          // Private and protected fields, and the static plumbing of the reactive base class
          // (`attributes`, `reactive()`), are not part of the element's API.
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                !member.static &&
                !['private', 'protected'].includes(member.privacy) &&
                !member.name.startsWith('#'),
            );
          }
          // `@attr heading-level` documents the attribute; name the property it sets.
          for (const attribute of declaration.attributes ?? []) {
            const field = attribute.name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
            if (declaration.members?.some((member) => member.name === field)) {
              attribute.fieldName ??= field;
            }
          }
          // A dispatch with a computed name (the element's one event helper) adds a nameless
          // event beside the documented ones.
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The React wrapper and the JSX typings declare no element of their own.
  exclude: ['src/react.ts', 'src/jsx.ts'],
  litelement: true,
  outdir: '.',
  // package.json already names the manifest in its `customElements` field.
  packagejson: false,
  plugins: [shippedPaths()],
};
