import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { engineSummary } from './scripts/wtr-summary.mjs';

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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: names.map((name) => engines[name]()),
  // One test file at a time per engine (WebKit's driver runs one session), engines side by side.
  concurrency: 1,
  concurrentBrowsers: 2,
  reporters: [defaultReporter(), engineSummary()],
  testFramework: { config: { timeout: 10000 } },
};
