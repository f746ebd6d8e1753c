import { render, type TemplateResult } from 'lit-html';

/**
 * The small reactive core the element needs, on Lit's `render`: properties that schedule one
 * render per microtask, observed attributes that set those properties, and one constructable
 * stylesheet shared by every instance.
 *
 * LitElement does all this and more, but its reactive layer costs 2.7 KB gzip, which does not
 * fit the bundle's 10 KB budget beside the full guidance text (see README, "Performance").
 */
export abstract class RenderedElement extends HTMLElement {
  /** Attribute name → property name. */
  static attributes: Record<string, string> = {};
  /** Reactive property names. */
  static properties: string[] = [];

  static get observedAttributes(): string[] {
    return Object.keys(this.attributes);
  }

  /** Gives the class an accessor per property that stores the value and schedules a render. */
  static reactive(...names: string[]): void {
    this.properties = names;
    for (const name of names) {
      Object.defineProperty(this.prototype, name, {
        get(this: RenderedElement) {
          return this.values[name];
        },
        set(this: RenderedElement, value: unknown) {
          this.values[name] = value;
          this.requestUpdate(name);
        },
      });
    }
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

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    (this as Record<string, unknown>)[
      (this.constructor as typeof RenderedElement).attributes[name]
    ] = value;
  }

  /** Schedules one render in a microtask, however many properties change before then. */
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

  /** Runs before each render with the names of the properties changed since the last one. */
  protected abstract willUpdate(changed: ReadonlySet<string>): void;
  protected abstract render(): TemplateResult;
  /** Runs after each render. */
  protected abstract updated(): void;
}
