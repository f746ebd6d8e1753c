/**
 * What a person gets from a widget on a host page, measured in the page: visible text, colours,
 * contrast, what is under a point on the screen, and what a link does when activated.
 */
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { backgroundBehind, contrast, parseColour } from './colour.js';
import type { HostPage } from './host-page.js';

/** Computed style, from the element's own window (the host page's iframe). */
export const style = (element: Element) =>
  element.ownerDocument.defaultView!.getComputedStyle(element);

/** True when an element takes up space on the screen and is not hidden. */
export function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return (
    box.width > 0 &&
    box.height > 0 &&
    style(element).visibility !== 'hidden' &&
    element.checkVisibility()
  );
}

/** Every piece of text a reader sees in the widget, slotted host links included. */
export function shownText(element: OnlineSafetyHelp): { text: string; element: Element }[] {
  const found: { text: string; element: Element }[] = [];
  const roots: Node[] = [element.shadowRoot!];
  element.shadowRoot!.querySelectorAll('slot').forEach((slot) => {
    roots.push(...slot.assignedElements());
  });
  for (const root of roots) {
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
      root,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (node.textContent!.trim() && parent && isShown(parent)) {
        found.push({ text: node.textContent!.trim(), element: parent });
      }
    }
  }
  return found;
}

/** Contrast of an element's text against what it is drawn on. */
export function textContrast(element: Element): number {
  return contrast(parseColour(style(element).color), backgroundBehind(element));
}

export const q = <T extends Element = HTMLElement>(el: OnlineSafetyHelp, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T | null;
export const qa = <T extends Element = HTMLElement>(el: OnlineSafetyHelp, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)] as T[];

/** The links in an element's help bar, built-in first, then the host's slotted ones. */
export function barLinks(el: OnlineSafetyHelp): HTMLAnchorElement[] {
  const slot = q<HTMLSlotElement>(el, '[part~="bar"] slot');
  return [
    ...qa<HTMLAnchorElement>(el, '[part~="bar"] a'),
    ...((slot?.assignedElements() ?? []) as HTMLAnchorElement[]),
  ];
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
 * Activates what is under a point of the host page (or `link` directly) and reports what a person
 * would get. Following the link is cancelled at the very last moment, so that no test leaves
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

/** The element a person would hit at the centre of `target` (inside the widget's shadow root). */
export function hitAtCentre(page: HostPage, target: Element): Element | null {
  const box = target.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  const hit = page.document.elementFromPoint(x, y);
  return hit?.shadowRoot?.elementFromPoint(x, y) ?? hit;
}

declare global {
  interface Window {
    /** Set by Trusted Types engines. */
    trustedTypes?: unknown;
    /** Each copy of Lit on a page adds its version here. */
    litHtmlVersions?: string[];
  }
}
