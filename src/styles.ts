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
  button,
  select {
    all: unset;
    cursor: pointer;
  }
  button {
    display: flex;
    gap: 0.5em;
    align-items: center;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0;
    font-weight: 700;
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
    margin: 0;
    padding: 0 0 env(safe-area-inset-bottom);
    border-top: 2px solid transparent;
    color: var(--osh-bar-text, #fff);
    background: var(--osh-bar-background, #14213d);
    line-height: 1.1;
  }
  /* The top border (transparent but for forced colours) shows the bar's colour: with it, the
     top edge is as wide as the others. */
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    padding: 0.125em 0.25em 0.25em;
  }
  /* In a short window (400 % zoom, a phone on its side) the bar keeps to a third of the height
     and its links scroll inside it: the quick exit and the first contacts stay on screen, and a
     link that takes focus scrolls into view. The padding keeps focus rings inside the scroller. */
  @media (max-height: 30em) {
    .links {
      box-sizing: border-box;
      max-height: calc(33vh - 2px);
      overflow-y: auto;
      padding: 5px;
      scroll-padding: 5px;
    }
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
  /* Each link is a tile whose lines sit side by side where there is room, and stack where not.
     Labels are 14 px bold, details 14 px, and phone numbers the largest, 18 px bold. The quick
     exit is outlined, unlike the filled contacts. */
  .contact,
  ::slotted(a),
  .exit {
    flex: 6.5em;
    display: flex;
    flex-wrap: wrap;
    place-content: center;
    align-items: baseline;
    column-gap: 0.3em;
    min-height: 44px;
    box-sizing: border-box;
    padding: 0 0.25em !important;
    border: 2px solid !important;
    border-radius: 0.25em;
    /* A host page's rules for links beat ::slotted unless important. */
    font-size: 0.875em !important;
    font-weight: 700;
    text-align: center;
    /* A long word may break rather than push a contact onto a row of its own. */
    overflow-wrap: anywhere;
  }
  .contact,
  ::slotted(a) {
    border-color: transparent !important;
    color: #14213d !important;
    background: #fff !important;
    text-decoration: none !important;
  }
  /* A contact that states its opening hours needs room for them. */
  .contact:has(.hours:not([hidden])) {
    flex-basis: 9em;
  }
  /* Digits have no descenders: the number's line needs no leading. A number is never split
     across lines: a tile too narrow for it takes the next row. */
  b {
    font-size: 1.286em;
    line-height: 1;
    white-space: nowrap;
  }
  span {
    font-weight: 400;
  }
  [data-contact='emergency'] {
    flex: 0 1 auto;
    color: var(--osh-emergency-text, #fff) !important;
    background: var(--osh-emergency-background, #b0001a) !important;
  }
  /* The reader's choice of country: a tile with its words, under a transparent select that
     takes every tap and draws the focus ring. */
  .region {
    flex: 5.7em;
    position: relative;
    display: flex;
  }
  .region p {
    margin: 0;
    font-weight: 400;
  }
  @media (min-width: 40.01em) {
    .region span::after {
      content: ' ▾' / '';
    }
  }
  select {
    position: absolute;
    inset: 0;
    border-radius: 0.25em;
    color: transparent;
    forced-color-adjust: none;
  }
  /* A contact without a link is text, its lines running on. */
  a:not([href]) {
    display: block;
    align-content: center;
  }
  /* On a phone, two tiles to a row (the emergency tile no wider than its text), and the quick
     exit and the choice of country narrower, so that the first contact may share their row; a
     tile that states opening hours, a text message or a contact without a link takes a row of
     its own. */
  @media (max-width: 40em) {
    .contact,
    ::slotted(a) {
      flex-basis: 38%;
    }
    .exit {
      flex-basis: 6.25em;
    }
    .region {
      flex-basis: 5em;
    }
    .contact:has(.hours:not([hidden])),
    [href^='sms:'],
    a:not([href]) {
      flex-basis: 100%;
    }
  }
  option {
    color: CanvasText;
    background: Canvas;
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
    .panel[hidden] {
      display: block;
    }
  }
`;
