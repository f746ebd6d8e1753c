/**
 * Commands that need the Chrome DevTools Protocol (test/plugins/chromium-commands.mjs). Each
 * answers `false` in Firefox and WebKit, where a test skips itself; its name says so with
 * "(Chromium only: DevTools Protocol …)".
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { HostPage } from './host-page.js';

type MediaFeature = { name: string; value: string };

/** Emulates a media type and features for the whole test page, iframes included. */
export async function emulateMedia(media: string, features: MediaFeature[] = []): Promise<boolean> {
  return executeServerCommand<boolean, unknown>('cdp-emulate-media', { media, features });
}

/**
 * Sets the time zone the whole test page reports (`''`: the machine's own again), or answers
 * false outside Chromium.
 */
export async function emulateTimeZone(zone: string): Promise<boolean> {
  return executeServerCommand<boolean, unknown>('cdp-time-zone', { zone });
}

/** A node of the accessibility tree, as Chromium hands it to screen readers. */
export interface AxNode {
  role: string;
  name: string;
  properties: Record<string, unknown>;
  children: AxNode[];
}

/** The host page's accessibility tree, ignored nodes left out, or false outside Chromium. */
export async function axTree(page: HostPage): Promise<AxNode[] | false> {
  return executeServerCommand<AxNode[] | false, unknown>('cdp-ax-tree', {
    frameName: page.frame.name,
  });
}

/** Every node of a tree that matches, in tree order. */
export function findAll(nodes: AxNode[], match: (node: AxNode) => boolean): AxNode[] {
  return nodes.flatMap((node) => [
    ...(match(node) ? [node] : []),
    ...findAll(node.children, match),
  ]);
}
