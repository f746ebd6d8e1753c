/**
 * The package's entry: defines `<online-safety-help>` in a browser, and exports the class, the
 * guidance and the contacts. Importing it never throws: on a server (no `customElements`) it
 * defines nothing, and where the tag is already taken (the bundle loaded twice, or beside the
 * npm module) the first definition stays and the widget keeps working.
 */
import { OnlineSafetyHelp } from './online-safety-help.js';

export { OnlineSafetyHelp };
export * from './online-safety-help.js';
export { defaultGuidance, regionGuidance, sectionIds } from './content.js';
export type * from './content.js';
export { defaultContacts, regionContacts, safeHref } from './contacts.js';
export type * from './contacts.js';
export type { BarMode, Theme, HeadingLevel, QuickExit, Region, RegionSetting } from './config.js';

try {
  if (globalThis.customElements) OnlineSafetyHelp.define();
} catch {
  // Nothing a page did to the registry may stop it from loading.
}
