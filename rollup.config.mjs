import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// Bundles the JavaScript that `tsc` emitted into `lib/` (TypeScript is compiled first, by tsc)
// into one self-contained, minified module for <script type="module">, with Lit's production build.
export default {
  input: 'lib/online-safety-help-define.js',
  // The bundle only defines the element; its exports are for npm users of lib/, not CDN pages.
  preserveEntrySignatures: false,
  output: { file: 'dist/online-safety-help.js', format: 'es' },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    // Lit's html`` and css`` strings keep their source whitespace; minify them too.
    minifyTemplateLiterals({ include: ['lib/**/*.js'] }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2, unsafe_arrows: true },
      format: { comments: false },
    }),
  ],
};
