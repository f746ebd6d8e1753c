// The site that `npm run build:site` writes, built into a temporary folder and served by a local
// static server under a sub-path (/online-safety-help/, as GitHub Pages serves a project) and at
// /: every page opens in Debian's Chromium, and every `href` and `src` on it (the page's own and
// those of the frames it holds) is relative and leads to a file of the site, its #anchor to an
// id on the page it names; no request fails, and none leaves the site. Needs `npm run build`.
/* global document -- in page.evaluate, which runs in the page */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { buildSite } from '../../scripts/build-site.mjs';

const out = mkdtempSync(join(tmpdir(), 'osh-site-'));
const { pages, files } = buildSite(out);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.sri': 'text/plain; charset=utf-8',
};

/** A static host: the site's files under `prefix`, and nothing else (no index of folders). */
function serve(prefix) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const file = path.startsWith(prefix) ? normalize(join(out, path.slice(prefix.length))) : '';
    try {
      if (!file.startsWith(out) || !statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, base: `http://127.0.0.1:${server.address().port}${prefix}` }),
    ),
  );
}

let browser;
before(async () => {
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, '--disable-dev-shm-usage'],
  });
});
after(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

test('the site holds the docs, the changelog, the demo pages, the builder and the bundle', () => {
  for (const page of [
    'index.html',
    'CHANGELOG.html',
    'CONTRIBUTING.html',
    'docs/get-the-code.html',
    'docs/wordpress.html',
    'demo/index.html',
    'demo/game.html',
    'demo/get-the-code.html',
  ]) {
    assert.ok(pages.includes(page), `${page} is a page of the site`);
  }
  for (const file of [
    'dist/online-safety-help.js',
    'dist/online-safety-help.js.sri',
    'build/get-the-code.js',
    'docs/get-the-code.png',
  ]) {
    assert.ok(files.has(file), `${file} is in the site`);
  }
  assert.equal(
    readFileSync(join(out, 'dist/online-safety-help.js.sri'), 'utf8'),
    readFileSync('dist/online-safety-help.js.sri', 'utf8'),
  );
  const bytes = [...files.values()].reduce((sum, size) => sum + size, 0);
  console.log(`site: ${pages.length} pages, ${files.size} files, ${(bytes / 1024).toFixed(0)} KiB`);
});

/** Every href and src of a document and of the same-site frames in it, as written and resolved. */
function addresses() {
  const found = [];
  const read = (doc) => {
    for (const element of doc.querySelectorAll('[href], [src]')) {
      for (const name of ['href', 'src']) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        found.push({
          page: doc.URL,
          tag: element.localName,
          value,
          url: new URL(value, doc.baseURI).href,
        });
      }
    }
    for (const frame of doc.querySelectorAll('iframe')) {
      if (frame.contentDocument) read(frame.contentDocument);
    }
  };
  read(document);
  return found;
}

/** The ids and names of a page of the site, as its HTML holds them (anchors work without JS). */
function anchorsOf(file) {
  const html = readFileSync(join(out, file), 'utf8');
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1]));
}

for (const prefix of ['/online-safety-help/', '/']) {
  test(`served under ${prefix}: every href and src of every page leads to the site`, async () => {
    const { server, base } = await serve(prefix);
    const origin = new URL(base).origin;
    const problems = [];
    const seen = new Set();
    try {
      for (const file of pages) {
        const page = await browser.newPage();
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const url = request.url();
          if (url.startsWith(`${origin}/`) || url.startsWith('data:')) request.continue();
          else {
            problems.push(`${file}: requested ${url}, outside the site`);
            request.abort();
          }
        });
        page.on('response', (response) => {
          // The browser asks for /favicon.ico by itself where a page names no icon: no link.
          if (response.url() === `${origin}/favicon.ico`) return;
          if (response.status() >= 400) {
            problems.push(`${file}: ${response.url()} answered ${response.status()}`);
          }
        });
        page.on('requestfailed', (request) => {
          if (request.url().startsWith(`${origin}/`)) {
            problems.push(`${file}: ${request.url()} failed`);
          }
        });
        page.on('pageerror', (error) => problems.push(`${file}: ${error.message}`));
        await page.goto(`${base}${file}`, { waitUntil: 'networkidle0' });
        for (const { page: on, tag, value, url } of await page.evaluate(addresses)) {
          const where = `${on.slice(base.length)}: <${tag}> ${value}`;
          if (/^(https|tel|mailto|sms):/.test(url) && !url.startsWith(origin)) continue;
          if (url === 'data:,') continue;
          if (/^\/|^[a-z]+:/i.test(value)) problems.push(`${where} is not relative`);
          if (!url.startsWith(base)) {
            problems.push(`${where} leads out of the site (${url})`);
            continue;
          }
          const target = decodeURIComponent(
            new URL(url).pathname.slice(new URL(base).pathname.length),
          );
          const key = `${target}${new URL(url).hash}`;
          if (!files.has(target)) problems.push(`${where}: no file ${target}`);
          else if (new URL(url).hash && target.endsWith('.html')) {
            const id = decodeURIComponent(new URL(url).hash.slice(1));
            if (!anchorsOf(target).has(id)) problems.push(`${where}: ${target} has no #${id}`);
          }
          seen.add(key);
        }
        await page.close();
      }
    } finally {
      server.close();
    }
    assert.deepEqual(problems, []);
    assert.ok(seen.size > 40, `${seen.size} addresses in the site checked`);
  });
}
