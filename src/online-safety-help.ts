import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  defaultGuidance,
  type Block,
  type Guidance,
  type RichText,
  type Section,
} from './content.js';
import { parseConfig, defaultConfig, type BarMode, type Config, type Theme } from './config.js';
import { safeHref } from './contacts.js';
import { helpBar } from './help-bar.js';
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
/** The page's inline styles from before a bar was pinned, restored when it goes. */
let savedPageStyles: [string, string] | undefined;

function pinnedElement(): OnlineSafetyHelp | undefined {
  let first: OnlineSafetyHelp | undefined;
  for (const element of pinRequests) {
    if (!first || first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) {
      first = element;
    }
  }
  return first;
}

/**
 * Keeps the end of the host page and any focused element out from under a pinned bar
 * (WCAG 2.4.11), by reserving the bar's height with inline styles that are undone later.
 */
function reservePageSpace(height: number | undefined): void {
  const root = document.documentElement.style;
  const body = document.body?.style;
  if (!body) return;
  if (height === undefined) {
    if (savedPageStyles) {
      [root.scrollPaddingBottom, body.paddingBottom] = savedPageStyles;
      savedPageStyles = undefined;
    }
    return;
  }
  savedPageStyles ??= [root.scrollPaddingBottom, body.paddingBottom];
  body.paddingBottom = '';
  const padding = parseFloat(getComputedStyle(document.body).paddingBottom) || 0;
  root.scrollPaddingBottom = `${height}px`;
  body.paddingBottom = `${padding + height}px`;
}

const headings = [
  (c: unknown) => html`<h1>${c}</h1>`,
  (c: unknown) => html`<h2>${c}</h2>`,
  (c: unknown) => html`<h3>${c}</h3>`,
  (c: unknown) => html`<h4>${c}</h4>`,
  (c: unknown) => html`<h5>${c}</h5>`,
  (c: unknown) => html`<h6>${c}</h6>`,
];

function rich(text: RichText): unknown {
  return typeof text === 'string'
    ? text
    : text.map((run) => {
        if (typeof run === 'string') return run;
        const href = safeHref(run.href);
        return href ? html`<a href=${href}>${run.text}</a>` : run.text;
      });
}

function block(item: Block): TemplateResult {
  if (item.type === 'p') return html`<p>${rich(item.text)}</p>`;
  const items = item.items.map(
    (entry) =>
      html`<li>
        ${
          typeof entry === 'object' && 'lead' in entry
            ? html`<strong>${entry.lead}</strong> ${entry.text}`
            : rich(entry)
        }
      </li>`,
  );
  return item.type === 'ol'
    ? html`<ol>
        ${items}
      </ol>`
    : html`<ul>
        ${items}
      </ul>`;
}

/**
 * Guidance for parents on online grooming, and a help bar that stays on screen: report to CEOP,
 * call the NSPCC Helpline, call 999 in an emergency.
 *
 * @tag online-safety-help
 *
 * @fires online-safety-help-contact - A person activated a help-bar link. `detail: {id, href}`,
 *   `id` being `ceop`, `nspcc`, `emergency`, or `host` for a slotted link.
 * @fires online-safety-help-toggle - A person opened or closed a section. `detail: {id, open}`.
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
 * @cssprop --osh-color-text - Text colour of the guidance.
 * @cssprop --osh-color-background - Background of the guidance.
 * @cssprop --osh-color-link - Link colour in the guidance.
 * @cssprop --osh-color-border - Lines between sections.
 * @cssprop --osh-color-focus - Focus ring in the guidance.
 * @cssprop --osh-bar-background - Background of the help bar.
 * @cssprop --osh-bar-text - Text colour of the help bar.
 * @cssprop --osh-bar-link-background - Background of the help-bar links.
 * @cssprop --osh-bar-link-text - Text colour of the help-bar links.
 * @cssprop --osh-bar-focus - Focus ring in the help bar.
 * @cssprop --osh-emergency-background - Background of the emergency link.
 * @cssprop --osh-emergency-text - Text colour of the emergency link.
 * @cssprop --osh-z-index - Stacking order of a pinned or sticky bar. Default: 2147483000.
 */
