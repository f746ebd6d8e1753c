import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';

/** Minifies the element's `html` and `css` templates (white space, comments) in lib/'s modules. */
const minifyTemplates = () => ({
  name: 'minify-templates',
  async transform(code, id) {
    if (!id.includes('/lib/')) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id });
    return result && { code: result.code, map: result.map };
  },
});

// Bundles the modules `tsc` emitted into lib/ into one self-contained, minified module for
// <script type="module">, with Lit's production build.
export default {
  input: 'lib/online-safety-help-define.js',
  // The bundle only defines the element; its exports are for npm users of lib/, not CDN pages.
  preserveEntrySignatures: false,
  output: { file: 'dist/online-safety-help.js', format: 'es' },
  plugins: [
    minifyTemplates(),
    nodeResolve({ exportConditions: ['production'] }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3, unsafe: true, unsafe_arrows: true, pure_getters: true },
      // lit-html's private properties (`_$AH`, `_$AM`…) are stable names only so that Lit's
      // packages can share them; the bundle holds lit-html alone, so they may be shortened.
      mangle: { properties: { regex: /^_\$[A-Z][A-Za-z]$/ } },
      // V8's explicit compile hint: every function in the file runs on load, so Chromium compiles
      // them while the file streams in, off the main thread, instead of one by one on first call.
      format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
    }),
  ],
};
