import { render, type TemplateResult } from 'lit-html';

/**
 * Where there is no DOM (a server-rendering framework importing the package), a stand-in base
 * class lets the module load; the element is only ever defined and made in a browser.
 */
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * The small reactive core the element needs, on Lit's `render`: properties that schedule one
 * render per microtask, attributes that do the same, and one constructable stylesheet shared by
 * every instance.
 *
 * LitElement does all this and more, but its reactive layer costs 2.7 KB gzip, which does not
 * fit the bundle's budget beside the full guidance text (see docs/design-decisions.md).
 */
export abstract class RenderedElement extends Base {
  /** Properties to take over from an element that was given them before its class was defined. */
  static properties: string[] = [];

  /**
   * Gives the class a property that keeps its value and schedules a render when it changes, or,
   * given `get` and `set`, a property that uses them (to keep the value in an attribute, say).
   */
  static accessor(name: string, accessors?: { get(): unknown; set(value: unknown): void }): void {
    this.properties = [...this.properties, name];
    Object.defineProperty(this.prototype, name, {
      configurable: true,
      ...(accessors ?? {
        get(this: RenderedElement) {
          return this.values[name];
        },
        set(this: RenderedElement, value: unknown) {
          this.values[name] = value;
          this.requestUpdate(name);
        },
      }),
    });
  }

  /** Resolves once the element has rendered what was last set. */
  updateComplete: Promise<unknown> = Promise.resolve();

  protected values: Record<string, unknown> = {};
  #changed = new Set<string>();
  #pending = false;

  constructor(styles: CSSStyleSheet | string) {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // Browsers without adoptable stylesheets (Safari before 16.4) get a <style> element.
    if (root.adoptedStyleSheets && typeof styles === 'object') root.adoptedStyleSheets = [styles];
    else root.append(Object.assign(document.createElement('style'), { textContent: styles }));
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
      const changed = new Set(this.#changed);
      this.#changed.clear();
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
