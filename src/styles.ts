import { css } from 'lit';

/*
 * `all: initial` on the host stops a page's inherited styles (font size, line height, colours,
 * letter spacing) from leaking in; custom properties still inherit, so they are the theming API.
 * Font sizes are in `em` from the browser's own `medium`, so a host's `html { font-size: 62.5% }`
 * cannot shrink the text but a reader's own text-size setting still applies.
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    font-family: var(--osh-font-family, system-ui, sans-serif);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base,
  .auto,
  .light {
    --_fg: var(--osh-color-text, #0b0c0c);
    --_bg: var(--osh-color-background, #ffffff);
    --_link: var(--osh-color-link, #1a4ea3);
    --_focus: var(--osh-color-focus, #1a4ea3);
    color: var(--_fg);
    background: var(--_bg);
  }
  .dark {
    --_fg: var(--osh-color-text, #f3f2f1);
    --_bg: var(--osh-color-background, #14161a);
    --_link: var(--osh-color-link, #8fc2ff);
    --_focus: var(--osh-color-focus, #ffdd00);
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      --_fg: var(--osh-color-text, #f3f2f1);
      --_bg: var(--osh-color-background, #14161a);
      --_link: var(--osh-color-link, #8fc2ff);
      --_focus: var(--osh-color-focus, #ffdd00);
    }
  }
  .guidance {
    padding: 0.5em 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    border-top: 1px solid var(--osh-color-border, currentColor);
  }
  .toggle {
    display: flex;
    gap: 0.75em;
    align-items: center;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.25em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .toggle::before {
    content: '+';
    width: 1em;
  }
  .toggle[aria-expanded='true']::before {
    content: '−';
  }
  .panel {
    padding: 0 0.25em 0.75em 2.25em;
  }
  p,
  ul,
  ol {
    margin: 0.5em 0;
  }
  li + li {
    margin-top: 0.4em;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .bar {
    --_focus: var(--osh-bar-focus, #ffdd00);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0.5em 0.5em max(0.5em, env(safe-area-inset-bottom));
    border-top: 2px solid transparent;
    color: var(--osh-bar-text, #ffffff);
    background: var(--osh-bar-background, #14213d);
  }
  .fixed,
  .sticky {
    position: sticky;
    bottom: 0;
    z-index: var(--osh-z-index, 2147483000);
  }
  .fixed {
    position: fixed;
    left: 0;
    right: 0;
  }
  .contacts {
    display: flex;
    flex: 999 1 18em;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li.item {
    display: flex;
    flex: 1 1 5.5em;
    margin: 0;
  }
  .contact,
  ::slotted(a) {
    flex: 1 1 7em;
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: 44px;
    padding: 0.25em 0.5em;
    border: 2px solid transparent;
    border-radius: 0.25em;
    color: var(--osh-bar-link-text, #14213d) !important;
    background: var(--osh-bar-link-background, #fff) !important;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    text-decoration: none !important;
  }
  .emergency {
    color: var(--osh-emergency-text, #ffffff) !important;
    background: var(--osh-emergency-background, #b0001a) !important;
  }
  .detail {
    font-size: 0.875em;
  }
  ::slotted(a:focus-visible) {
    outline: 3px solid var(--_focus) !important;
    outline-offset: 2px !important;
  }
  @media print {
    .bar {
      position: static;
      border-top-color: currentColor;
    }
    .panel[hidden] {
      display: block;
    }
    .toggle::before {
      display: none;
    }
  }
`;
