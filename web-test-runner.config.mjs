import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromiumCommands } from './test/plugins/chromium-commands.mjs';

// Debian's Chromium; no browser is downloaded. Flags keep it off the network.
const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
});

/**
 * Serves /test/frameworks/<name>-app.bundle.js: the React or Vue test app bundled by esbuild on
 * request, as a site's own build would bundle it, with the package taken through its `exports`
 * from the built lib/ (so `npm run build` comes first).
 */
function frameworkApps() {
  const apps = {
    react: { entry: 'test/frameworks/react-app.tsx', alias: {} },
    // Vue's full build compiles templates in the browser; a Vite project compiles them ahead.
    vue: { entry: 'test/frameworks/vue-app.ts', alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  };
  return {
    name: 'framework-apps',
    async serve({ path }) {
      const name = /^\/test\/frameworks\/(\w+)-app\.bundle\.js$/.exec(path)?.[1];
      if (!name || !Object.hasOwn(apps, name)) return undefined;
      const app = apps[name];
      const { outputFiles } = await build({
        entryPoints: [app.entry],
        alias: app.alias,
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        // Not tsconfig.json, whose `paths` point the package's name at src/ for type-checking.
        tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', verbatimModuleSyntax: true } },
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        logLevel: 'warning',
      });
      return { body: outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    frameworkApps(),
    // TypeScript only. Given a `target`, the plugin would also rewrite every .js file it serves,
    // dist/online-safety-help.js included, and the tests would not load the bytes that ship.
    esbuildPlugin({ ts: true }),
    chromiumCommands(),
  ],
  browsers: [chromium],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
