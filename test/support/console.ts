/**
 * What a page reports: console warnings and uncaught errors. Host-page fixtures that load
 * test/fixtures/record-page.js record these from their very start; everything else uses these.
 */

export interface Capture {
  /** What was reported, one string each, in order. */
  readonly items: string[];
  /** Stops recording. */
  stop(): void;
}

/** Records every `console.warn` of a window (as text), instead of printing it. */
export function captureWarnings(win: Window & typeof globalThis = window): Capture {
  const items: string[] = [];
  const original = win.console.warn;
  win.console.warn = (...args: unknown[]) => {
    items.push(args.map(String).join(' '));
  };
  return { items, stop: () => (win.console.warn = original) };
}

/** Records a window's uncaught exceptions and unhandled promise rejections. */
export function captureErrors(win: Window = window): Capture {
  const items: string[] = [];
  const onError = (event: ErrorEvent) => items.push(String(event.error?.stack ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => items.push(String(event.reason));
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return {
    items,
    stop: () => {
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
