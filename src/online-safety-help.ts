import { html, nothing, type TemplateResult } from 'lit-html';
import {
  defaultGuidance,
  type Block,
  type Guidance,
  type LeadItem,
  type ListItem,
  type RichText,
  type Section,
  type TextLink,
} from './content.js';
import { parseConfig, defaultConfig, type BarMode, type Config, type Theme } from './config.js';
import { safeHref } from './contacts.js';
import { helpBar } from './help-bar.js';
import { RenderedElement } from './rendered-element.js';
import { styles } from './styles.js';

export interface ContactEventDetail {
  /** `ceop`, `nspcc`, `emergency`, or `host` for a link the host slotted in. */
  readonly id: string;
  readonly href: string;
}

export interface ToggleEventDetail {
  readonly id: string;
  readonly open: boolean;
}

/** Elements whose bar asks to be pinned to the viewport; only the first in the page is. */
const pinRequests = new Set<OnlineSafetyHelp>();
/**
 * The element whose bar was last found pinned. Kept because a removed element can no longer be
 * placed in document order (WebKit then orders it arbitrarily).
 */
let lastPinned: OnlineSafetyHelp | undefined;

/** The first element in document order that asks for a pinned bar. */
const pinnedElement = (): OnlineSafetyHelp | undefined =>
  [...pinRequests].sort((a, b) => (a.compareDocumentPosition(b) & 2 ? 1 : -1))[0];

/** The page's own inline styles from before space was reserved for a pinned bar. */
let savedPageStyles: string[] | undefined;

/**
 * Keeps the end of the host page and any focused element out from under a pinned bar
 * (WCAG 2.4.11) by reserving its height with inline styles on the page; with no height, gives
 * the page its own styles back. Focus scrolling keeps 8 px more, so that a focus ring (about
 * 5 px outside an element) shows too.
 */
