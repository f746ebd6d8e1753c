// A bare Lit element, for the bench's `bare-lit` page: the least script a Lit custom element
// costs on this machine, beside which the widget's own can be read. It renders the help bar's
// three links with lit-html into a shadow root, and nothing else: no guidance, no styles, no
// settings. bench/run.mjs bundles it as the widget is bundled (the same Rollup plugins, Lit's
// production build, the compile hint) and loads it on its own page in every run.
import { html, render } from 'lit-html';

customElements.define(
  'bare-lit',
  class extends HTMLElement {
    connectedCallback() {
      render(
        html`<a href="https://www.ceop.police.uk/Safety-Centre/">Report to CEOP</a>
          <a href="tel:08088005000">NSPCC Helpline 0808 800 5000</a>
          <a href="tel:999">Emergency 999</a>`,
        this.shadowRoot ?? this.attachShadow({ mode: 'open' }),
      );
    }
  },
);
