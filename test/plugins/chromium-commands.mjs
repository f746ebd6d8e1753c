/**
 * Test-runner commands that need the Chrome DevTools Protocol, so Chromium (the puppeteer-driven
 * chrome launcher) only. Each answers `false` in any other browser, so that a test can skip
 * itself and say why rather than fail.
 *
 * - `cdp-emulate-media` `{media?, features?}`: `Emulation.setEmulatedMedia` for the whole page,
 *   iframes included. Unlike `emulateMedia` from @web/test-runner-commands, it can set
 *   `forced-colors`, which puppeteer's own API refuses.
 * - `cdp-time-zone` `{zone}`: `Emulation.setTimezoneOverride` for the whole page, iframes
 *   included, as a reader's device set to that zone reports it; an empty zone ends the override.
 * - `cdp-ax-tree` `{frameName}`: the accessibility tree of the iframe with that name, as
 *   Chromium gives it to screen readers (shadow DOM flattened), ignored nodes left out.
 */

/** One DevTools session per test page, made on first use. */
const sessions = new WeakMap();

async function cdp(session) {
  // Firefox runs through the same puppeteer launcher, but over WebDriver BiDi: no CDP there.
  if (session.browser.type !== 'puppeteer' || !/^Chrom/.test(session.browser.name))
    return undefined;
  const page = session.browser.getPage(session.id);
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
  return sessions.get(page);
}

function findFrame(tree, name) {
  if (tree.frame.name === name) return tree.frame;
  for (const child of tree.childFrames ?? []) {
    const found = findFrame(child, name);
    if (found) return found;
  }
  return undefined;
}

/** Chromium's flat node list as a tree of {role, name, properties, children}. */
function toTree(nodes) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const build = (node) => {
    const children = (node.childIds ?? [])
      .map((id) => byId.get(id))
      .filter(Boolean)
      .flatMap(build);
    if (node.ignored) return children;
    const properties = Object.fromEntries(
      (node.properties ?? []).map((p) => [p.name, p.value?.value]),
    );
    return [{ role: node.role?.value, name: node.name?.value ?? '', properties, children }];
  };
  const root = nodes.find((node) => !node.parentId);
  return build(root);
}

export function chromiumCommands() {
  return {
    name: 'chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'cdp-emulate-media') {
        const client = await cdp(session);
        if (!client) return false;
        await client.send('Emulation.setEmulatedMedia', {
          media: payload?.media ?? '',
          features: payload?.features ?? [],
        });
        return true;
      }
      if (command === 'cdp-time-zone') {
        const client = await cdp(session);
        if (!client) return false;
        await client.send('Emulation.setTimezoneOverride', { timezoneId: payload.zone });
        return true;
      }
      if (command === 'cdp-ax-tree') {
        const client = await cdp(session);
        if (!client) return false;
        const { frameTree } = await client.send('Page.getFrameTree');
        const frame = findFrame(frameTree, payload.frameName);
        if (!frame) throw new Error(`No frame named ${payload.frameName}`);
        const { nodes } = await client.send('Accessibility.getFullAXTree', { frameId: frame.id });
        return toTree(nodes);
      }
      return undefined;
    },
  };
}
