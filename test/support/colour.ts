/** Colour maths for what a person sees: computed colours, what is behind an element, contrast. */

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

const computed = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element);

/**
 * The opaque colour seen behind an element: the backgrounds of it and its ancestors in the
 * flattened tree, painted from the canvas (white) up.
 */
export function backgroundBehind(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node; node = flatParent(node)) {
    const colour = parseColour(computed(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Contrast of an element's text against what it is drawn on. */
export function textContrast(element: Element): number {
  return contrast(parseColour(computed(element).color), backgroundBehind(element));
}