export class OnlineSafetyHelp extends LitElement {
  static override styles = styles;

  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    sections: {},
    open: {},
    bar: {},
    theme: {},
    guidance: { attribute: false },
  };

  /** Level of the section headings, 1 to 6. Attribute: `heading-level`. Default: 2. */
  declare headingLevel: number | string;

  /** Space-separated ids of the sections to show, or `none` for the help bar alone. Default: all five. */
  declare sections: string | undefined;

  /** Space-separated ids of the sections open at first, or `all`. Default: none. */
  declare open: string | undefined;

  /** Where the help bar sits: `fixed` (pinned to the viewport), `sticky` or `inline`. Default: `fixed`. */
  declare bar: BarMode;

  /** Colour theme: `auto` (follows the reader's setting), `light` or `dark`. Default: `auto`. */
  declare theme: Theme;

  /** The text and contacts shown; replace it to translate or adapt the guidance. Property only. */
  declare guidance: Guidance;

  #config: Config = defaultConfig;
  #shownGuidance: Guidance = defaultGuidance;
  #openSections = new Set<string>();
  #warned = new Set<string>();
  #barObserver?: ResizeObserver;

  constructor() {
    super();
    this.headingLevel = defaultConfig.headingLevel;
    this.bar = defaultConfig.bar;
    this.theme = defaultConfig.theme;
    this.guidance = defaultGuidance;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#openFromHash);
    // Moved in the DOM: claim the pinned bar again if this element is now first.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#openFromHash);
    this.#barObserver?.disconnect();
    this.#barObserver = undefined;
    this.#setPinRequest(false);
  }

  #warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(message);
  }

  #setPinRequest(wanted: boolean): void {
    if (wanted && this.isConnected) pinRequests.add(this);
    else pinRequests.delete(this);
    const after = pinnedElement();
    if (lastPinned !== after) {
      lastPinned?.requestUpdate();
      after?.requestUpdate();
      if (!after) reservePageSpace(undefined);
      lastPinned = after;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { config, warnings } = parseConfig(this);
    warnings.forEach((message) => this.#warn(message));
    this.#config = config;
    if (changed.has('open')) this.#openSections = new Set(config.open);
    if (changed.has('guidance')) {
      const guidance = this.guidance;
      const valid =
        guidance === defaultGuidance ||
        (typeof guidance === 'object' &&
          guidance !== null &&
          Array.isArray(guidance.sections) &&
          Array.isArray(guidance.contacts) &&
          typeof guidance.barLabel === 'string');
      if (!valid) {
        this.#warn(
          '<online-safety-help>: guidance is not valid; it takes {sections, contacts, barLabel} like defaultGuidance. Using the default.',
        );
      }
      this.#shownGuidance = valid ? guidance : defaultGuidance;
    }
    this.#setPinRequest(config.bar === 'fixed');
  }

  protected override render(): TemplateResult {
    const { headingLevel, theme } = this.#config;
    const guidance = this.#shownGuidance;
    const pinned = pinnedElement();
    const position = this.#config.bar === 'fixed' && pinned !== this ? 'inline' : this.#config.bar;
    let sections: unknown;
    try {
      sections = this.#renderSections(guidance.sections, headingLevel);
    } catch {
      this.#warn('<online-safety-help>: guidance could not be shown. Using the default.');
      sections = this.#renderSections(defaultGuidance.sections, headingLevel);
    }
    return html`<div part="base" class="base ${theme}">
      ${sections}
      <div @click=${this.#onBarClick}>
        ${helpBar(
          guidance.contacts,
          guidance.barLabel,
          position,
          !pinned || pinned === this || position !== 'inline',
        )}
      </div>
    </div>`;
  }

  #renderSections(all: readonly Section[], level: number): unknown {
    const shown = all.filter((section) => this.#config.sections.includes(section.id));
    if (!shown.length) return nothing;
    return html`<div part="guidance" class="guidance">
      ${shown.map((section) => {
        const open = this.#openSections.has(section.id);
        return html`<div part="section" class="section">
          ${headings[level - 1](
            html`<button
              part="toggle"
              class="toggle"
              id=${section.id}
              aria-expanded=${open}
              aria-controls="panel-${section.id}"
              @click=${() => this.#toggle(section.id)}
            >
              ${section.heading}
            </button>`,
          )}
          <div part="panel" class="panel" id="panel-${section.id}" ?hidden=${!open}>
            ${section.body.map(block)}
          </div>
        </div>`;
      })}
    </div>`;
  }

  protected override updated(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar');
    const pinned = pinnedElement() === this && bar?.classList.contains('fixed');
    if (pinned && !this.#barObserver) {
      this.#barObserver = new ResizeObserver(() => reservePageSpace(bar!.offsetHeight));
      this.#barObserver.observe(bar!);
    } else if (!pinned && this.#barObserver) {
      this.#barObserver.disconnect();
      this.#barObserver = undefined;
    }
  }

  protected override firstUpdated(): void {
    this.#openFromHash();
  }

  #toggle(id: string, open = !this.#openSections.has(id), fire = true): void {
    if (open) this.#openSections.add(id);
    else this.#openSections.delete(id);
    this.requestUpdate();
    if (fire) {
      this.dispatchEvent(
        new CustomEvent<ToggleEventDetail>('online-safety-help-toggle', {
          detail: { id, open },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  /** A link to `#signs-of-grooming` (say) opens that section and scrolls to it. */
  #openFromHash = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!this.#config.sections.includes(id as never) || document.getElementById(id)) return;
    this.#toggle(id, true, false);
    this.updateComplete.then(() => this.renderRoot.querySelector(`[id="${id}"]`)?.scrollIntoView());
  };

  #onBarClick(event: MouseEvent): void {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link) return;
    this.dispatchEvent(
      new CustomEvent<ContactEventDetail>('online-safety-help-contact', {
        detail: { id: link.dataset.contact ?? 'host', href: link.href },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
