/**
 * Page-wide coordination of the help bars: one bar per page is pinned to the viewport (the first
 * element in document order that asks for `bar="fixed"`), and one bar per page is the "Get help
 * now" landmark (the pinned one, or else the first element's). Both are worked out here, once
 * per change, and every element whose role changed is asked to render again. The pinned bar's
 * height is kept free at the end of the page, and the bar is put in the browser's top layer, so
 * that nothing a host page adds later (a cookie banner, a chat button) covers it, whatever its
 * z-index. Printed, it leaves the top layer for its place in the flow.
 */

export interface BarHost extends Element {
  requestUpdate(): void;
}

export interface BarRole {
  /** This element's bar is pinned to the viewport. */
  readonly pinned: boolean;
  /** This element's bar is the page's one help-bar landmark. */
  readonly landmark: boolean;
}

/** Connected elements, and whether each asks for a pinned bar. */
const hosts = new Map<BarHost, boolean>();
let pinned: BarHost | undefined;
let landmark: BarHost | undefined;

/** The bar being measured, and the observer that measures it (made on first use). */
let measured: Element | undefined;
let observer: ResizeObserver | undefined;

/** The page's own inline styles from before space was reserved for a pinned bar. */
let savedPageStyles: string[] | undefined;

/** Every connected element. */
export const barHosts = () => hosts.keys();

export const roleOf = (host: BarHost): BarRole => ({
  pinned: host === pinned,
  landmark: host === landmark,
});

/**
 * Records that `host` is connected and whether it asks for a pinned bar (`undefined`: it has
 * gone), then works out the page's pinned bar and landmark again.
 */
export function setHost(host: BarHost, wantsPin?: boolean): void {
  if (!hosts.size) document.addEventListener('visibilitychange', renderAll);
  if (wantsPin === undefined) hosts.delete(host);
  else hosts.set(host, wantsPin);
  // Only connected elements are ordered: a removed one has no reliable place in the document.
  // Only connected elements are ordered: a removed one has no reliable place in the document.
  // (2: DOCUMENT_POSITION_PRECEDING, `b` comes before `a`.)
  const ordered = [...hosts.keys()].sort((a, b) => (a.compareDocumentPosition(b) & 2 ? 1 : -1));
  const before = [pinned, landmark];
  pinned = ordered.find((other) => hosts.get(other));
  landmark = pinned ?? ordered[0];
  if (before[0] === pinned && before[1] === landmark) return;
  // An element asked twice renders once: a request waits for the same microtask.
  for (const other of [...before, pinned, landmark]) if (other !== host) other?.requestUpdate();
  if (before[0] !== pinned) measure(undefined);
}

/**
 * Renders every bar again when a hidden tab is shown: it may have slept past a change of the
 * phone lines' opening hours, which each render reads from the clock.
 */
function renderAll(): void {
  if (!document.hidden) hosts.forEach((_, host) => host.requestUpdate());
}

/** Called by an element after each render, with its bar: measures and raises the pinned bar. */
export function barRendered(host: BarHost, bar: HTMLElement): void {
  if (host === pinned && bar !== measured) measure(bar);
  raise(bar, host === pinned);
}

/** Whether the page is being printed: once asked, it reports each change (and raises again). */
let print: MediaQueryList | undefined;

/**
 * Puts the pinned bar in the top layer as a manual popover (which nothing else on the page opens
 * or closes), unless the page is being printed, where the bar takes its place in the flow; takes
 * any other bar out. Where there is no Popover API the bar stays where its `position: fixed` and
 * z-index put it.
 */
function raise(bar: HTMLElement, pin: boolean): void {
  if (!print) {
    print = matchMedia('print');
    print.addEventListener('change', () => measured && raise(measured as HTMLElement, true));
  }
  // Without the Popover API, `popover` is a plain property: the bar keeps its z-index.
  if (pin && !print.matches) {
    bar.popover = 'manual';
    bar.togglePopover?.(true);
  } else {
    bar.removeAttribute('popover');
  }
}

/**
 * Measures `bar` (or nothing). The observer reports the height after the frame's layout and
 * before its paint, and again whenever it changes; reading it during a render instead would
 * force a layout of the whole page.
 */
function measure(bar: Element | undefined): void {
  observer?.disconnect();
  measured = bar;
  if (bar) {
    // Whole pixels: a page scrolls by whole pixels, and its last line must clear a bar of 84.5.
    observer ??= new ResizeObserver(([entry]) =>
      reservePageSpace(Math.ceil(entry.borderBoxSize[0].blockSize)),
    );
    observer.observe(bar);
  } else {
    reservePageSpace();
  }
}

/**
 * Keeps the end of the host page and any focused element out from under the pinned bar
 * (WCAG 2.4.11) by reserving its height with inline styles on the page; with no height, gives
 * the page its own styles back. Focus scrolling keeps 8 px more, so that a focus ring (about
 * 5 px outside an element) shows too.
 */
function reservePageSpace(height?: number): void {
  const root = document.documentElement.style;
  const body = document.body.style;
  if (savedPageStyles) [root.scrollPaddingBottom, body.paddingBottom] = savedPageStyles;
  savedPageStyles = undefined;
  if (height) {
    // Read before writing: a read after a write would make the browser recompute styles at once.
    const padding = getComputedStyle(document.body).paddingBottom;
    savedPageStyles = [root.scrollPaddingBottom, body.paddingBottom];
    root.scrollPaddingBottom = `${height + 8}px`;
    body.paddingBottom = `calc(${padding} + ${height}px)`;
  }
}
