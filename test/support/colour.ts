import type { AxeResults, Result } from 'axe-core';
import type { HostPage } from './host-page.js';

/** An sRGB colour with alpha, channels 0 to 255, alpha 0 to 1. */
export type Rgba = [number, number, number, number];

/** Parses a computed colour (`rgb(…)`, `rgba(…)`, or `color(srgb …)` as some engines give it). */
export function parseColour(value: string): Rgba {
  const srgb = value.match(/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/);
  if (srgb) {
    const [r, g, b] = srgb.slice(1, 4).map((c) => Number(c) * 255);
    return [r, g, b, srgb[4] === undefined ? 1 : Number(srgb[4])];
  }
  const rgb = value.match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/);
  if (!rgb) throw new Error(`Cannot read colour ${value}`);
  return [
    Number(rgb[1]),
    Number(rgb[2]),
    Number(rgb[3]),
    rgb[4] === undefined ? 1 : Number(rgb[4]),
  ];
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The element's parent in the flattened tree: its slot, its parent, or its shadow host. */
export function flatParent(element: Element): Element | null {
  return (
    element.assignedSlot ??
    element.parentElement ??
    ((element.getRootNode() as ShadowRoot).host || null)
  );
}

/**
 * The opaque colour seen behind an element: the backgrounds of it and its ancestors in the
 * flattened tree, painted from the canvas (white) up.
 */
export function backgroundBehind(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node; node = flatParent(node)) {
    const colour = parseColour(
      node.ownerDocument.defaultView!.getComputedStyle(node).backgroundColor,
    );
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core inside the host page's own document (so the widget's open shadow root is
 * inspected as it is on a real page), with the WCAG 2.0 to 2.2 A/AA tags, best practices,
 * and `target-size` switched on.
 */
export async function runAxe(page: HostPage): Promise<AxeResults> {
  const w = page.window as HostPage['window'] & { axe?: typeof import('axe-core') };
  if (!w.axe) {
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    page.document.head.append(script);
    await loaded;
  }
  return w.axe!.run(page.document, {
    runOnly: { type: 'tag', values: axeTags },
    rules: { 'target-size': { enabled: true } },
  });
}

/** The selectors of the nodes inside the widget's shadow root that a rule checked. */
export function shadowTargets(results: Result[], rule: string): string[] {
  return (results.find((r) => r.id === rule)?.nodes ?? [])
    .map((n) => n.target[0] as string | string[])
    .filter((t): t is string[] => Array.isArray(t) && t[0] === 'online-safety-help')
    .map((t) => t.slice(1).join(' '));
}

/** One line per violation and node, for a readable failure message. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`))
    .join('\n');
}
