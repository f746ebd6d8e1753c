import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'build/', 'dist/', 'bench/results/', 'site/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Classic scripts that fixture pages load before the widget, as a host page's own would.
    files: ['test/fixtures/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'location',
          'console',
          'addEventListener',
          'localStorage',
          'sessionStorage',
          'Storage',
          'Document',
          'URLSearchParams',
          'trustedTypes',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', 'bench/**', '.ci/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        DOMException: 'readonly',
      },
    },
  },
  {
    // The bench's bare Lit element runs in the page.
    files: ['bench/bare-lit.mjs'],
    languageOptions: { globals: { customElements: 'readonly', HTMLElement: 'readonly' } },
  },
);
