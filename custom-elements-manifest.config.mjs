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
      // Private fields (#config and so on) are not part of the API.
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
            );
          }
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
