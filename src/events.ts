/** The element's events: each bubbles and crosses the shadow boundary, so a host can listen on the document. */

import type { Region } from './config.js';
import type { ContactId } from './contacts.js';

export interface ContactEventDetail {
  /**
   * A built-in contact's id (`ceop`, `nspcc`, `emergency`, … in each region; see `ContactId`), or
   * `host` for a link the host slotted in; a host's replacement guidance may add ids of its own.
   */
  readonly id: ContactId | 'host' | (string & Record<never, never>);
  readonly href: string;
}

export interface ToggleEventDetail {
  readonly id: string;
  readonly open: boolean;
}

/** The quick exit: where the page is being left for, and what set it off. */
export interface ExitEventDetail {
  readonly href: string;
  readonly trigger: 'button' | 'keyboard';
}

/** The country a person chose in the help bar; the element's `region` is set to it. */
export interface RegionEventDetail {
  readonly region: Region;
}

export interface EventDetails {
  'online-safety-help-contact': ContactEventDetail;
  'online-safety-help-toggle': ToggleEventDetail;
  'online-safety-help-exit': ExitEventDetail;
  'online-safety-help-region': RegionEventDetail;
}

/** Fires one of the element's events; only ever on a person's action. */
export function fire<K extends keyof EventDetails>(
  target: EventTarget,
  name: K,
  detail: EventDetails[K],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'online-safety-help-contact': CustomEvent<ContactEventDetail>;
    'online-safety-help-toggle': CustomEvent<ToggleEventDetail>;
    'online-safety-help-exit': CustomEvent<ExitEventDetail>;
    'online-safety-help-region': CustomEvent<RegionEventDetail>;
  }
}
