import { css } from './static-css.js';

/*
 * `all: initial` on the host stops a page's inherited styles (font size, line height, colours,
 * letter spacing) from leaking in; custom properties still inherit, so they are the theming API.
 * Font sizes are in `em` from the browser's own `medium`, so a host's `html { font-size: 62.5% }`
 * cannot shrink the text but a reader's own text-size setting still applies.
 * Transparent borders become visible in forced-colours (high contrast) mode.
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    font: medium/1.5 var(--osh-font-family, system-ui, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    color-scheme: light;
    color: var(--osh-color-text, CanvasText);
    background: var(--osh-color-background, Canvas);
  }
  .dark {
    color-scheme: dark;
  }
  .auto {
    color-scheme: light dark;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.125em;
    border-top: 1px solid;
  }
  button {
    all: unset;
    display: flex;
    gap: 0.5em;
    align-items: center;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0;
    font-weight: 700;
    cursor: pointer;
  }
  /* The sign is decoration (aria-expanded says the state), so it has no alternative text. */
  [aria-expanded]::before {
    content: '+' / '';
    flex: none;
    width: 1em;
  }
  [aria-expanded='true']::before {
    content: '−' / '';
  }
  .panel {
    padding: 0 0 0.5em 1.5em;
  }
  a {
    color: var(--osh-color-link, LinkText);
  }
  :focus-visible,
  ::slotted(a:focus-visible) {
    outline: 3px solid var(--_focus, var(--osh-color-focus, currentColor)) !important;
    outline-offset: 2px;
  }
  .bar {
    --_focus: #fd0;
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0.25em 0.25em max(0.25em, env(safe-area-inset-bottom));
    border-top: 2px solid transparent;
    color: var(--osh-bar-text, #fff);
    background: var(--osh-bar-background, #14213d);
    line-height: 1.1;
  }
  .fixed,
  .sticky {
    position: sticky;
    bottom: 0;
    z-index: var(--osh-z-index, 2147483000);
  }
  /* The pinned bar is a popover in the top layer: undo the browser's popover box (centred, fit
     to its content, bordered, scrolling). */
  .fixed {
    position: fixed;
    inset: auto 0 0;
    width: auto;
    height: auto;
    border-width: 2px 0 0;
    overflow: visible;
  }
  .contact,
  ::slotted(a) {
    flex: 1 1 6.5em;
    display: grid;
    align-content: center;
    min-height: 44px;
    box-sizing: border-box;
    padding: 0.125em 0.25em;
    border: 2px solid transparent;
    border-radius: 0.25em;
    color: #14213d !important;
    background: #fff !important;
    font-weight: 700;
    text-align: center;
    text-decoration: none !important;
    /* A long word may break rather than push a contact onto a row of its own. */
    overflow-wrap: anywhere;
  }
  /* A contact that states its opening hours needs room for them. */
  .contact:has(span + span) {
    flex-basis: 9em;
  }
  [data-contact='emergency'] {
    flex: 0 1 auto;
    color: var(--osh-emergency-text, #fff) !important;
    background: var(--osh-emergency-background, #b0001a) !important;
  }
  span {
    font-size: 0.875em;
    font-weight: 400;
  }
  /* On a phone, the bar is dense so that it keeps to a quarter of the screen; the reader's own
     text size still applies. */
  @media (max-width: 40em) {
    .bar {
      font-size: 0.875em;
    }
  }
  p.contact,
  .region {
    margin: 0;
  }
  /* The reader's choice of country: its label beside a native select, as tall as a contact. */
  .region {
    flex: 1 1 auto;
    display: flex;
    gap: 0.25em;
    align-items: center;
    justify-content: center;
  }
  select {
    min-height: 44px;
    font: inherit;
  }
  /* The quick exit: outlined, unlike the filled contacts; narrower, so that on a phone it shares
     the first row with two contacts. */
  .exit {
    flex: 1 1 0;
    justify-content: center;
    padding: 0.25em;
    border: 2px solid;
    border-radius: 0.25em;
    text-align: center;
  }
  /* Shift presses counted, just above the bar, out of its flow (so the bar keeps its height). */
  .status {
    position: absolute;
    bottom: 100%;
    left: 0;
    /* Above the bar's top border, too. */
    margin: 0 0 2px;
  }
  .status:not(:empty) {
    padding: 0.375em;
    background: inherit;
  }
  @media print {
    .bar {
      position: static;
    }
    .exit {
      display: none;
    }
    [hidden] {
      display: block;
    }
  }
`;
