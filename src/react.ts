/**
 * `<online-safety-help>` as a React component, for React 17 to 19: props are set as properties
 * on the element, and its events arrive through camel-case props. Safe to import on a server:
 * there it renders the tag and the children you give it (put the fallback links inside).
 *
 * ```tsx
 * import { OnlineSafetyHelp } from 'online-safety-help/react.js';
 * <OnlineSafetyHelp open="signs-of-grooming" onContact={(e) => log(e.detail.id)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// Registers the element in a browser: the wrapper renders the tag, so it must be defined.
import { OnlineSafetyHelp as OnlineSafetyHelpElement } from './online-safety-help-define.js';
import type {
  ContactEventDetail,
  ExitEventDetail,
  RegionEventDetail,
  ToggleEventDetail,
} from './online-safety-help.js';

export type { ContactEventDetail, ExitEventDetail, RegionEventDetail, ToggleEventDetail };

export const OnlineSafetyHelp = createComponent({
  react: React,
  tagName: 'online-safety-help',
  elementClass: OnlineSafetyHelpElement,
  displayName: 'OnlineSafetyHelp',
  events: {
    /** A person activated a help-bar link: `detail: {id, href}`. */
    onContact: 'online-safety-help-contact' as EventName<CustomEvent<ContactEventDetail>>,
    /** A person opened or closed a section: `detail: {id, open}`. */
    onToggle: 'online-safety-help-toggle' as EventName<CustomEvent<ToggleEventDetail>>,
    /** A person used the quick exit, and the page is being left: `detail: {href, trigger}`. */
    onExit: 'online-safety-help-exit' as EventName<CustomEvent<ExitEventDetail>>,
    /** A person chose a country in the help bar: `detail: {region}`. */
    onRegion: 'online-safety-help-region' as EventName<CustomEvent<RegionEventDetail>>,
  },
});
