// Functions that puppeteer runs inside the benchmark pages (it sends their source text, so they
// must not use anything from this module's scope).
/* global window, document, performance, Element, IntersectionObserver, MutationObserver,
   PerformanceObserver, setTimeout */

// The probe, added to every page and frame before anything else runs, in the paint-timing loads
// only (it costs a little script time, so script time comes from separate loads without it).
// For each help-bar link it records the first frame in which the link is laid out: the link goes
// to an IntersectionObserver as soon as it is in the DOM, and the observer's first entry with the
// link intersecting carries the time of the rendering update that laid it out, the update that
// paints it. The observer's margin is far larger than any page, so that a link counts wherever
// its bar is: pinned (in the top layer), sticky, or in the flow below the fold. Element Timing
// would give the paint's presentation time, but it ignores shadow trees, so it is only read as a
// cross-check on light-DOM links. Links inside shadow roots are found by watching each shadow
// root as it is attached.
// Groups: `bar` = the help bar's links (hand-written `.bar`, or the widget's `[part~=bar]`);
// `fallback` = plain links inside <online-safety-help>, shown until the element upgrades.
// Each link is known by its contact: the bar's `data-contact`, or a fallback link's address
// (the NSPCC's bar link changes address with the phone lines' hours; its contact does not).

export function probe() {
  const found = { links: [], upgraded: null, barInDom: null };
  const watched = new WeakMap();
  const fallbackContacts = {
    'https://www.ceop.police.uk/Safety-Centre/': 'ceop',
    'tel:08088005000': 'nspcc',
    'tel:999': 'emergency',
  };
  Object.defineProperty(window, '__bench', { value: found });
  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !entry.boundingClientRect.width) continue;
        watched.get(entry.target).time ??= entry.time;
        io.unobserve(entry.target);
      }
    },
    { rootMargin: '100000px' },
  );
  const scan = (scope) => {
    const links = [
      ['bar', '.bar a, [part~="bar"] a'],
      ['fallback', 'online-safety-help > a'],
    ];
    for (const [group, selector] of links) {
      for (const link of scope.querySelectorAll(selector)) {
        if (watched.has(link)) continue;
        if (group === 'bar') found.barInDom ??= performance.now();
        const href = link.getAttribute('href');
        const contact = link.dataset.contact ?? fallbackContacts[href] ?? href;
        const record = { link, group, contact, time: null };
        found.links.push(record);
        watched.set(link, record);
        io.observe(link);
      }
    }
  };
  const mo = new MutationObserver((records) => {
    new Set(records.map((record) => record.target.getRootNode())).forEach(scan);
  });
  mo.observe(document, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    found.upgraded ??= performance.now();
    const shadow = attachShadow.call(this, init);
    mo.observe(shadow, { childList: true, subtree: true });
    return shadow;
  };
}

/** Read in the page after it settled: timings, paints and layout shifts, per frame. */
export async function readFrame() {
  const buffered = (type) =>
    new Promise((resolve) => {
      const entries = [];
      new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({
        type,
        buffered: true,
      });
      setTimeout(() => resolve(entries), 50);
    });
  const inWidget = (node) => {
    if (!node) return false;
    if (node.getRootNode() !== document) return true;
    const element = node.nodeType === 1 ? node : node.parentElement;
    return Boolean(element?.closest('online-safety-help'));
  };
  const describe = (node) =>
    !node
      ? null
      : node.nodeType === 1
        ? `${node.localName}${node.id ? `#${node.id}` : ''}`
        : `#text in ${node.parentElement?.localName}`;
  // Every shift counts, `hadRecentInput` or not: the benchmark sends no input, but Chromium's
  // mobile emulation flags shifts in the first half-second as if there had been some.
  const shifts = (await buffered('layout-shift')).map((entry) => ({
    time: entry.startTime,
    value: entry.value,
    hadRecentInput: entry.hadRecentInput,
    // A source whose node is gone (null) counts as host content: the conservative reading.
    host: entry.sources.length === 0 || entry.sources.some((s) => !inWidget(s.node)),
    sources: entry.sources.map((s) => ({
      node: describe(s.node),
      inWidget: inWidget(s.node),
      from: [s.previousRect.y, s.previousRect.height],
      to: [s.currentRect.y, s.currentRect.height],
    })),
  }));
  // The links still in the page; per group, each contact's first frame laid out (null: a link
  // of that contact never was).
  const found = window.__bench;
  const links = (found?.links ?? []).filter((record) => record.link.isConnected);
  const firstLaidOut = (group) => {
    const times = {};
    for (const { contact, time } of links.filter((record) => record.group === group)) {
      times[contact] =
        time == null || times[contact] === null ? null : Math.min(time, times[contact] ?? time);
    }
    return times;
  };
  const bar = links.filter((record) => record.group === 'bar');
  const elementTiming = (await buffered('element')).map((e) => [e.identifier, e.renderTime]);
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  const html = performance.getEntriesByType('navigation')[0]?.responseEnd ?? null;
  const script = performance
    .getEntriesByType('resource')
    .find((e) => e.name.endsWith('/online-safety-help.js'));
  return {
    timeOrigin: performance.timeOrigin,
    probe: found && {
      upgraded: found.upgraded,
      barInDom: found.barInDom,
      barLinks: bar.length,
      barNotLaidOut: bar.filter((record) => record.time == null).length,
      // Every bar link laid out: the latest of their first frames.
      barLaidOut:
        bar.length && bar.every((record) => record.time != null)
          ? Math.max(...bar.map((record) => record.time))
          : null,
      bar: firstLaidOut('bar'),
      fallback: firstLaidOut('fallback'),
    },
    fcp,
    shifts,
    elementTiming,
    received: { html, script: script?.responseEnd ?? null },
  };
}
