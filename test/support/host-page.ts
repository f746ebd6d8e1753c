/**
 * Host pages: test/fixtures/*.html opened in an iframe, loading the built
 * dist/online-safety-help.js with a script tag as a site does, and what a person does there.
 */
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { captureErrors, captureWarnings } from './console.js';

/** What test/fixtures/record-page.js records from the start of a page's life. */
export interface PageRecord {
  violations: { directive: string; blockedURI: string; sample: string; sourceFile: string }[];
  errors: string[];
  warnings: string[];
  policies: string[];
  storageWrites: string[];
  storageAtStart: { cookie: string; local: string[]; session: string[] };
}

export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** The first (or only) widget on the page, upgraded and rendered. */
  element: OnlineSafetyHelp;
  /** Console warnings the page printed. */
  warnings: string[];
  /** Content-Security-Policy violations the page reported. */
  violations: PageRecord['violations'];
  /** Uncaught exceptions and unhandled rejections (from the page's start with record-page.js). */
  errors: string[];
  /** Everything record-page.js recorded, when the fixture loads it. */
  record?: PageRecord;
  remove(): void;
}

let frames = 0;

/**
 * Opens a host page from test/fixtures in an iframe of the given size, the way a person meets
 * the widget: the page loads the built dist/online-safety-help.js with a script tag.
 * A fixture that loads record-page.js first has everything recorded from its start; otherwise
 * only what happens after its load event is. With `upgrade: false` (a page whose script never
 * runs) the element is not waited for.
 */
export async function openHostPage(
  path: string,
  {
    width = 1280,
    height = 800,
    upgrade = true,
    attributes = {},
    at,
  }: {
    width?: number;
    height?: number;
    upgrade?: boolean;
    /** Set on the first widget once it has upgraded; it has rendered them when this resolves. */
    attributes?: Record<string, string>;
    /** The page's clock (test/fixtures/clock.js): an ISO instant; default a Monday at noon. */
    at?: string;
  } = {},
): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  // A unique name lets server-side commands (DevTools Protocol) find this frame.
  frame.name = `host-page-${++frames}`;
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  const url = new URL(path, new URL('../fixtures/', import.meta.url));
  if (at) url.searchParams.set('at', at);
  frame.src = url.href;
  document.body.append(frame);
  await loaded;
  const w = frame.contentWindow as Window & typeof globalThis & { hostPageRecord?: PageRecord };
  const record = w.hostPageRecord;
  const violations = record?.violations ?? [];
  if (!record) {
    // Violations from here on (elements made or changed after load) are recorded.
    w.document.addEventListener('securitypolicyviolation', (e) =>
      violations.push({
        directive: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sample: e.sample,
        sourceFile: e.sourceFile,
      }),
    );
  }
  // The page goes with its frame, so the captures are never stopped.
  const warnings = record?.warnings ?? captureWarnings(w).items;
  const errors = record?.errors ?? captureErrors(w).items;
  if (upgrade) await w.customElements.whenDefined('online-safety-help');
  const element = w.document.querySelector('online-safety-help') as OnlineSafetyHelp;
  if (upgrade) await element?.updateComplete;
  const page: HostPage = {
    frame,
    window: w,
    document: w.document,
    element,
    warnings,
    violations,
    errors,
    record,
    remove: () => frame.remove(),
  };
  if (Object.keys(attributes).length) {
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    await rendered(page, element);
  }
  return page;
}

/**
 * Lets the page finish what it queued: a rendering frame, then a task. Violation reports, for
 * one, are delivered in a task of their own after the code that caused them.
 */
export async function settle(page: HostPage): Promise<void> {
  await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
  await new Promise((resolve) => page.window.setTimeout(resolve));
}

/**
 * Waits until the page has reacted to a DOM change the test made (connectedCallback,
 * disconnectedCallback, attributeChangedCallback) and the elements have rendered. The test runs
 * in another window than the page, and there Firefox runs those reactions at the next microtask
 * checkpoint, not before the DOM method returns, so `updateComplete` read at once is stale.
 */
export async function rendered(page: HostPage, ...elements: OnlineSafetyHelp[]): Promise<void> {
  await settle(page);
  await Promise.all(elements.map((element) => element.updateComplete));
}

export interface Activation {
  /** The link that received the click, if any. */
  link?: HTMLAnchorElement;
  /** Whether anything on the page stopped the link from being followed. */
  followed: boolean;
  /** `online-safety-help-contact` events fired. */
  contacts: { id: string; href: string }[];
}

/**
 * Activates a link of the host page (in the widget or not) and reports what a person would
 * get. Following the link is cancelled at the very last moment, so that no test leaves
 * localhost, and only after checking that nothing else on the page cancelled it.
 */
export function activate(page: HostPage, link: HTMLAnchorElement): Activation {
  const result: Activation = { followed: false, contacts: [] };
  const onContact = (e: Event) => result.contacts.push((e as CustomEvent).detail);
  const onClick = (e: MouseEvent) => {
    result.link = e
      .composedPath()
      .find((n): n is HTMLAnchorElement => n instanceof page.window.HTMLAnchorElement);
    result.followed = !e.defaultPrevented && Boolean(result.link?.href);
    e.preventDefault();
  };
  page.window.addEventListener('online-safety-help-contact', onContact);
  page.window.addEventListener('click', onClick);
  try {
    link.click();
  } finally {
    page.window.removeEventListener('online-safety-help-contact', onContact);
    page.window.removeEventListener('click', onClick);
  }
  return result;
}
