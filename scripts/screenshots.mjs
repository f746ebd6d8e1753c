// `npm run screenshots`: photographs the demo pages for the README, in Debian's Chromium, from
// this repository served on localhost. Writes docs/screenshot-{light,dark,phone,young-people}.png,
// and docs/get-the-code.png, the code builder with a young people's page and a host contact.
/* global document, customElements, Event, setTimeout -- used in page.evaluate, which runs in the page */
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve('.');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const shots = [
  { file: 'docs/screenshot-light.png', page: 'demo/index.html', width: 1280, height: 800 },
  { file: 'docs/screenshot-dark.png', page: 'demo/game.html', width: 1280, height: 800 },
  // Scrolled to the widget, so that the guidance shows above the bar.
  // The young people's page: Childline, CEOP, 999, the game's link and the quick exit.
  {
    file: 'docs/screenshot-young-people.png',
    page: 'demo/game.html',
    width: 320,
    height: 640,
    scale: 2,
    scrollTo: 'online-safety-help',
  },
  {
    file: 'docs/screenshot-phone.png',
    page: 'demo/index.html',
    width: 320,
    height: 640,
    scale: 2,
    scrollTo: 'online-safety-help',
  },
  {
    file: 'docs/get-the-code.png',
    page: 'demo/get-the-code.html',
    width: 1280,
    height: 900,
    // Scrolled to the form: the preview stays in view beside it, its pinned bar at its foot.
    scrollTo: '#choices-heading',
    // Chosen in the form as a web editor would: young people, and the game's own contact.
    prepare: () => {
      const type = (id, value) => {
        const field = document.getElementById(id);
        field.value = value;
        for (const event of ['input', 'change']) {
          field.dispatchEvent(new Event(event, { bubbles: true }));
        }
      };
      document.getElementById('setting-audience-young-people').click();
      type('contact-label', 'Report a player');
      type('contact-address', 'https://pixelquest.example/report');
      const frame = document.getElementById('preview');
      return new Promise((done) => {
        const ready = () =>
          frame.contentDocument.querySelector('online-safety-help')?.shadowRoot
            ? setTimeout(done, 300)
            : setTimeout(ready, 50);
        ready();
      });
    },
  },
];

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  try {
    if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not a file');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), 'osh-screenshots-'));
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  userDataDir: profile,
  args: [...chromiumArgs, '--hide-scrollbars'],
});

try {
  mkdirSync('docs', { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage();
    // Only this server: the demo must not reach anywhere else.
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().startsWith(origin) ? request.continue() : request.abort(),
    );
    await page.setViewport({
      width: shot.width,
      height: shot.height,
      deviceScaleFactor: shot.scale ?? 1,
    });
    // A known moment (a Monday at noon in the UK): the NSPCC's phone lines are open.
    await page.evaluateOnNewDocument(() => {
      const now = Date.now.bind(Date);
      const offset = Date.parse('2026-12-07T12:00:00Z') - now();
      Date.now = () => now() + offset;
    });
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.goto(`${origin}/${shot.page}`, { waitUntil: 'load' });
    if (shot.prepare) await page.evaluate(shot.prepare);
    await page.evaluate(async (scrollTo) => {
      // The code builder has its widget in its preview's frame, not in its own page.
      if (document.querySelector('online-safety-help')) {
        await customElements.whenDefined('online-safety-help');
      }
      await Promise.all(
        [...document.querySelectorAll('online-safety-help')].map((el) => el.updateComplete),
      );
      await document.fonts.ready;
      if (scrollTo) document.querySelector(scrollTo).scrollIntoView({ block: 'start' });
    }, shot.scrollTo);
    await page.screenshot({ path: shot.file });
    await page.close();
    console.log(`${shot.file}: ${shot.page} at ${shot.width} x ${shot.height} px`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
