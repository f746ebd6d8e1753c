import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { engineSummary } from './scripts/wtr-summary.mjs';
import { chromiumCommands } from './test/plugins/chromium-commands.mjs';

// Every engine is a Debian package; no browser is downloaded.
const engines = {
  // Flags keep Chromium off the network.
  chromium: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Resolve no host but localhost: no lookups of Google's services, none for page links.
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
        ],
      },
    }),
  // Puppeteer drives Firefox over WebDriver BiDi, with a profile that points its services nowhere.
  firefox: () =>
    chromeLauncher({
      puppeteer,
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), chromiumCommands()],
  browsers: names.map((name) => engines[name]()),
  // One test file at a time per engine (WebKit's driver runs one session), two engines at once.
  concurrency: 1,
  concurrentBrowsers: 2,
  reporters: [defaultReporter(), engineSummary()],
  testFramework: { config: { timeout: 10000 } },
};
