/**
 * The guidance as a reader gets it: each section a heading holding a toggle button, and a panel.
 *
 * The text is static: each section's paragraphs and lists are built once per page with plain DOM
 * calls (strings become text nodes, never markup), and every element clones its own copy, which
 * Lit then only places. This saves Lit six templates to prepare and dozens of template instances
 * to fill on the first render.
 */
import { html, nothing } from 'lit-html';
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
        ? element('li', element('strong', lead), ' ', ...rich(text ?? ''))
        : element('li', ...rich(entry as RichText));
    }),
  );
}

/** Each section's body as first built, to be cloned for every later element. */
const built = new WeakMap<Section, HTMLElement>();

/**
 * A section's paragraphs and lists, in a `div`: built for the first element that shows it (which
 * keeps it), cloned for every other.
 */
export function sectionBody(section: Section): Node {
  const first = built.get(section);
  if (first) return first.cloneNode(true);
  const body = element('div', ...section.body.map(block));
  built.set(section, body);
  return body;
}

const headings = [
  (c: unknown) => html`<h1>${c}</h1>`,
  (c: unknown) => html`<h2>${c}</h2>`,
  (c: unknown) => html`<h3>${c}</h3>`,
  (c: unknown) => html`<h4>${c}</h4>`,
  (c: unknown) => html`<h5>${c}</h5>`,
  (c: unknown) => html`<h6>${c}</h6>`,
];

/**
 * The sections to show, in order, under headings at `level` (1 to 6), or nothing when none is
 * shown (the help bar alone). `isOpen` and `toggle` read and change a section's state; `body`
 * gives the element's own copy of a section's paragraphs and lists.
 */
export function guidanceView(
  sections: readonly Section[],
  level: number,
  isOpen: (id: string) => boolean,
  toggle: (id: string) => void,
  body: (section: Section) => Node,
): unknown {
  if (!sections.length) return nothing;
  return html`<div part="guidance">
    ${sections.map((section) => {
      const open = isOpen(section.id);
      return html`<div part="section">
        ${headings[level - 1](
          html`<button
            part="toggle"
            id=${section.id}
            aria-expanded=${open}
            aria-controls="panel-${section.id}"
            @click=${() => toggle(section.id)}
          >
            ${section.heading}
          </button>`,
        )}
        <div part="panel" class="panel" id="panel-${section.id}" ?hidden=${!open}>
          ${body(section)}
        </div>
      </div>`;
    })}
  </div>`;
}
