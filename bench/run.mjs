// `npm run bench`: cold loads of the same guidance written three ways (static HTML, the widget,
// an iframe embed), side by side under Lighthouse's mobile throttling, in Debian's Chromium.
// Pages are served gzipped by a server on 127.0.0.1 that this script starts and stops; nothing
// leaves the machine. See the README, "Performance", for what each number means.
//
//   node bench/run.mjs [--runs 9] [--cpu 4] [--chrome /usr/bin/chromium]
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../scripts/chromium.mjs';
import { probe, readFrame } from './in-page.mjs';
import { TRACE_CATEGORIES, mainThreadBreakdown } from './trace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
}

const RUNS = Math.max(1, Number(option('runs', 9)) | 0);
const CPU = Number(option('cpu', 4));
const CHROME = option('chrome', process.env.CHROME_PATH ?? '/usr/bin/chromium');

// Lighthouse's mobile settings ("Slow 4G", Moto G Power screen): 150 ms round trip,
// 1638.4 kbps down, 750 kbps up, 4x CPU slowdown; DevTools applies the round trip per request.
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const SCREEN = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** After `load`, wait this long (wall clock) for late frames and layout shifts before measuring. */
const SETTLE_MS = 1000;

const PAGES = {
  static: 'bench/static.html',
  widget: 'bench/widget.html',
  iframe: 'bench/iframe.html',
  reserved: 'bench/widget-reserved.html',
  twenty: 'bench/twenty.html',
};

// ---------------------------------------------------------------------------------------------
// A static server on 127.0.0.1: every file gzipped once (level 9), never cached by the browser.

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

function startServer() {
  const files = new Map();
  const add = (url, path) => {
    const body = readFileSync(`${root}/${path}`);
    files.set(url, {
      type: TYPES[path.split('.').pop()],
      body,
      gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }),
    });
  };
  for (const path of Object.values(PAGES)) add(`/${path.split('/').pop()}`, path);
  add('/dist/online-safety-help.js', 'dist/online-safety-help.js');

  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url, 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzip : file.body;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    response.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, files }));
  });
}

// ---------------------------------------------------------------------------------------------

