// `npm run bench`: cold loads of the same guidance written three ways (static HTML, the widget,
// an iframe embed), and of a few variants of the widget's page, side by side under Lighthouse's
// mobile throttling, in Debian's Chromium. The pages are made by bench/pages.mjs and served
// gzipped by a server on 127.0.0.1 that this script starts and stops; nothing leaves the machine.
// It prints every figure with its target and exits non-zero when a target is missed or has no
// figure. docs/performance.md says what each figure means.
//
//   node bench/run.mjs [--runs 9] [--cpu 4] [--chrome /usr/bin/chromium]
//   node bench/run.mjs --guard [--runs 5]   the short run of `npm test`, with looser limits
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import rollupConfig from '../rollup.config.mjs';
import { chromiumArgs } from '../scripts/chromium.mjs';
import { probe, readFrame } from './in-page.mjs';
import { BARE_LIT_BUNDLE, BUNDLE, PAGES, writePages } from './pages.mjs';
import { TRACE_CATEGORIES, mainThreadBreakdown } from './trace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
}

const GUARD = process.argv.includes('--guard');
const RUNS = Math.max(1, Number(option('runs', GUARD ? 5 : 9)) | 0);
const CPU = Number(option('cpu', 4));
const CHROME = option('chrome', process.env.CHROME_PATH ?? '/usr/bin/chromium');
/**
 * `--against FILE`: another build of the bundle, loaded on a copy of the widget page (`against`)
 * in the same rounds, so that a change is measured side by side with main on a machine whose
 * speed drifts; only `widget` is held to the targets.
 */
const AGAINST = option('against');
const AGAINST_URL = '/against/online-safety-help.js';
if (AGAINST) PAGES.against = { html: PAGES.widget.html.replace(BUNDLE, AGAINST_URL) };

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
/**
 * The tests' fixed clock (a Monday at noon in the UK, the NSPCC's phone lines open), in every
 * page and frame of every load, so that the bar the widget renders does not depend on the hour
 * the bench runs at. A few statements: nothing that shows in the figures.
 */
const CLOCK = readFileSync(`${root}/test/fixtures/clock.js`, 'utf8');

// ---------------------------------------------------------------------------------------------
// Targets. `uses`: the figures a target is worked out from, as [page, figure]; each must be
// there in every load of that page, or the target is missed. The guard run of `npm test`
// (--guard) loads only the pages its guards use, and allows for a busy machine.

const fmt = (value, digits) => (value == null || Number.isNaN(value) ? '—' : value.toFixed(digits));
const ms = (value) => `${fmt(value, 0)} ms`;

/**
 * The widget's script time: the median of its loads, or in the guard run the least of them.
 * A busy machine only ever adds CPU time to a load, so the least is the guard's fairest
 * reading of what the widget costs; a slow first render (an Intl time-zone load, 144 ms at 4x)
 * is as slow in every load, and is still caught.
 */
const scriptTarget = (limit, least = false) => ({
  label: `widget's script at ${CPU}x CPU${least ? ', least of the loads' : ''}`,
  uses: [['widget', 'scriptMs']],
  figure: ({ median, best }) => (least ? best : median).widget.scriptMs,
  show: (x) => `${fmt(x, 1)} ms`,
  limit,
  met: (x) => x <= limit,
});
const barTarget = (limit) => ({
  label: "upgraded bar painted, against the iframe embed's",
  uses: [
    ['widget', 'barPainted'],
    ['iframe', 'barPainted'],
  ],
  figure: ({ median }) => median.widget.barPainted / median.iframe.barPainted,
  show: (x) => `${fmt(x, 3)}x`,
  detail: ({ median }) => `${ms(median.widget.barPainted)} / ${ms(median.iframe.barPainted)}`,
  limit,
  met: (x) => x <= limit,
});
const TARGETS = [
  scriptTarget(15),
  barTarget(1.15),
  {
    label: 'host CLS with the space reserved, worst load',
    uses: [['reserved', 'hostCls']],
    figure: ({ worst }) => worst.reserved.hostCls,
    show: (x) => fmt(x, 3),
    limit: 0,
    // The target is the figure as printed, to three decimals.
    met: (x) => fmt(x, 3) === '0.000',
  },
  {
    label: 'twenty instances, against one, script',
    uses: [
      ['twenty', 'scriptMs'],
      ['widget', 'scriptMs'],
    ],
    figure: ({ median }) => median.twenty.scriptMs / median.widget.scriptMs,
    show: (x) => `${fmt(x, 3)}x`,
    detail: ({ median }) =>
      `${fmt(median.twenty.scriptMs, 1)} / ${fmt(median.widget.scriptMs, 1)} ms`,
    limit: 3,
    met: (x) => x <= 3,
  },
];
const GUARDS = [scriptTarget(30, true), barTarget(1.25)];
const CHECKS = GUARD ? GUARDS : TARGETS;

