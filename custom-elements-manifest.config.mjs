// `npm run analyze`: writes custom-elements.json from the element's JSDoc (run by `npm run build`).
// Each attribute's accepted values and default come from the one declaration of the settings,
// in the built lib/config.js, so the manifest (and the README's table made from it) cannot
// drift from what the element accepts.
import { attributeName, settings } from './lib/config.js';

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
          // Private and protected fields, and the static plumbing of the reactive base class,
          // are not part of the element's API; `define()` is.
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                (!member.static || member.name === 'define') &&
                !['private', 'protected'].includes(member.privacy) &&
                !member.name.startsWith('#'),
            );
          }
          // `@attr heading-level` documents the attribute; its property, accepted values and
          // default come from the settings.
          for (const attribute of declaration.attributes ?? []) {
            const name = Object.keys(settings).find((key) => attributeName(key) === attribute.name);
            if (!name) throw new Error(`@attr ${attribute.name} is not a setting in src/config.ts`);
            attribute.fieldName = name;
            attribute.type = { text: settings[name].values };
            attribute.default = settings[name].defaultText;
            const member = declaration.members?.find((m) => m.name === name);
            if (member) member.default = settings[name].defaultText;
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
