import type { OnlineSafetyHelp } from '../src/online-safety-help.js';

export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** The first (or only) widget on the page, upgraded and rendered. */
  element: OnlineSafetyHelp;
  /** Console warnings the page printed. */
  warnings: string[];
  /** Content-Security-Policy violations the page reported. */
  violations: SecurityPolicyViolationEvent[];
  remove(): void;
}

let frames = 0;

/**
 * Opens a host page from test/fixtures in an iframe of the given size, the way a person meets
 * the widget: the page loads the built dist/online-safety-help.js with a script tag.
 */
export async function openHostPage(
  path: string,
  { width = 1280, height = 800 }: { width?: number; height?: number } = {},
): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  // A unique name lets server-side commands (DevTools Protocol) find this frame.
  frame.name = `host-page-${++frames}`;
  const warnings: string[] = [];
  const violations: SecurityPolicyViolationEvent[] = [];
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.src = new URL(path, new URL('./fixtures/', import.meta.url)).href;
  document.body.append(frame);
  await loaded;
  // Warnings printed from here on (elements made or changed after load) are recorded.
  const w = frame.contentWindow as Window & typeof globalThis;
  const original = w.console.warn.bind(w.console);
  w.console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    original(...args);
  };
  w.document.addEventListener('securitypolicyviolation', (e) => violations.push(e));
  await w.customElements.whenDefined('online-safety-help');
  const element = w.document.querySelector('online-safety-help') as OnlineSafetyHelp;
  await element?.updateComplete;
  return {
    frame,
    window: w,
    document: w.document,
    element,
    warnings,
    violations,
    remove: () => frame.remove(),
  };
}
