import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';

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
  }: { width?: number; height?: number; upgrade?: boolean } = {},
): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  // A unique name lets server-side commands (DevTools Protocol) find this frame.
  frame.name = `host-page-${++frames}`;
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.src = new URL(path, new URL('../fixtures/', import.meta.url)).href;
  document.body.append(frame);
  await loaded;
  const w = frame.contentWindow as Window & typeof globalThis & { hostPageRecord?: PageRecord };
  const record = w.hostPageRecord;
  const warnings = record?.warnings ?? [];
  const violations = record?.violations ?? [];
  const errors = record?.errors ?? [];
  if (!record) {
    // Warnings and violations from here on (elements made or changed after load) are recorded.
    const original = w.console.warn.bind(w.console);
    w.console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original(...args);
    };
    w.document.addEventListener('securitypolicyviolation', (e) =>
      violations.push({
        directive: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sample: e.sample,
        sourceFile: e.sourceFile,
      }),
    );
    w.addEventListener('error', (e) => errors.push(String(e.error?.stack ?? e.message)));
  }
  if (upgrade) await w.customElements.whenDefined('online-safety-help');
  const element = w.document.querySelector('online-safety-help') as OnlineSafetyHelp;
  if (upgrade) await element?.updateComplete;
  return {
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
}