/** The q-quantile (0.5: the median) of the values given, interpolated; null if there are none. */
const quantile = (values, q) => {
  const sorted = values.filter((v) => v != null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};
const median = (values) => quantile(values, 0.5);

/** The time at which all three contacts were on screen: the latest of their first frames. */
function allShown(...groups) {
  const hrefs = ['https://www.ceop.police.uk/Safety-Centre/', 'tel:08088005000', 'tel:999'];
  const times = hrefs.map((href) => {
    const seen = groups.map((group) => group?.[href]).filter((t) => t != null);
    return seen.length ? Math.min(...seen) : null;
  });
  return times.includes(null) ? null : Math.max(...times);
}

/**
 * One cold load in a fresh browser context, of one of three kinds:
 * - `timing`: the paint-timing probe runs in the page (4x CPU);
 * - `cost`: nothing of ours runs in the page until its counters have been read (4x CPU);
 * - `cpu`: no CPU slowdown, a trace is recorded, and main-thread CPU time is read from it.
 */
async function load(browser, origin, name, kind) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    let bytes = 0;
    const requests = [];
    cdp.on('Network.responseReceived', (e) => requests.push(new URL(e.response.url).pathname));
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: kind === 'cpu' ? 1 : CPU });
    await cdp.send('Performance.enable');
    await page.setViewport(SCREEN);
    if (kind === 'timing') await page.evaluateOnNewDocument(probe);
    if (kind === 'cpu') await page.tracing.start({ categories: TRACE_CATEGORIES });

    await page.goto(`${origin}/${PAGES[name].split('/').pop()}`, {
      waitUntil: 'load',
      timeout: 120_000,
    });
    await sleep(SETTLE_MS);
    if (kind === 'cpu') {
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
      const cpu = mainThreadBreakdown(trace.traceEvents, origin);
      // Lighthouse's simulated throttling: CPU time measured without slowdown, times the slowdown.
      return {
        page: name,
        scriptMs: cpu.script * CPU,
        styleLayoutMs: cpu.styleLayout * CPU,
        cpu,
      };
    }
    // Read the counters before any script of ours runs in the page.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (key) => (metrics.find((m) => m.name === key)?.value ?? 0) * 1000;

    const top = await page.mainFrame().evaluate(readFrame);
    const frames = [];
    for (const frame of page.mainFrame().childFrames())
      frames.push(await frame.evaluate(readFrame));
    const common = { page: name, fcp: top.fcp, requests };

    if (kind === 'timing') {
      // Times in a child frame are relative to its own time origin: move them onto the page's.
      const moved = (frame, times) =>
        Object.fromEntries(
          Object.entries(times).map(([k, t]) => [k, t + frame.timeOrigin - top.timeOrigin]),
        );
      const bar = [top.probe.bar, ...frames.map((f) => moved(f, f.probe.bar))];
      const elementTiming = [
        ...top.elementTiming,
        ...frames.flatMap((f) =>
          f.elementTiming.map(([id, t]) => [id, t + f.timeOrigin - top.timeOrigin]),
        ),
      ].filter(([id]) => id === 'bar');
      return {
        ...common,
        barPainted: allShown(...bar),
        contactsShown: allShown(...bar, top.probe.fallback),
        fallbackShown: allShown(top.probe.fallback),
        barElementTiming: elementTiming.length
          ? Math.max(...elementTiming.map(([, t]) => t))
          : null,
        htmlReceived: top.received.html,
        scriptReceived: top.received.script,
        upgraded: top.probe.upgraded,
        barInDom: top.probe.barInDom,
      };
    }
    return {
      ...common,
      scriptDuration: metric('ScriptDuration'),
      styleLayoutDuration: metric('RecalcStyleDuration') + metric('LayoutDuration'),
      taskDuration: metric('TaskDuration'),
      bytes,
      hostCls: top.shifts.filter((s) => s.host).reduce((sum, s) => sum + s.value, 0),
      totalCls: top.shifts.reduce((sum, s) => sum + s.value, 0),
      shifts: top.shifts,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Output

const COLUMNS = [
  ['barPainted', 'bar painted', 'ms', 0],
  ['contactsShown', 'contacts', 'ms', 0],
  ['fcp', 'FCP', 'ms', 0],
  ['scriptMs', 'script', 'ms', 1],
  ['styleLayoutMs', 'style+layout', 'ms', 1],
  ['scriptDuration', 'ScriptDur.', 'ms', 1],
  ['bytes', 'bytes', 'B', 0],
  ['hostCls', 'host CLS', '', 3],
];
const EXTRA = [
  'fallbackShown',
  'barElementTiming',
  'htmlReceived',
  'scriptReceived',
  'upgraded',
  'barInDom',
  'fcpWithProbe',
  'styleLayoutDuration',
  'taskDuration',
  'totalCls',
];

const fmt = (value, digits) => (value == null ? '—' : value.toFixed(digits));
const pad = (text, width) => String(text).padStart(width);
const padEnd = (text, width) => String(text).padEnd(width);

function table(medians, names) {
  const w = 13;
  const head = (i) => padEnd('', 10) + COLUMNS.map((c) => pad(c[i], w)).join('');
  const row = (name) =>
    padEnd(name, 10) +
    COLUMNS.map(([key, , , digits]) => pad(fmt(medians[name][key], digits), w)).join('');
  return [head(1), head(2), ...names.map(row)].join('\n');
}

function ratio(a, b, unit = '') {
  if (a == null || b == null) return '—';
  // Against a page that runs no script (under 1 ms) or has no shift, a ratio means nothing.
  if (b === 0 || (unit === 'ms' && b < 1)) return 'n/a';
  return (a / b).toFixed(2);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const { server, files } = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    // The bench's server is on 127.0.0.1, which the host resolver rules leave alone.
    args: [...chromiumArgs, '--disable-quic'],
  });
  const version = await browser.version();
  const loads = {};
  const record = (result, kind) =>
    (loads[result.page] ??= { timing: [], cost: [], cpu: [] })[kind].push(result);
  /** The loads that measure `key` on a page: FCP comes from loads with nothing of ours in them. */
  const sourceOf = (name, key) => {
    const kinds = key === 'fcp' ? ['cost'] : ['cpu', 'timing', 'cost'];
    const kind = kinds.find((k) => loads[name][k].length && key in loads[name][k][0]);
    return kind ? loads[name][kind] : [];
  };

  try {
    const kbps = (bytesPerSecond) => +((bytesPerSecond * 8) / 1024).toFixed(2);
    console.log(
      `${version}; ${CPU}x CPU slowdown; ${NETWORK.latency} ms per request, ` +
        `${kbps(NETWORK.downloadThroughput)} kbps down, ${kbps(NETWORK.uploadThroughput)} kbps up; ` +
        `${SCREEN.width}x${SCREEN.height} at ${SCREEN.deviceScaleFactor}x; cache disabled; ` +
        `${RUNS} loads per page and kind`,
    );
    const bundle = files.get('/dist/online-safety-help.js');
    console.log(`bundle: ${bundle.body.length} B, ${bundle.gzip.length} B as served (gzip -9)`);

    // One round that is not counted, so that the browser's own start-up is not charged to a page.
    for (const name of Object.keys(PAGES)) await load(browser, origin, name, 'cost');
    const all = ['static', 'widget', 'iframe', 'reserved', 'twenty'];
    const rounds = [
      ['cost', all],
      ['timing', ['static', 'widget', 'iframe', 'reserved']],
      ['cpu', all],
    ];
    for (let run = 1; run <= RUNS; run++) {
      for (const [kind, names] of rounds) {
        for (const name of names) record(await load(browser, origin, name, kind), kind);
      }
      process.stdout.write(`\rrounds done: ${run}/${RUNS}`);
    }
    process.stdout.write('\n\n');

    const medians = {};
    for (const name of Object.keys(loads)) {
      const row = {};
      for (const key of [...COLUMNS.map(([k]) => k), ...EXTRA]) {
        row[key] = median(sourceOf(name, key).map((r) => r[key]));
      }
      row.fcpWithProbe = median(loads[name].timing.map((r) => r.fcp));
      medians[name] = row;
    }
    const spread = {};
    for (const name of Object.keys(loads)) {
      spread[name] = Object.fromEntries(
        COLUMNS.map(([key]) => {
          const values = sourceOf(name, key).map((r) => r[key]);
          return [key, [quantile(values, 0.25), quantile(values, 0.75)]];
        }),
      );
    }
    const { static: plain, widget, iframe, reserved, twenty } = medians;
    for (const name of Object.keys(loads)) {
      for (const [key, label] of COLUMNS) {
        const list = sourceOf(name, key);
        const missing = list.filter((r) => r[key] == null).length;
        if (missing)
          console.log(`note: ${name}: ${label} not seen in ${missing} of ${list.length} loads`);
      }
    }

    console.log(
      `Medians of ${RUNS} loads each. Times: ms from navigation start, at ${CPU}x CPU.\n` +
        `script, style+layout: main-thread CPU time without slowdown, times ${CPU}, as Lighthouse ` +
        `simulates it.\nScriptDur.: Chromium's ScriptDuration at ${CPU}x, wall clock; it misses ` +
        `microtasks, where the element renders.\n`,
    );
    console.log(table(medians, ['static', 'widget', 'iframe', 'reserved']));
    console.log('25th to 75th percentile:');
    for (const name of ['static', 'widget', 'iframe', 'reserved']) {
      console.log(
        padEnd(name, 10) +
          COLUMNS.map(([key, , , digits]) => {
            const [low, high] = spread[name][key];
            return pad(
              low === high ? fmt(low, digits) : `${fmt(low, digits)}–${fmt(high, digits)}`,
              13,
            );
          }).join(''),
      );
    }
    console.log(
      '\nbar painted: first frame with all three links of the pinned help bar on screen (for the\n' +
        'widget, its upgraded bar); contacts: the same, the fallback links counting; host CLS:\n' +
        'layout shifts of content outside the element. Details: README.md, "Performance".',
    );
    console.log('');
    console.log(padEnd('ratios', 18) + pad('widget/static', 15) + pad('widget/iframe', 15));
    for (const [key, label, unit] of COLUMNS) {
      console.log(
        padEnd(label, 18) +
          pad(ratio(widget[key], plain[key], unit), 15) +
          pad(ratio(widget[key], iframe[key], unit), 15),
      );
    }
    console.log('');
    console.log(
      `widget, step by step: HTML received ${fmt(widget.htmlReceived, 0)} ms, bundle received ` +
        `${fmt(widget.scriptReceived, 0)}, element upgraded ${fmt(widget.upgraded, 0)}, bar in the DOM ` +
        `${fmt(widget.barInDom, 0)}, bar painted ${fmt(widget.barPainted, 0)}`,
    );
    console.log(
      `twenty instances: script ${fmt(twenty.scriptMs, 1)} ms, one instance ${fmt(widget.scriptMs, 1)} ms: ` +
        `${ratio(twenty.scriptMs, widget.scriptMs)}x`,
    );
    console.log('');

    const allowance = NETWORK.latency + 25;
    const targets = [
      [
        `bar painted <= static + ${NETWORK.latency} + 25 ms (${fmt(widget.barPainted, 0)} vs ${fmt(plain.barPainted + allowance, 0)})`,
        widget.barPainted <= plain.barPainted + allowance,
      ],
      [
        `bar painted sooner than the iframe's (${fmt(widget.barPainted, 0)} vs ${fmt(iframe.barPainted, 0)})`,
        widget.barPainted < iframe.barPainted,
      ],
      [
        `widget script time <= 15 ms at ${CPU}x (${fmt(widget.scriptMs, 1)} ms)`,
        widget.scriptMs <= 15,
      ],
      [
        // The target's condition: the element's space reserved, as the README recommends. The
        // widget page, with the fallback links and no rule, shows what a host that skips it gets.
        `host-content layout shift < 0.02 with the space reserved (${fmt(reserved.hostCls, 3)}; ` +
          `${fmt(widget.hostCls, 3)} with the fallback links alone)`,
        reserved.hostCls < 0.02,
      ],
      [
        `twenty instances <= 3x the script time of one (${ratio(twenty.scriptMs, widget.scriptMs)}x)`,
        twenty.scriptMs <= 3 * widget.scriptMs,
      ],
    ];
    console.log('Targets (issue 4)');
    for (const [text, met] of targets) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${text}`);

    mkdirSync(`${root}/bench/results`, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const text = `${JSON.stringify(
      {
        date: new Date().toISOString(),
        browser: version,
        node: process.version,
        settings: {
          runs: RUNS,
          cpuSlowdown: CPU,
          network: NETWORK,
          screen: SCREEN,
          settleMs: SETTLE_MS,
        },
        bundle: { bytes: bundle.body.length, gzip: bundle.gzip.length },
        medians,
        spread,
        targets: targets.map(([target, met]) => ({ target, met })),
        loads,
      },
      null,
      2,
    )}\n`;
    writeFileSync(`${root}/bench/results/${stamp}.json`, text);
    writeFileSync(`${root}/bench/results/latest.json`, text);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `\nEvery load: bench/results/${stamp}.json (also latest.json); ${seconds} s in all`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
