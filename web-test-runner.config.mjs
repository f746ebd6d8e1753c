import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), chromiumCommands()],
  browsers: [chromium],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
