/** The element from src/, placed in the test page. */
import { fixture, html } from '@open-wc/testing';
import '../../src/online-safety-help-define.js';
// Every element test starts at a known moment of the NSPCC's opening hours.
import './clock.js';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';

/**
 * Places an `<online-safety-help>` with these attributes (any text, set with setAttribute) and
 * this light-DOM content (fixed markup from the test) in the test page, and waits for its first
 * render. open-wc's fixture cleanup removes it after the test.
 */
export async function makeElement(
  attributes: Record<string, string> = {},
  content = '',
): Promise<OnlineSafetyHelp> {
  const el = document.createElement('online-safety-help');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = content;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}
