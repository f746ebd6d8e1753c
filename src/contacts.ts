/**
 * The help-bar contacts, and the allow-list that guards every URL the widget renders.
 * Facts (names, numbers, addresses) come from the guidance this project is based on.
 */

/** Identifies a built-in help-bar contact; `host` is a link slotted in by the host page. */
export type ContactId = 'ceop' | 'nspcc' | 'emergency';

export interface Contact {
  readonly id: ContactId;
  /** Short visible label, e.g. "NSPCC Helpline". */
  readonly label: string;
  /** Second visible line, e.g. the phone number. */
  readonly detail: string;
  /** Accessible name: says what will happen, and holds the visible text in order (WCAG 2.5.3). */
  readonly name: string;
  readonly href: string;
}

export const CEOP_REPORT_URL = 'https://www.ceop.police.uk/ceop-reporting/';
export const NSPCC_WEBSITE_URL = 'https://www.nspcc.org.uk/';
export const NSPCC_HELPLINE = '0808 800 5000';
export const EMERGENCY_NUMBER = '999';

export const defaultContacts: readonly Contact[] = Object.freeze([
  Object.freeze({
    id: 'ceop',
    label: 'Report to CEOP',
    detail: 'Online report',
    name: 'Report to CEOP, online report form',
    href: CEOP_REPORT_URL,
  }),
  Object.freeze({
    id: 'nspcc',
    label: 'NSPCC Helpline',
    detail: NSPCC_HELPLINE,
    name: `Call the NSPCC Helpline, ${NSPCC_HELPLINE}`,
    href: 'tel:08088005000',
  }),
  Object.freeze({
    id: 'emergency',
    label: 'Emergency',
    detail: EMERGENCY_NUMBER,
    name: `Emergency ${EMERGENCY_NUMBER}, call the police`,
    href: 'tel:999',
  }),
] as const);

/** The only URL schemes the widget will render in an `href`. */
export const allowedProtocols: readonly string[] = Object.freeze([
  'https:',
  'tel:',
  'mailto:',
  'sms:',
]);

/**
 * Returns the URL if its scheme is on the allow-list, otherwise `undefined`.
 * Never `javascript:`, `data:`, relative or malformed URLs.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  // Scheme is everything before the first ':'; an absolute URL is required.
  const match = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed);
  return match && allowedProtocols.includes(match[1].toLowerCase()) ? trimmed : undefined;
}
