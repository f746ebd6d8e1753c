/**
 * The contacts, as checked, dated data, and the allow-list that guards every URL the widget
 * renders. Every fact here (a name, a number, an address, opening hours) comes from the source
 * document the guidance is based on or from an official page listed in `sources`, which names
 * the page and the day the fact was last checked against it.
 */

import type { Clock } from './local-time.js';

/** Who the widget speaks to: parents and carers (the default), or young people themselves. */
export type Audience = 'parents' | 'young-people';

/** Identifies a built-in help-bar contact; `host` is a link slotted in by the host page. */
export type ContactId = 'ceop' | 'nspcc' | 'childline' | 'childline-online' | 'emergency';

/**
 * Phone lines' opening hours, on the clock of the place they serve (the contact's `clock`): for
 * each day of the week, Sunday first, the hour the lines open and the hour they close (24-hour
 * clock).
 */
export type WeeklyHours = readonly (readonly [opens: number, closes: number])[];

/**
 * What the help bar says of a phone line's hours; `{time}` is filled in from `times`. The lines
 * open every day, so the next opening time needs no day.
 */
export interface HoursText {
  /** Shown, and added to the accessible name, while the lines are open. */
  readonly open: string;
  /** Shown, and added to the accessible name, while the lines are closed, e.g. "Phones closed until {time}". */
  readonly closed: string;
  /**
   * Shown, and added to the accessible name, when the device's clock gives no usable time: the
   * hours, claiming neither open nor closed.
   */
  readonly unknown: string;
  /** How each opening and closing hour is written, e.g. 22 → "10pm". */
  readonly times: Readonly<Record<number, string>>;
}

export interface Contact {
  readonly id: string;
  /** Short visible label, e.g. "NSPCC Helpline". */
  readonly label: string;
  /** Second visible line, e.g. the phone number. */
  readonly detail: string;
  /** Accessible name: says what will happen, and holds the visible text in order (WCAG 2.5.3). */
  readonly name: string;
  readonly href: string;
  /** The one audience whose help bar shows it; every audience's when absent. */
  readonly audience?: Audience;
  /** The phone lines' hours, where they are not open all day every day. */
  readonly hours?: WeeklyHours;
  /** The clock the hours are on (local-time.ts); the UK's when absent. */
  readonly clock?: Clock;
  /** What the bar says of the hours; needed with `hours`. */
  readonly hoursText?: HoursText;
  /** The route offered while the phone lines are closed: a page open 24 hours a day. */
  readonly whenClosed?: { readonly detail: string; readonly name: string; readonly href: string };
}

export const CEOP_SAFETY_CENTRE_URL = 'https://www.ceop.police.uk/Safety-Centre/';
export const NSPCC_WEBSITE_URL = 'https://www.nspcc.org.uk/';
export const NSPCC_ONLINE_FORM_URL =
  'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/';
export const NSPCC_HELPLINE = '0808 800 5000';
export const CHILDLINE_NUMBER = '0800 1111';
export const CHILDLINE_WEBSITE_URL = 'https://www.childline.org.uk/';
export const EMERGENCY_NUMBER = '999';
export const POLICE_NON_EMERGENCY = '101';
export const COUNCIL_FINDER_URL = 'https://www.gov.uk/report-child-abuse-to-local-council';

/** NSPCC Helpline phone lines: Monday to Friday 8am to 10pm, weekends 9am to 6pm (UK time). */
export const NSPCC_HOURS: WeeklyHours = [
  [9, 18],
  [8, 22],
  [8, 22],
  [8, 22],
  [8, 22],
  [8, 22],
  [9, 18],
];

export const defaultContacts: readonly Contact[] = [
  {
    id: 'childline',
    label: 'Childline',
    detail: `${CHILDLINE_NUMBER}, free, 24 hours`,
    name: `Call Childline, ${CHILDLINE_NUMBER}, free, 24 hours`,
    href: 'tel:08001111',
    audience: 'young-people',
  },
  {
    id: 'childline-online',
    label: 'Childline online',
    detail: 'Chat or email',
    name: 'Childline online, chat or email',
    href: CHILDLINE_WEBSITE_URL,
    audience: 'young-people',
  },
  {
    id: 'ceop',
    label: 'Report to CEOP',
    detail: 'Online report',
    name: 'Report to CEOP, online report',
    href: CEOP_SAFETY_CENTRE_URL,
  },
  {
    id: 'nspcc',
    label: 'NSPCC Helpline',
    detail: NSPCC_HELPLINE,
    name: `Call the NSPCC Helpline, ${NSPCC_HELPLINE}`,
    href: 'tel:08088005000',
    audience: 'parents',
    hours: NSPCC_HOURS,
    hoursText: {
      open: 'Lines open until {time}',
      closed: 'Phones closed until {time}',
      unknown: 'Phones Mon–Fri 8am–10pm, weekends 9am–6pm',
      times: { 8: '8am', 9: '9am', 18: '6pm', 22: '10pm' },
    },
    whenClosed: {
      detail: 'Online, 24 hours',
      name: 'Contact the NSPCC Helpline online, 24 hours',
      href: NSPCC_ONLINE_FORM_URL,
    },
  },
  {
    id: 'emergency',
    label: 'Emergency',
    detail: EMERGENCY_NUMBER,
    name: `Emergency ${EMERGENCY_NUMBER}, call the police`,
    href: 'tel:999',
  },
];

