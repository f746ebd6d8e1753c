/**
 * The countries the widget has help for, as readers know them. Each region's contacts and words
 * are typed data like the UK's guidance (see content.ts and contacts.ts).
 */
import type { Region, RegionSetting } from './config.js';

/** Each region's name, as the reader's choice of country and the docs show it. */
export const regionNames: Readonly<Record<Region, string>> = /* @__PURE__ */ Object.freeze({
  gb: 'United Kingdom',
  ie: 'Ireland',
  us: 'United States',
  ca: 'Canada',
  au: 'Australia',
  nz: 'New Zealand',
  other: 'Another country',
});

/** What each setting of `region` means, for tools that write it (the code builder) and the docs. */
export const regionSettingNames: Readonly<Record<RegionSetting, string>> =
  /* @__PURE__ */ Object.freeze({
    ...regionNames,
    auto: "Where the reader is, from their device's time zone",
  });
