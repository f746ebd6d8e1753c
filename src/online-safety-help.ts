// The order of these imports sets the order of the modules in the bundle: this one, found by
// measuring, gzips 32 B smaller than the order they had before (`npm run size`).
import {
  settingAttributes,
  attributeValue,
  parseConfig,
  rawConfig,
  propertyValue,
  type Audience,
  type BarMode,
  type Config,
  type Region,
  type RegionSetting,
  type SettingName,
  type Theme,
} from './config.js';
import { barContacts, contactLinks, regionControl, regionSelect } from './help-bar.js';
import { regionGuidance, type Guidance, type Section } from './content.js';
import { RenderedElement } from './rendered-element.js';
import { barHosts, barRendered, roleOf, setHost } from './pinned-bar.js';
import { fire } from './events.js';
import { guidanceView, sectionBody } from './guidance-view.js';
import { html, nothing, type TemplateResult } from 'lit-html';
import { exitControl, watchShift } from './quick-exit.js';
import { styles } from './styles.js';
import { regionOfZone } from './time-zones.js';

export type {
  ContactEventDetail,
  ExitEventDetail,
  RegionEventDetail,
  ToggleEventDetail,
} from './events.js';

/** The region of the reader's time zone, looked up once per page (`auto`). */
let zoneRegion: Region | undefined;

/**
 * The region whose help is shown for a setting. For `auto`, the reader's time zone, read on the
 * device the first time it is needed (in Chromium this loads the browser's time-zone data, about
 * 160 ms at 4x CPU, so only `auto` pays it), before the bar is first drawn, so that the bar never
 * shows one country's numbers and then another's. A zone outside the six countries, or none, is
 * `other`.
 */
function regionOf(setting: RegionSetting): Region {
  if (setting !== 'auto') return setting;
  try {
    return (zoneRegion ??= regionOfZone(Intl.DateTimeFormat().resolvedOptions().timeZone));
  } catch {
    return 'other';
  }
}

/**
 * Guidance on online grooming, and a help bar that stays on screen. For parents (the default):
 * report to CEOP, call the NSPCC Helpline (saying whether its phone lines are open now), call
 * 999 in an emergency. For young people: Childline, report to CEOP, 999.
 *
 * Every attribute has a property of the same meaning that returns the value in use (the default
 * when the attribute is missing or not valid); a property set by a host is written to the
 * attribute, so CSS attribute selectors match however the value was set.
 *
 * @tag online-safety-help
 *
 * @attr audience - Who the guidance and the bar speak to.
 * @attr region - The reader's country; `auto`: from their time zone, on the device.
 * @attr heading-level - Level of the section headings.
 * @attr sections - Which sections to show; `none` shows the bar alone.
 * @attr open - Which sections are open at first.
 * @attr bar - `fixed`: pinned to the window's bottom; `sticky`: while in view; `inline`: in the flow.
 * @attr quick-exit - The quick exit: `on` (to BBC Weather), or safe pages, one picked at random.
 * @attr theme - `auto` follows the reader's light or dark setting.
 *
 * @fires {CustomEvent<ContactEventDetail>} online-safety-help-contact - A person used a bar link. `{id, href}`; `id`: a contact's or `host`.
 * @fires {CustomEvent<ExitEventDetail>} online-safety-help-exit - A person used the quick exit. `{href, trigger}`: `button` or `keyboard`.
 * @fires {CustomEvent<ToggleEventDetail>} online-safety-help-toggle - A person opened or closed a section. `{id, open}`.
 * @fires {CustomEvent<RegionEventDetail>} online-safety-help-region - A person chose a country. `{region}`.
 *
 * @slot contact - The host's own links, in the bar after the built-in ones.
 * @slot exit - A fallback exit link for readers without JavaScript.
 *
 * @csspart base - The wrapper around everything.
 * @csspart guidance - The list of sections.
 * @csspart section - One section: its heading and panel.
 * @csspart toggle - The button in a section's heading that opens and closes it.
 * @csspart panel - A section's content.
 * @csspart bar - The help bar.
 * @csspart exit - The quick exit's "Leave this page" button.
 * @csspart contact - Each built-in bar link; also `contact-` and its id, e.g. `contact-nspcc`.
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
 * @cssprop --osh-z-index - Stacking order of a sticky bar (a pinned bar is in the top layer). Default: 2147483000.
 */
