import { render, type TemplateResult } from 'lit-html';

/**
 * Where there is no DOM (a server-rendering framework importing the package), a stand-in base
 * class lets the module load; the element is only ever defined and made in a browser.
 */
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * The small reactive core the element needs, on Lit's `render`: properties that schedule one
 * render per microtask, properties kept in attributes, one constructable stylesheet shared by
 * every instance, and registration.
 *
 * LitElement does all this and more, but its reactive layer costs 2.7 KB gzip, which does not
 * fit the bundle's budget beside the full guidance text (see docs/design.md).
 */
export abstract class RenderedElement extends Base {
  /** Properties to take over from an element that was given them before its class was defined. */
  declare static properties: string[];

  /**
   * Gives the class a property per attribute (`attributes`: property name → attribute name)
   * that returns `read(element, property)` and keeps what is set in the attribute, as `write`
   * turns it into text (`null`: remove the attribute).
   */
  static reflect(
    attributes: Record<string, string>,
    read: (element: HTMLElement, name: string) => unknown,
    write: (value: unknown) => string | null,
  ): void {
    this.observedAttributes = Object.values(attributes);
    this.properties = [...this.properties, ...Object.keys(attributes)];
    for (const [name, attribute] of Object.entries(attributes)) {
      Object.defineProperty(this.prototype, name, {
        get(this: HTMLElement) {
          return read(this, name);
        },
        set(this: HTMLElement, value: unknown) {
          const text = write(value);
          if (text === null) this.removeAttribute(attribute);
          else this.setAttribute(attribute, text);
        },
      });
    }
  }

  declare static observedAttributes: string[];

  /** The element's own tag, which `define()` uses unless given another. */
  static tagName: string;

  /** Defines the element as `tag` in `registry`, unless taken; returns the tag's class. */
  static define(
    tag = this.tagName,
    registry: CustomElementRegistry = customElements,
  ): CustomElementConstructor {
    // A class can be defined only once in a registry: each tag gets a subclass of its own.
    if (!registry.get(tag)) {
      registry.define(tag, class extends (this as unknown as CustomElementConstructor) {});
    }
    return registry.get(tag)!;
  }

  /** Resolves once the element has rendered what was last set. */
  updateComplete: Promise<unknown> = Promise.resolve();

  #changed = new Set<string>();
  #pending = false;

  constructor(styles: CSSStyleSheet | string) {
    super();
    const root = this.attachShadow({ mode: 'open' });
    /**
     * Browsers without adoptable stylesheets (Safari before 16.4) show the text and links unstyled.
     * @internal The shadow root's stylesheets, not the element's: the manifest's analyzer takes
     * any assignment in a constructor for a field of the class.
     */
    root.adoptedStyleSheets = [styles as CSSStyleSheet];
  }

  connectedCallback(): void {
    // A property set before the element upgraded is an own property hiding the accessor.
    for (const name of (this.constructor as typeof RenderedElement).properties) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    this.requestUpdate();
  }

  attributeChangedCallback(name: string): void {
    this.requestUpdate(name);
  }

  /**
   * Schedules one render in a microtask, however many properties and attributes change before
   * then; `name` is recorded as changed.
   */
  requestUpdate(name?: string): void {
    if (name) this.#changed.add(name);
    if (this.#pending) return;
    this.#pending = true;
    this.updateComplete = Promise.resolve().then(() => {
      this.#pending = false;
      if (!this.isConnected) return;
      const changed = this.#changed;
      this.#changed = new Set();
      this.willUpdate(changed);
      render(this.render(), this.shadowRoot!, { host: this });
      this.updated();
    });
  }

  /** Runs before each render with the names of the properties and attributes changed since the last one. */
  protected abstract willUpdate(changed: ReadonlySet<string>): void;
  protected abstract render(): TemplateResult;
  /** Runs after each render. */
  protected abstract updated(): void;
}
