/** axe-core, run inside a host page. */
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { HostPage } from './host-page.js';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core inside the host page's own document (so the widget's open shadow root is
 * inspected as it is on a real page), with the WCAG 2.0 to 2.2 A/AA tags, best practices,
 * and `target-size` switched on. `options` adds to axe's (`{ iframes: false }` leaves a page's
 * frames to be checked on their own).
 */
export async function runAxe(page: HostPage, options: RunOptions = {}): Promise<AxeResults> {
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
    ...options,
  });
}

/** The elements inside a widget's shadow root that axe reported for a rule, found from its selectors. */
export function shadowNodes(results: Result[], rule: string, element: Element): Element[] {
  return (results.find((r) => r.id === rule)?.nodes ?? [])
    .map((n) => n.target[0] as string | string[])
    .filter((t): t is string[] => Array.isArray(t) && t.length === 2)
    .flatMap((t) => {
      const found = element.shadowRoot!.querySelector(t[1]);
      return found ? [found] : [];
    });
}

/** One line per violation and node, for a readable failure message. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`))
    .join('\n');
}
