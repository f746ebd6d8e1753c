/**
 * The quick exit: a "Leave this page" button in the help bar, and Shift pressed three times
 * anywhere on the page. Either covers the page at once, gives the tab a neutral title, fires
 * `online-safety-help-exit` and replaces the page with a safe one (`location.replace`, so that
 * Back does not return to it), with no referrer. Nothing is stored and nothing is requested but
 * the navigation. Importing this module touches no DOM.
 */
import { html, nothing } from 'lit-html';
import type { QuickExit } from './config.js';
import { fire } from './events.js';

/** The most time between two Shift presses that still count together, in milliseconds. */
export const PRESS_WINDOW = 5000;

/**
 * Whether a key event comes from where people type: a text field, search box, select, combobox or
 * editable area, in the page or in any open shadow root; or from a custom element with a closed
 * shadow root (`composedPath()` does not show what is focused inside one, so it may be a field).
 */
export function typing(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0] as HTMLElement;
  return !!(
    target.isContentEditable ||
    target.matches?.('input,textarea,select,[role=combobox]') ||
    (target.localName?.includes('-') && !target.shadowRoot)
  );
}

/**
 * Counts Shift presses from `keydown` and `keyup` events: `onPress(count)` runs on each press that
 * counts, with 1, 2 or 3 (after 3 the count starts again). A press counts when Shift is released
 * with no other key pressed since it went down, not with Control, Alt or Meta held, and not where
 * people type. Key repeats from holding Shift add nothing. Left and right Shift count alike, in
 * turn or together (both down at once is one press). Any other key starts the count again, and so
 * does a pause of more than `PRESS_WINDOW` between presses (`now`: the clock, in ms).
 */
export function shiftCounter(
  onPress: (count: number) => void,
  now: () => number = () => performance.now(),
): (event: KeyboardEvent) => void {
  let count = 0;
  let last = 0;
  /** A Shift key is down, and its press may count. */
  let pressed = false;
  return (event) => {
    if (event.key !== 'Shift') {
      if (event.type === 'keydown') {
        pressed = false;
        count = 0;
      }
    } else if (event.type === 'keydown') {
      if (!event.repeat)
        pressed = !(event.ctrlKey || event.altKey || event.metaKey || typing(event));
    } else if (pressed) {
      pressed = false;
      const time = now();
      count = time - last > PRESS_WINDOW ? 1 : count + 1;
      last = time;
      onPress(count);
      if (count > 2) count = 0;
    }
  };
}

/** One of `pages`, at random (`random`: a number from 0 to below 1, as `Math.random` gives). */
export const pickPage = (pages: QuickExit, random: () => number = Math.random): string =>
  pages[Math.floor(random() * pages.length)];

/** Elements with the quick exit on, and their safe pages; the first acts on Shift presses. */
const hosts = new Map<Element, QuickExit>();

/** Shows and announces (a polite live region) `text` above the help bar of `host`. */
function say(host: Element, text: string): void {
  const status = host.shadowRoot?.querySelector('.status');
  if (status) status.textContent = text;
}

const onKey = shiftCounter((count) => {
  const [first] = hosts;
  if (!first) return;
  const [host, pages] = first;
  if (count > 2) return leave(host, pages, 'keyboard');
  say(host, `Press Shift ${3 - count} more time${count > 1 ? '' : 's'} to leave this page`);
});

/** Turns the page's Shift presses on for `host`, leaving for `pages`; none (or empty) turns them off. */
export function watchShift(host: Element, pages: QuickExit = []): void {
  hosts.delete(host);
  if (!pages.length) return;
  hosts.set(host, pages);
  // Capture: a page that stops its own key events does not stop the count. Once listening, the
  // page goes on listening; with no element's quick exit on, a press does nothing.
  for (const type of ['keydown', 'keyup']) addEventListener(type, onKey as EventListener, true);
}

/**
 * Leaves the page for one of `pages`, in this order and in one task (so within one frame): a
 * plain cover over the whole page, in the top layer above anything the host has (where there is
 * no top layer, at the highest z-index), a neutral title, the exit event, and the navigation,
 * which replaces this page in the history and sends no referrer. Coming back to the page from the
 * back-forward cache takes the cover away and gives the title back.
 */
export function leave(
  host: Element,
  pages: QuickExit,
  trigger: 'button' | 'keyboard',
  random?: () => number,
): void {
  const href = pickPage(pages, random);
  const cover = document.createElement('div');
  // The safe page is not told which page the reader came from.
  const referrer = Object.assign(document.createElement('meta'), {
    name: 'referrer',
    content: 'no-referrer',
  });
  const title = document.title;
  // Whatever a step meets on a host's page, the reader still leaves.
  try {
    // `all: initial` undoes the browser's popover box (centred, bordered, fit to its content).
    cover.style.cssText = 'all:initial;position:fixed;inset:0;background:#fff;z-index:2147483647';
    // Without the Popover API, `popover` is a plain property and the z-index places the cover.
    cover.popover = 'manual';
    document.documentElement.append(cover);
    cover.showPopover?.();
    document.head.append(referrer);
    document.title = 'Loading';
    say(host, '');
    addEventListener(
      'pageshow',
      (event) => {
        if (event.persisted) {
          cover.remove();
          referrer.remove();
          document.title = title;
        }
      },
      { once: true },
    );
    fire(host, 'online-safety-help-exit', { href, trigger });
  } finally {
    location.replace(href);
  }
}

/**
 * What the help bar starts with when the quick exit is on: the "Leave this page" button and the
 * live region that counts Shift presses. The host's fallback exit link (slot `exit`) is never
 * rendered: it serves only before the element upgrades, and where scripts do not run.
 */
export const exitControl = (host: Element, pages: QuickExit) =>
  pages.length
    ? html`<button part="exit" class="exit" @click=${() => leave(host, pages, 'button')}>
          Leave this page
        </button>
        <p class="status" role="status"></p>`
    : nothing;