/** The pages loaded: every page, or in a guard run the pages its guards use. */
const LOADED = GUARD
  ? [
      ...new Set(CHECKS.flatMap((check) => check.uses.map(([name]) => name))),
      ...(AGAINST ? ['against'] : []),
    ]
  : Object.keys(PAGES);
/** What each kind of load is for; a guard run needs no `cost` loads. */
const KINDS = GUARD ? ['timing', 'cpu'] : ['cost', 'timing', 'cpu'];
const kindsOf = (name) => KINDS.filter((kind) => (PAGES[name].kinds ?? KINDS).includes(kind));

// ---------------------------------------------------------------------------------------------
// A static server on 127.0.0.1: every page and the bundle gzipped once (level 9), never cached.

const TYPE = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/** bench/bare-lit.mjs, bundled with the widget's own Rollup plugins. */
async function bareLitBundle() {
  const bundle = await rollup({
    input: `${root}/bench/bare-lit.mjs`,
    plugins: rollupConfig.plugins,
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

async function startServer() {
  const files = new Map();
  const add = (url, type, body) =>
    files.set(url, { type, body, gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }) });
  for (const [name, { html }] of Object.entries(PAGES)) add(`/${name}.html`, TYPE.html, html);
  add(BUNDLE, TYPE.js, readFileSync(`${root}/${BUNDLE}`));
  if (AGAINST) add(AGAINST_URL, TYPE.js, readFileSync(AGAINST));
  if (LOADED.includes('bare-lit')) add(BARE_LIT_BUNDLE, TYPE.js, await bareLitBundle());

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

const present = (value) => value != null && Number.isFinite(value);

/** The q-quantile (0.5: the median) of the values given, interpolated; null if there are none. */
const quantile = (values, q) => {
  const sorted = values.filter(present).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};
const median = (values) => quantile(values, 0.5);
const earliest = (times) => (times.some(present) ? Math.min(...times.filter(present)) : null);
/** The latest of `times`, or null when there are none or one of them is missing. */
const latest = (times) => (times.length && times.every(present) ? Math.max(...times) : null);

/**
 * One cold load in a fresh browser context, of one of three kinds:
 * - `timing`: the paint-timing probe runs in the page (4x CPU);
 * - `cost`: nothing of ours but the clock runs in the page until its counters are read (4x CPU);
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
    await page.evaluateOnNewDocument(CLOCK);
    if (kind === 'timing') await page.evaluateOnNewDocument(probe);
    if (kind === 'cpu') await page.tracing.start({ categories: TRACE_CATEGORIES });

    await page.goto(`${origin}/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
    await sleep(SETTLE_MS);
    if (kind === 'cpu') {
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
      const cpu = mainThreadBreakdown(trace.traceEvents, origin);
      // Lighthouse's simulated throttling: CPU time measured without slowdown, times the slowdown.
      return {
        page: name,
        scriptMs: cpu ? cpu.script * CPU : null,
        styleLayoutMs: cpu ? cpu.styleLayout * CPU : null,
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
      const move = (frame, t) => (t == null ? null : t + frame.timeOrigin - top.timeOrigin);
      const withBar = [top, ...frames].filter((f) => f.probe?.barLinks);
      const barContacts = [...new Set(withBar.flatMap((f) => Object.keys(f.probe.bar)))];
      const fallback = Object.values(top.probe?.fallback ?? {});
      const elementTiming = [top, ...frames].flatMap((f) =>
        f.elementTiming.filter(([id]) => id === 'bar').map(([, t]) => move(f, t)),
      );
      return {
        ...common,
        // Every link of every help bar on the page laid out (null: one never was, or no bar).
        barPainted: latest(withBar.map((f) => move(f, f.probe.barLaidOut))),
        // Each of the bar's contacts on screen, in the bar or as a fallback link.
        contactsShown: latest(
          barContacts.map((contact) =>
            earliest([
              ...withBar.map((f) => move(f, f.probe.bar[contact])),
              top.probe.fallback[contact],
            ]),
          ),
        ),
        fallbackShown: fallback.length ? latest(fallback) : null,
        barElementTiming: elementTiming.length ? latest(elementTiming) : null,
        barLinks: withBar.reduce((sum, f) => sum + f.probe.barLinks, 0),
        barNotLaidOut: withBar.reduce((sum, f) => sum + f.probe.barNotLaidOut, 0),
        htmlReceived: top.received.html,
        scriptReceived: top.received.script,
        upgraded: top.probe?.upgraded ?? null,
        barInDom: top.probe?.barInDom ?? null,
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
  'barLinks',
  'barNotLaidOut',
  'htmlReceived',
  'scriptReceived',
  'upgraded',
  'barInDom',
  'styleLayoutDuration',
  'taskDuration',
  'totalCls',
];

const pad = (text, width) => String(text).padStart(width);
const padEnd = (text, width) => String(text).padEnd(width);
const table = (names, cell) =>
  [
    padEnd('', 10) + COLUMNS.map(([, label]) => pad(label, 13)).join(''),
    padEnd('', 10) + COLUMNS.map(([, , unit]) => pad(unit, 13)).join(''),
    ...names.map((name) => padEnd(name, 10) + COLUMNS.map((c) => pad(cell(name, c), 13)).join('')),
  ].join('\n');

function ratio(a, b, unit = '') {
  if (!present(a) || !present(b)) return '—';
  // Against a page that runs no script (under 1 ms) or has no shift, a ratio means nothing.
  if (b === 0 || (unit === 'ms' && b < 1)) return 'n/a';
  return (a / b).toFixed(2);
}

/** Two pages' median script times and their ratio: `22.9 / 28.6 ms = 0.80x`. */
const scriptVersus = (a, b) =>
  `${fmt(a.scriptMs, 1)} / ${fmt(b.scriptMs, 1)} ms = ${ratio(a.scriptMs, b.scriptMs, 'ms')}x`;

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  writePages(new URL('results/pages/', import.meta.url));
  const { server, files } = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    // The bench's server is on 127.0.0.1, which the host resolver rules leave alone.
    args: [...chromiumArgs, '--disable-quic'],
  });
  const version = await browser.version();
  const loads = Object.fromEntries(LOADED.map((name) => [name, { timing: [], cost: [], cpu: [] }]));
  /** The loads that measure `key` on a page: FCP comes from loads with nothing of ours in them. */
  const sourceOf = (name, key) => {
    const kinds = key === 'fcp' ? ['cost'] : ['cpu', 'timing', 'cost'];
    const kind = kinds.find((k) => loads[name]?.[k].length && key in loads[name][k][0]);
    return kind ? loads[name][kind] : [];
  };

  try {
    const kbps = (bytesPerSecond) => +((bytesPerSecond * 8) / 1024).toFixed(2);
    console.log(
      `${version}; ${CPU}x CPU slowdown; ${NETWORK.latency} ms per request, ` +
        `${kbps(NETWORK.downloadThroughput)} kbps down, ${kbps(NETWORK.uploadThroughput)} kbps up; ` +
        `${SCREEN.width}x${SCREEN.height} at ${SCREEN.deviceScaleFactor}x; cache disabled; ` +
        `${RUNS} loads per page and kind${GUARD ? '; guard run' : ''}`,
    );
    const bundle = files.get(BUNDLE);
    const sizes = ({ body, gzip }) => `${body.length} B, ${gzip.length} B as served (gzip -9)`;
    console.log(`bundle: ${sizes(bundle)}`);
    if (AGAINST) console.log(`against (${AGAINST}): ${sizes(files.get(AGAINST_URL))}`);

    // One round that is not counted, so that the browser's own start-up is not charged to a page.
    for (const name of LOADED) await load(browser, origin, name, KINDS[0]);
    for (let run = 1; run <= RUNS; run++) {
      for (const kind of KINDS) {
        for (const name of LOADED.filter((n) => kindsOf(n).includes(kind))) {
          loads[name][kind].push(await load(browser, origin, name, kind));
        }
      }
      process.stdout.write(`\rrounds done: ${run}/${RUNS}`);
    }
    process.stdout.write('\n\n');

    const medians = {};
    const worst = {};
    const best = {};
    const spread = {};
    for (const name of LOADED) {
      medians[name] = {};
      worst[name] = {};
      best[name] = {};
      spread[name] = {};
      for (const key of [...COLUMNS.map(([k]) => k), ...EXTRA]) {
        const values = sourceOf(name, key).map((r) => r[key]);
        medians[name][key] = median(values);
        worst[name][key] = quantile(values, 1);
        best[name][key] = quantile(values, 0);
        spread[name][key] = [quantile(values, 0.25), quantile(values, 0.75)];
      }
    }
    /** Why a figure cannot be used: no loads measure it, or some of them did not see it. */
    const unseen = (name, key) => {
      const list = sourceOf(name, key);
      if (!list.length) return `${name}: no load measures ${key}`;
      const missing = list.filter((r) => !present(r[key])).length;
      return missing ? `${name}: ${key} not seen in ${missing} of ${list.length} loads` : null;
    };
    const notes = LOADED.flatMap((name) => COLUMNS.map(([key]) => unseen(name, key))).filter(
      (note, i, all) => note && !note.includes('no load') && all.indexOf(note) === i,
    );

    console.log(
      `Medians of ${RUNS} loads each. Times: ms from navigation start, at ${CPU}x CPU.\n` +
        `script, style+layout: main-thread CPU time without slowdown, times ${CPU}, as Lighthouse ` +
        `simulates it.\nScriptDur.: Chromium's ScriptDuration at ${CPU}x, wall clock; it misses ` +
        `microtasks, where the element renders.\n`,
    );
    console.log(table(LOADED, (name, [key, , , digits]) => fmt(medians[name][key], digits)));
    console.log('25th to 75th percentile:');
    console.log(
      table(LOADED, (name, [key, , , digits]) => {
        const [low, high] = spread[name][key];
        return low === high ? fmt(low, digits) : `${fmt(low, digits)}–${fmt(high, digits)}`;
      }),
    );
    for (const note of notes) console.log(`note: ${note}`);
    console.log(
      '\nbar painted: the first frame in which every link of the help bar is laid out (for the\n' +
        "widget, its upgraded bar, wherever it is placed); contacts: each of the bar's contacts\n" +
        'shown, in the bar or as a fallback link; host CLS: layout shifts of content outside the\n' +
        'element. Details: docs/performance.md.\n',
    );
    const { static: plain, widget, iframe } = medians;
    if (widget && plain && iframe) {
      console.log(padEnd('ratios', 18) + pad('widget/static', 15) + pad('widget/iframe', 15));
      for (const [key, label, unit] of COLUMNS) {
        console.log(
          padEnd(label, 18) +
            pad(ratio(widget[key], plain[key], unit), 15) +
            pad(ratio(widget[key], iframe[key], unit), 15),
        );
      }
      console.log('');
    }
    if (widget) {
      console.log(
        `widget, step by step: HTML received ${ms(widget.htmlReceived)}, bundle received ` +
          `${ms(widget.scriptReceived)}, element upgraded ${ms(widget.upgraded)}, bar in the DOM ` +
          `${ms(widget.barInDom)}, bar painted ${ms(widget.barPainted)}\n`,
      );
    }

    const bareLit = medians['bare-lit'];
    if (widget && bareLit) {
      console.log(
        `widget's script beside a bare Lit element's (bare-lit: three links, nothing else): ` +
          `${scriptVersus(widget, bareLit)}\n`,
      );
    }

    const { against } = medians;
    if (widget && against) {
      console.log(
        `against, side by side with widget: script ${scriptVersus(against, widget)}, ` +
          `bar painted ${ms(against.barPainted)} / ${ms(widget.barPainted)} = ` +
          `${ratio(against.barPainted, widget.barPainted)}x\n`,
      );
    }

    // Every check, and the help bar found in every paint-timing load of every page.
    const results = CHECKS.map((check) => {
      const why = check.uses.map(([name, key]) => unseen(name, key)).filter(Boolean);
      const figure = why.length ? null : check.figure({ median: medians, worst, best });
      if (!why.length && !present(figure)) why.push('no figure');
      return { ...check, figure, why, met: !why.length && check.met(figure) };
    });
    const timed = LOADED.filter((name) => kindsOf(name).includes('timing'));
    const lost = timed.map((name) => unseen(name, 'barPainted')).filter(Boolean);
    results.push({
      label: 'help bar laid out in every load of every page',
      figure: `${timed.length - lost.length}/${timed.length}`,
      show: (x) => x,
      detail: () => timed.join(', '),
      why: lost,
      met: !lost.length,
    });

    console.log(GUARD ? "Guards (npm test's short run)" : 'Targets');
    for (const { label, figure, show, limit, detail, why, met } of results) {
      const limitText = limit === undefined ? '' : `limit ${show(limit)}`;
      const context = why.length
        ? `cannot be measured: ${why.join('; ')}`
        : (detail?.({ median: medians, worst }) ?? '');
      console.log(
        `  ${met ? 'met   ' : 'MISSED'}  ${padEnd(label, 50)} ${pad(show(figure), 10)}  ` +
          `${padEnd(limitText, 16)}${context}`,
      );
    }
    const missed = results.filter((r) => !r.met).length;

    mkdirSync(`${root}/bench/results`, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const file = `${stamp}${GUARD ? '-guard' : ''}.json`;
    const text = `${JSON.stringify(
      {
        date: new Date().toISOString(),
        browser: version,
        node: process.version,
        settings: {
          guard: GUARD,
          runs: RUNS,
          cpuSlowdown: CPU,
          network: NETWORK,
          screen: SCREEN,
          settleMs: SETTLE_MS,
        },
        bundle: { bytes: bundle.body.length, gzip: bundle.gzip.length },
        medians,
        worst,
        spread,
        targets: results.map(({ label, figure, limit, why, met }) => ({
          target: label,
          figure,
          limit,
          why,
          met,
        })),
        loads,
      },
      null,
      2,
    )}\n`;
    writeFileSync(`${root}/bench/results/${file}`, text);
    writeFileSync(`${root}/bench/results/latest.json`, text);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `\nEvery load: bench/results/${file} (also latest.json); the pages: bench/results/pages/; ` +
        `${seconds} s in all`,
    );
    if (missed) {
      console.error(`\n${missed} of ${results.length} ${GUARD ? 'guards' : 'targets'} missed`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
