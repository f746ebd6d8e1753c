import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { engineSummary } from './scripts/wtr-summary.mjs';
import { chromiumCommands } from './test/plugins/chromium-commands.mjs';
import { fixedClock } from './test/plugins/fixed-clock.mjs';
import { appBuildOptions, docSnippets } from './test/support/doc-snippets.mjs';

/**
 * The chrome launcher with the puppeteer it was built for, which drives Firefox as well as
 * Chromium; named for the engine, since it would call both "Chrome".
 */
const named = (name, options) => Object.assign(chromeLauncher(options), { name });

// Every engine is a Debian package; no browser is downloaded.
const engines = {
  // Flags keep Chromium off the network.
  chromium: () =>
    named('Chromium', {
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
    }),
  // The same launcher's puppeteer drives Firefox, over WebDriver BiDi.
  firefox: () =>
    named('Firefox', {
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        extraPrefsFirefox: {
          // Every host name resolves to this machine without a DNS query, so nothing leaves it
          // (an ESR build ignores puppeteer's dummy address for its remote settings).
          'network.dns.forceResolve': '127.0.0.1',
          'network.dns.disablePrefetch': true,
        },
      },
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, under its own Xvfb.
  webkit: webkitLauncher,
};

// BROWSERS=chromium (or "firefox,webkit") runs a subset; the default is every engine.
const names = (process.env.BROWSERS ?? Object.keys(engines).join(','))
  .split(/[\s,]+/)
  .filter(Boolean);
for (const name of names) {
  if (!(name in engines)) {
    throw new Error(`BROWSERS: unknown engine "${name}"; use ${Object.keys(engines).join(', ')}`);
  }
}

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
        ...appBuildOptions('production'),
        entryPoints: [app.entry],
        alias: app.alias,
        logLevel: 'warning',
      });
      return { body: outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  // test/unit (pure modules), test/element (the element in a test page), test/host (the built
  // bundle on host pages), and any other browser tests; test/node runs in Node, not here.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  plugins: [
    // test/fixtures/clock.js first in every HTML page served: no page reads the real clock.
    fixedClock(),
    frameworkApps(),
    // README.md's and docs/'s snippets, each as a page (test/docs/snippets.test.ts).
    docSnippets(),
    // TypeScript only. Given a `target`, the plugin would also rewrite every .js file it serves,
    // dist/online-safety-help.js included, and the tests would not load the bytes that ship.
    esbuildPlugin({ ts: true }),
    chromiumCommands(),
  ],
  browsers: names.map((name) => engines[name]()),
  // One test file at a time per engine (WebKit's driver runs one session), two engines at once.
  concurrency: 1,
  concurrentBrowsers: 2,
  reporters: [defaultReporter(), engineSummary()],
  // One retry: under load (two engines at once on two cores), WebKit now and then reads a
  // `Canvas` background as transparent in the first renders of a test page (seen in about one
  // WebKit run in eight of test/element, never in isolation, never in Chromium or Firefox). A
  // test that fails twice still fails the run.
  testFramework: { config: { timeout: 10000, retries: 1 } },
};
