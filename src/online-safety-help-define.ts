import { OnlineSafetyHelp } from './online-safety-help.js';

export { OnlineSafetyHelp };
export * from './online-safety-help.js';
export { defaultGuidance, sectionIds } from './content.js';
export type * from './content.js';
export { defaultContacts, safeHref } from './contacts.js';
export type * from './contacts.js';

// Defining twice throws; a page that loads the bundle twice, or the bundle beside the npm
// module, keeps the first definition and a working widget.
if (!customElements.get('online-safety-help')) {
  customElements.define('online-safety-help', OnlineSafetyHelp);
}

declare global {
  interface HTMLElementTagNameMap {
    'online-safety-help': OnlineSafetyHelp;
  }
  interface HTMLElementEventMap {
    'online-safety-help-contact': CustomEvent<import('./online-safety-help.js').ContactEventDetail>;
    'online-safety-help-toggle': CustomEvent<import('./online-safety-help.js').ToggleEventDetail>;
  }
}