export class OnlineSafetyHelp extends RenderedElement {
  static override tagName = 'online-safety-help';
  static override properties = ['guidance'];

  static {
    this.reflect(
      settingAttributes,
      (element, name) =>
        propertyValue(name as SettingName, (attribute) => element.getAttribute(attribute)),
      attributeValue,
    );
  }

  /** Who the guidance and the help bar speak to: `parents` or `young-people`. Default: `parents`. */
  declare audience: Audience;

  /**
   * Where the reader is, for the help that reaches them there: `gb` (the United Kingdom; `uk` is
   * read as `gb`), `ie`, `us`, `ca`, `au`, `nz`, `other` (anywhere else), or `auto` (from the
   * reader's time zone, worked out on the device; the property still returns `auto`, and the
   * bar's choice of country shows the country found). A reader's choice of country in the bar
   * sets it on every element on the page. Default: `gb`.
   */
  declare region: RegionSetting;

  /** Level of the section headings, 1 to 6. Attribute: `heading-level`. Default: 2. */
  declare headingLevel: number;

  /**
   * Space-separated ids of the sections to show (in their usual order when read), or `none` for
   * the help bar alone. Default: the audience's sections.
   */
  declare sections: string;

  /** Space-separated ids of the sections open at first, or `all`; empty for none. Default: none. */
  declare open: string;

  /** Where the help bar sits: `fixed` (pinned to the viewport), `sticky` or `inline`. Default: `fixed`. */
  declare bar: BarMode;

  /** Colour theme: `auto` (follows the reader's setting), `light` or `dark`. Default: `auto`. */
  declare theme: Theme;

  /**
   * The quick exit: `off`, `on` (to BBC Weather), or space-separated `https:` addresses of safe
   * pages, one picked at random each time. Attribute: `quick-exit`. Default: `on` for young
   * people, otherwise `off`.
   */
  declare quickExit: string;

  /** A host's guidance, in place of the built-in guidance of every region. */
  #guidance?: Guidance;

  /** The text and contacts shown; replace it to translate or adapt the guidance. Property only. */
  get guidance(): Guidance {
    return this.#guidance ?? regionGuidance[regionOf(this.region)];
  }
  set guidance(value: Guidance | undefined) {
    this.#guidance = value;
    this.requestUpdate();
  }

  /** The settings in use, read from the attributes before each render. */
  #config!: Config;
  #openSections = new Set<string>();
  #bodies = new WeakMap<Section, Node>();
  #warned = new Set<string>();
  /** Milliseconds until the phone lines shown open or close, at the last render. */
  #nextChange = Infinity;
  #hoursTimer?: ReturnType<typeof setTimeout>;
  /** The choice of country's select, made on first render and kept. */
  #regionSelect?: HTMLSelectElement;