function reservePageSpace(height?: number): void {
  const root = document.documentElement.style;
  const body = document.body.style;
  if (savedPageStyles) [root.scrollPaddingBottom, body.paddingBottom] = savedPageStyles;
  savedPageStyles = undefined;
  if (height) {
    // Read before writing: a read after a write would make the browser recompute styles at once.
    const padding = getComputedStyle(document.body).paddingBottom;
    savedPageStyles = [root.scrollPaddingBottom, body.paddingBottom];
    root.scrollPaddingBottom = `${height + 8}px`;
    body.paddingBottom = `calc(${padding} + ${height}px)`;
  }
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
 * The guidance text is static. Each section's paragraphs and lists are built once per page with
 * plain DOM calls (strings become text nodes, never markup), and every element clones its own
 * copy, which Lit then only places: six fewer templates to prepare and 32 fewer template
 * instances to fill on the first render, and a second element clones instead of building.
 */
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

/** Each section's text as built once, to be cloned. */
const builtBodies = new WeakMap<Section, HTMLElement>();

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

/**
 * Guidance for parents on online grooming, and a help bar that stays on screen: report to CEOP,
 * call the NSPCC Helpline, call 999 in an emergency.
 *
 * @tag online-safety-help
 *
 * @attr heading-level - Level of the section headings, 1 to 6. Default: 2.
 * @attr sections - Space-separated section ids to show, or `none` (help bar only). Default: all five.
 * @attr open - Space-separated section ids open at first, or `all`. Default: none.
 * @attr bar - `fixed` (pinned to the viewport), `sticky` or `inline`. Default: `fixed`.
 * @attr theme - `auto` (follows the reader's setting), `light` or `dark`. Default: `auto`.
 *
 * @fires {CustomEvent<ContactEventDetail>} online-safety-help-contact - A person activated a help-bar link. `detail: {id, href}`,
 *   `id` being `ceop`, `nspcc`, `emergency`, or `host` for a slotted link.
 * @fires {CustomEvent<ToggleEventDetail>} online-safety-help-toggle - A person opened or closed a section. `detail: {id, open}`.
 *
 * @slot contact - Links of the host's own, shown in the help bar after the built-in contacts.
 *
 * @csspart base - The wrapper around everything.
 * @csspart guidance - The list of sections.
 * @csspart section - One section: its heading and panel.
 * @csspart toggle - The button in a section's heading that opens and closes it.
 * @csspart panel - A section's content.
 * @csspart bar - The help bar.
 * @csspart contact - Each built-in help-bar link; also `contact-ceop`, `contact-nspcc`, `contact-emergency`.
 *
 * @cssprop --osh-font-family - Font of the whole widget. Default: the system's UI font.
 * @cssprop --osh-color-text - Text colour of the guidance. Default: the theme's text colour.
 * @cssprop --osh-color-background - Background of the guidance. Default: the theme's background.
 * @cssprop --osh-color-link - Link colour in the guidance. Default: the theme's link colour.
 * @cssprop --osh-color-focus - Focus ring in the guidance. Default: the text colour.
 * @cssprop --osh-bar-background - Background of the help bar. Default: #14213d.
 * @cssprop --osh-bar-text - Text colour of the help bar. Default: #fff.
 * @cssprop --osh-emergency-background - Background of the emergency link. Default: #b0001a.
 * @cssprop --osh-emergency-text - Text colour of the emergency link. Default: #fff.
 * @cssprop --osh-z-index - Stacking order of a pinned or sticky bar. Default: 2147483000.
 */
export class OnlineSafetyHelp extends RenderedElement {
  static override attributes = {
    'heading-level': 'headingLevel',
    sections: 'sections',
    open: 'open',
    bar: 'bar',
    theme: 'theme',
  };

  static {
    this.reactive(...Object.values(this.attributes), 'guidance');
  }

  /** Level of the section headings, 1 to 6. Attribute: `heading-level`. Default: 2. */
  declare headingLevel: number | string | undefined;

  /** Space-separated ids of the sections to show, or `none` for the help bar alone. Default: all five. */
  declare sections: string | undefined;

  /** Space-separated ids of the sections open at first, or `all`. Default: none. */
  declare open: string | undefined;

  /** Where the help bar sits: `fixed` (pinned to the viewport), `sticky` or `inline`. Default: `fixed`. */
  declare bar: BarMode | undefined;

  /** Colour theme: `auto` (follows the reader's setting), `light` or `dark`. Default: `auto`. */
  declare theme: Theme | undefined;

  /** The text and contacts shown; replace it to translate or adapt the guidance. Property only. */
  declare guidance: Guidance;

  #config: Config = defaultConfig;
  #openSections = new Set<string>();
  #bodies = new WeakMap<Section, Node>();
  #warned = new Set<string>();
  #barObserver = new ResizeObserver(([entry]) => {
    if (pinnedElement() === this) reservePageSpace((entry.target as HTMLElement).offsetHeight);
  });
  #rendered = false;
  /** Whether this bar was the pinned one at the last render; unknown before the first. */
  #pinned: boolean | undefined;

  constructor() {
    super(styles);
    this.values.guidance = defaultGuidance;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#openFromHash);
  }

  disconnectedCallback(): void {
    removeEventListener('hashchange', this.#openFromHash);
    this.#requestPin(false);
  }

  #warn(message: string): void {
    if (!this.#warned.has(message)) console.warn(message);
    this.#warned.add(message);
  }

  #requestPin(wanted: boolean): void {
    pinRequests[wanted && this.isConnected ? 'add' : 'delete'](this);
    const after = pinnedElement();
    if (lastPinned !== after) {
      // An element asking during its own update is about to render; the others must re-render.
      [lastPinned, after].forEach((other) => other !== this && other?.requestUpdate());
      if (!after) reservePageSpace();
      lastPinned = after;
    }
  }

  protected override willUpdate(changed: ReadonlySet<string>): void {
    const { config, warnings } = parseConfig(this);
    warnings.forEach((message) => this.#warn(message));
    this.#config = config;
    if (changed.has('open')) this.#openSections = new Set(config.open);
    this.#requestPin(config.bar === 'fixed');
  }

  protected override updated(): void {
    const pinned = pinnedElement() === this;
    if (pinned !== this.#pinned) {
      this.#pinned = pinned;
      // The observer reports the bar's height after the next layout, before that frame is
      // painted, and again whenever it changes. Observing afresh makes it report the current
      // height when this bar becomes the pinned one. Reading the height here instead would
      // force a layout of the whole page in the middle of the render.
      const bar = this.shadowRoot!.querySelector('[part=bar]')!;
      this.#barObserver.unobserve(bar);
      this.#barObserver.observe(bar);
    }
    if (!this.#rendered) {
      this.#rendered = true;
      this.#openFromHash();
    }
  }

  protected render(): TemplateResult {
    const { headingLevel, theme } = this.#config;
    const pinned = pinnedElement();
    const position = this.#config.bar === 'fixed' && pinned !== this ? 'inline' : this.#config.bar;
    const content = (guidance: Guidance) =>
      html`<div part="base" class=${theme}>
        ${this.#renderSections(guidance.sections, headingLevel)}
        <div @click=${this.#onBarClick}>
          ${helpBar(
            guidance.contacts,
            guidance.barLabel,
            position,
            !pinned || pinned === this || position !== 'inline',
          )}
        </div>
      </div>`;
    try {
      return content(this.guidance);
    } catch {
      // A host's replacement guidance of the wrong shape must not cost the page its help bar.
      this.#warn(
        '<online-safety-help>: guidance is not valid (see defaultGuidance). Using the default.',
      );
      return content(defaultGuidance);
    }
  }

  #renderSections(all: readonly Section[], level: number): unknown {
    const shown = all.filter((section) => this.#config.sections.includes(section.id));
    if (!shown.length) return nothing;
    return html`<div part="guidance">
      ${shown.map((section) => {
        const open = this.#openSections.has(section.id);
        return html`<div part="section">
          ${headings[level - 1](
            html`<button
              part="toggle"
              id=${section.id}
              aria-expanded=${open}
              aria-controls="panel-${section.id}"
              @click=${() => this.#toggle(section.id)}
            >
              ${section.heading}
            </button>`,
          )}
          <div part="panel" id="panel-${section.id}" ?hidden=${!open}>${this.#body(section)}</div>
        </div>`;
      })}
    </div>`;
  }

  /** A section's paragraphs and lists, in a `div`: this element's own copy, kept across renders. */
  #body(section: Section): Node {
    let body = this.#bodies.get(section);
    if (!body) {
      let built = builtBodies.get(section);
      if (!built) builtBodies.set(section, (built = element('div', ...section.body.map(block))));
      this.#bodies.set(section, (body = built.cloneNode(true)));
    }
    return body;
  }

  #toggle(id: string, open = !this.#openSections.has(id), fire = true): void {
    if (open) this.#openSections.add(id);
    else this.#openSections.delete(id);
    this.requestUpdate();
    if (fire) this.#fire('toggle', { id, open } satisfies ToggleEventDetail);
  }

  /** Events bubble out of the shadow root, so a host can listen on the document. */
  #fire(name: 'toggle' | 'contact', detail: ContactEventDetail | ToggleEventDetail): void {
    this.dispatchEvent(
      new CustomEvent(`online-safety-help-${name}`, { detail, bubbles: true, composed: true }),
    );
  }

  /** A link to `#signs-of-grooming` (say) opens that section and scrolls to it. */
  #openFromHash = (): void => {
    // Section ids are plain ASCII, so the hash needs no decoding (which could throw).
    const id = location.hash.slice(1);
    if (!this.#config.sections.includes(id as never) || document.getElementById(id)) return;
    this.#toggle(id, true, false);
    this.updateComplete.then(() => this.shadowRoot!.getElementById(id)?.scrollIntoView());
  };

  #onBarClick(event: MouseEvent): void {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    // A built-in contact's second part names it ("contact-nspcc"); a slotted link is the host's.
    if (link) this.#fire('contact', { id: link.part[1]?.slice(8) ?? 'host', href: link.href });
  }
}