/** The date the facts below were last checked against their official pages. */
export const CHECKED = '2026-12-01';

/**
 * Where each fact shown to people comes from, and when it was last checked: by contact id, and
 * for the links in the guidance text. Kept out of the help bar's bundle (no reader sees it);
 * the docs list it and `npm test` reports its oldest date.
 */
export const sources: Readonly<
  Record<
    ContactId | 'ceop-young-people' | 'nspcc-website' | 'police-101' | 'council',
    {
      readonly facts: string;
      readonly source: string;
      readonly checked: string;
    }
  >
> = {
  ceop: {
    facts: `Report to CEOP (part of the National Crime Agency) through the CEOP Safety Centre, ${CEOP_SAFETY_CENTRE_URL}. Not anonymous; not for bullying, fake or hacked accounts.`,
    source: 'https://ceopeducation.co.uk/parents/get-help/reporting-an-incident/',
    checked: CHECKED,
  },
  nspcc: {
    facts: `NSPCC Helpline ${NSPCC_HELPLINE}, for adults worried about a child. Phone lines Monday to Friday 8am to 10pm, weekends 9am to 6pm, UK time; online (${NSPCC_ONLINE_FORM_URL}) and by email 24 hours a day. Bank holidays not stated.`,
    source: 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/',
    checked: CHECKED,
  },
  'ceop-young-people': {
    facts:
      'Young people can report to the CEOP Safety Centre if something online made them feel unsafe, scared or worried; a Child Protection Advisor reads every report and contacts them. Telling an adult they trust is encouraged.',
    source: 'https://thinkuknow.co.uk/11_13/help/CEOP/',
    checked: CHECKED,
  },
  'nspcc-website': {
    facts: `The NSPCC's website, ${NSPCC_WEBSITE_URL}, for the guidance's "visit their website".`,
    source: 'https://www.nspcc.org.uk/',
    checked: CHECKED,
  },
  childline: {
    facts: `Childline ${CHILDLINE_NUMBER}: free, 24 hours, for children and young people up to the age of 19.`,
    source: 'https://learning.nspcc.org.uk/services/childline',
    checked: CHECKED,
  },
  'childline-online': {
    facts: `Childline's 1-2-1 online chat and email, through its website, ${CHILDLINE_WEBSITE_URL}.`,
    source: 'https://learning.nspcc.org.uk/services/childline',
    checked: CHECKED,
  },
  emergency: {
    facts: `${EMERGENCY_NUMBER}, the police, when a child is in immediate danger.`,
    source: 'https://ceopeducation.co.uk/parents/get-help/reporting-an-incident/',
    checked: CHECKED,
  },
  'police-101': {
    facts: `${POLICE_NON_EMERGENCY}, the police non-emergency number, for the guidance's "local police"; it does not replace ${EMERGENCY_NUMBER}.`,
    source: 'https://ceopeducation.co.uk/11_18/lets-talk-about/sexual-abuse/online-grooming',
    checked: CHECKED,
  },
  council: {
    facts: `The local council's children's social care team, found by postcode on GOV.UK, ${COUNCIL_FINDER_URL}.`,
    source: 'https://www.gov.uk/report-child-abuse-to-local-council',
    checked: CHECKED,
  },
};

/**
 * Returns the URL if its scheme is on the allow-list (`https:`, `tel:`, `mailto:`, `sms:`),
 * otherwise `undefined`: never `javascript:`, `data:`, relative or malformed URLs.
 */
export function safeHref(url: unknown): string | undefined {
  const trimmed = typeof url === 'string' ? url.trim() : '';
  return /^(https|tel|mailto|sms):/i.test(trimmed) ? trimmed : undefined;
}
