/**
 * Frames and windows that a test builds itself, with no page from the test server in them
 * (about:blank, srcdoc, document.write), so that test/plugins/fixed-clock.mjs cannot give them
 * the fixed clock: these helpers do, so that nothing in them reads the real clock. A frame or a
 * popup that loads a page from the server (a fixture, a snippet) has the clock already.
 */

/** Makes a same-origin window (a blank frame, a popup) read the clock of `source`. */
export function followClock(target: Window, source: Window = window): void {
  // Read at every call, so that a test that moves its page's clock moves the frame's too.
  (target as Window & typeof globalThis).Date.now = () =>
    (source as Window & typeof globalThis).Date.now();
}

export interface BlankFrame {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
}

/**
 * An iframe with no page from the server, added to `parent` (default: this page's body), reading
 * the clock of the page it is in. Given `srcdoc`, it holds that markup, with test/fixtures/clock.js
 * first, at the moment the page's clock reads now, and is returned once loaded; otherwise it keeps
 * its initial about:blank document, ready at once to be filled (document.write included).
 */
export async function blankFrame({
  width = 1024,
  height = 600,
  parent = document.body,
  srcdoc,
}: {
  width?: number;
  height?: number;
  parent?: Element;
  srcdoc?: string;
} = {}): Promise<BlankFrame> {
  const owner = parent.ownerDocument.defaultView!;
  const frame = parent.ownerDocument.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  if (srcdoc !== undefined) {
    const at = new Date(owner.Date.now()).toISOString();
    const tag = `<script src="/test/fixtures/clock.js?at=${at}"></script>`;
    // After the opening tag that test/plugins/fixed-clock.mjs would choose: never before a
    // doctype, which would put the page in quirks mode.
    const opening = [/<head\b[^>]*>/i, /<html\b[^>]*>/i, /<!doctype[^>]*>/i]
      .map((pattern) => pattern.exec(srcdoc))
      .find(Boolean);
    const index = opening ? opening.index + opening[0].length : 0;
    frame.srcdoc = srcdoc.slice(0, index) + tag + srcdoc.slice(index);
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    parent.append(frame);
    await loaded;
  } else {
    parent.append(frame);
    followClock(frame.contentWindow!, owner);
  }
  const w = frame.contentWindow as Window & typeof globalThis;
  return { frame, window: w, document: w.document };
}
