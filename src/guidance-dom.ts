/**
 * The guidance's paragraphs and lists, as DOM. The text is static: each section's body is built
 * once per page with plain DOM calls (strings become text nodes, never markup), and every element
 * clones its own copy, which Lit then only places. This saves Lit six templates to prepare and
 * dozens of template instances to fill on the first render.
 */
import type { Block, LeadItem, ListItem, RichText, Section, TextLink } from './content.js';
import { safeHref } from './contacts.js';

function element(tag: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

/** Running text; a link whose URL is not on the allow-list is shown as plain text. */
function rich(text: RichText): (Node | string)[] {
  return typeof text === 'string'
    ? [text]
    : text.map((run) => {
        const { href, text } = run as Partial<TextLink>;
        if (href === undefined) return run as string;
        const safe = safeHref(href);
        return safe ? Object.assign(element('a', text!), { href: safe }) : text!;
      });
}

function block(item: Block): HTMLElement {
  const list = (item as { ul?: ListItem[] }).ul ?? (item as { ol?: ListItem[] }).ol;
  if (!list) return element('p', ...rich(item as RichText));
  return element(
    'ol' in (item as object) ? 'ol' : 'ul',
    ...list.map((entry) => {
      const { lead, text } = entry as Partial<LeadItem>;
      return lead
        ? element('li', element('strong', lead), ` ${text ?? ''}`)
        : element('li', ...rich(entry as RichText));
    }),
  );
}

/** Each section's body as built once, to be cloned. */
const built = new WeakMap<Section, HTMLElement>();

/** A new copy of a section's paragraphs and lists, in a `div`. */
export function sectionBody(section: Section): Node {
  let body = built.get(section);
  if (!body) built.set(section, (body = element('div', ...section.body.map(block))));
  return body.cloneNode(true);
}
