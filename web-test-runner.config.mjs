import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // TypeScript only. Given a `target`, the plugin would also rewrite every .js file it serves,
  // dist/online-safety-help.js included, and the tests would not load the bytes that ship.
  plugins: [esbuildPlugin({ ts: true })],
  browsers: [chromium],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