  constructor() {
    super(styles);
    // A focused toggle or link comes clear of a pinned bar: Firefox scrolls a focused element
    // into view only when none of it shows, whatever the page's scroll-padding; this does.
    this.shadowRoot!.addEventListener('focusin', (event) =>
      (event.target as Element).scrollIntoView({ block: 'nearest' }),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#placeBar();
    addEventListener('hashchange', this.#openFromHash);
    // Once rendered, a link to one of its sections opens it.
    this.updateComplete.then(this.#openFromHash);
  }

  override attributeChangedCallback(name: string): void {
    super.attributeChangedCallback(name);
    if (name === 'bar' && this.isConnected) this.#placeBar();
  }

  /**
   * Tells the page-wide coordination whether this element asks for a pinned bar, as soon as that
   * changes, so that every element whose role changes renders in the same round.
   */
  #placeBar(): void {
    setHost(this, this.bar === 'fixed');
  }

  disconnectedCallback(): void {
    removeEventListener('hashchange', this.#openFromHash);
    setHost(this);
    watchShift(this);
  }

  #warn(message: string): void {
    if (!this.#warned.has(message)) console.warn(message);
    this.#warned.add(message);
  }

  protected override willUpdate(changed: ReadonlySet<string>): void {
    const { config, warnings } = parseConfig(rawConfig((name) => this.getAttribute(name)));
    warnings.forEach((message) => this.#warn(message));
    this.#config = config;
    watchShift(this, config.quickExit);
    if (changed.has('open')) this.#openSections = new Set(config.open);
  }

  protected override updated(): void {
    barRendered(this, this.shadowRoot!.querySelector<HTMLElement>('.bar')!);
    if (this.#regionSelect) this.#regionSelect.value = regionOf(this.#config.region);
    // One timer, to the next time the phone lines open or close; the render then reads the clock.
    clearTimeout(this.#hoursTimer);
    if (this.#nextChange < Infinity) {
      this.#hoursTimer = setTimeout(() => this.requestUpdate(), this.#nextChange + 50);
    }
  }

  protected render(): TemplateResult {
    const { audience, headingLevel, theme, bar, sections, quickExit } = this.#config;
    const { pinned, landmark } = roleOf(this);
    const region = regionOf(this.#config.region);
    const builtIn = regionGuidance[region];
    const content = (guidance: Guidance) => {
      const contacts = barContacts(
        guidance.contacts,
        audience,
        Date.now(),
        builtIn.contacts.find((contact) => contact.id === 'emergency')!,
      );
      this.#nextChange = Math.min(...contacts.map((contact) => contact.changesIn ?? Infinity));
      // The bar: a labelled landmark holding the quick exit, the choice of country, one link per
      // contact, then the host's slotted links. `landmark` is false for every bar but one on a
      // page, so that a screen reader's list of landmarks holds one "Get help now"; a bar that
      // asked to be pinned but is not the page's pinned one is drawn in the flow. The links are
      // wrapped so that, in a short window, they can scroll inside the bar while what the quick
      // exit shows above the bar is not clipped. The base and the bar are one template, so that
      // the first render prepares as few as it can.
      return html`<div part="base" class="base ${theme}">
        ${guidanceView(
          guidance.sections.filter((section) => sections.includes(section.id)),
          headingLevel,
          (id) => this.#openSections.has(id),
          (id) => this.#toggle(id),
          (section) => this.#body(section),
        )}
        <section
          part="bar"
          class="bar ${bar === 'fixed' && !pinned ? 'inline' : bar}"
          role=${landmark ? 'region' : 'group'}
          aria-label=${guidance.barLabel}
          @click=${this.#onBarClick}
        >
          <div class="links">
            ${exitControl(this, quickExit)}${
              // A host's guidance is the same in every region: no choice of country to offer.
              guidance === builtIn
                ? regionControl(region, (this.#regionSelect ??= regionSelect(this.#choose)))
                : nothing
            }${contactLinks(contacts)}
            <slot name="contact"></slot>
          </div>
        </section>
      </div>`;
    };
    try {
      return content(this.#guidance ?? builtIn);
    } catch {
      // A host's replacement guidance of the wrong shape must not cost the page its help bar.
      this.#warn('<online-safety-help>: guidance is not valid. Using the built-in guidance.');
      return content(builtIn);
    }
  }

  /**
   * A person chose a country: every element on the page follows, since a reader is in one
   * country, for this page only (nothing is stored). A host's later change of `region` wins.
   */
  #choose = (region: Region): void => {
    for (const host of barHosts()) (host as OnlineSafetyHelp).region = region;
    fire(this, 'online-safety-help-region', { region });
  };

  /** A section's paragraphs and lists: this element's own copy, kept across renders. */
  #body(section: Section): Node {
    let body = this.#bodies.get(section);
    if (!body) this.#bodies.set(section, (body = sectionBody(section)));
    return body;
  }

  #toggle(id: string, open = !this.#openSections.has(id), announce = true): void {
    if (open) this.#openSections.add(id);
    else this.#openSections.delete(id);
    this.requestUpdate();
    if (announce) fire(this, 'online-safety-help-toggle', { id, open });
  }

  /** A link to `#signs-of-grooming` (say) opens that section and scrolls to it. */
  #openFromHash = (): void => {
    // Section ids are plain ASCII, so the hash needs no decoding (which could throw).
    const id = location.hash.slice(1);
    if (!this.#config?.sections.includes(id as never) || document.getElementById(id)) return;
    this.#toggle(id, true, false);
    this.updateComplete.then(() => this.shadowRoot!.getElementById(id)?.scrollIntoView());
  };

  #onBarClick(event: MouseEvent): void {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    // An anchor without an address (a contact shown as text) is no link.
    if (link?.href) {
      fire(this, 'online-safety-help-contact', {
        id: link.dataset.contact ?? 'host',
        href: link.href,
      });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'online-safety-help': OnlineSafetyHelp;
  }
}
