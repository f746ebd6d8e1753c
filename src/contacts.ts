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

export const defaultContacts: readonly Contact[] = [
  {
    id: 'ceop',
    label: 'Report to CEOP',
    detail: 'Online report',
    name: 'Report to CEOP, online report form',
    href: CEOP_REPORT_URL,
  },
  {
    id: 'nspcc',
    label: 'NSPCC Helpline',
    detail: NSPCC_HELPLINE,
    name: `Call the NSPCC Helpline, ${NSPCC_HELPLINE}`,
    href: 'tel:08088005000',
  },
  {
    id: 'emergency',
    label: 'Emergency',
    detail: EMERGENCY_NUMBER,
    name: `Emergency ${EMERGENCY_NUMBER}, call the police`,
    href: 'tel:999',
  },
];

/**
 * Returns the URL if its scheme is on the allow-list (`https:`, `tel:`, `mailto:`, `sms:`),
 * otherwise `undefined`: never `javascript:`, `data:`, relative or malformed URLs.
 */
export function safeHref(url: unknown): string | undefined {
  const trimmed = typeof url === 'string' ? url.trim() : '';
  return /^(https|tel|mailto|sms):/i.test(trimmed) ? trimmed : undefined;
}
