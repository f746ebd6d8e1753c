/**
 * What a person gets from a widget, read from the page: its shadow tree through public parts,
 * ids and ARIA, what is shown, computed style, focus, and what is under a point on the screen.
 * Works in the test page and in a host page's iframe alike.
 */
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';

/** The first element in the widget's shadow tree that matches. */
export const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T | null;

/** Every element in the widget's shadow tree that matches. */
export const qa = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)] as T[];

/** The help bar (`part="bar"`). */
export const barOf = (el: OnlineSafetyHelp) => q(el, '[part~="bar"]')!;

/**
 * The links in an element's help bar, built-in first, then the host's slotted ones (a contact
 * shown as text, an anchor without an address, is not a link).
 */
export function barLinks(el: OnlineSafetyHelp): HTMLAnchorElement[] {
  const slot = q<HTMLSlotElement>(el, '[part~="bar"] slot');
  return [
    ...qa<HTMLAnchorElement>(el, '[part~="bar"] a[href]'),
    ...((slot?.assignedElements() ?? []) as HTMLAnchorElement[]),
  ];
}

/** The section toggles, in order. */
export const toggles = (el: OnlineSafetyHelp) =>
  qa<HTMLButtonElement>(el, '[part~="toggle"][aria-expanded]');

/** The panel a toggle opens and closes (its `aria-controls`). */
export const panelOf = (toggle: Element) =>
  (toggle.getRootNode() as ShadowRoot).getElementById(toggle.getAttribute('aria-controls')!)!;

/** Computed style, from the element's own window (the test page or a host page's iframe). */
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

/** The focused element, looking into shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element a person would hit at the centre of `target` (inside the widget's shadow root). */
export function hitAtCentre(target: Element): Element | null {
  const box = target.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  const hit = target.ownerDocument.elementFromPoint(x, y);
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
