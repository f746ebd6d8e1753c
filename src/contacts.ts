/**
 * The contacts, as checked, dated data, and the allow-list that guards every URL the widget
 * renders. Every fact here (a name, a number, an address, opening hours) comes from the source
 * document the guidance is based on or from an official page listed in `sources`, which names
 * the page and the day the fact was last checked against it.
 */

import type { Region } from './config.js';
import { lazily } from './frozen.js';
import { NZ_CLOCK, type Clock } from './local-time.js';

/** Who the widget speaks to: parents and carers (the default), or young people themselves. */
export type Audience = 'parents' | 'young-people';

/**
 * Identifies a built-in help-bar contact, whatever the region; `host` is a link slotted in by the
 * host page. Each region's emergency contact is `emergency`.
 */
export type ContactId =
  | 'ceop'
  | 'nspcc'
  | 'childline'
  | 'childline-online'
  | 'emergency'
  | 'hotline'
  | 'tusla'
  | 'childhelp'
  | 'cybertipline'
  | 'cybertip'
  | 'kids-help-phone'
  | 'child-protection'
  | 'accce'
  | 'kids-helpline'
  | 'netsafe'
  | 'oranga-tamariki'
  | 'whats-up'
  | 'child-helplines'
  | 'inhope';

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
  /**
   * Accessible name: says what will happen, and holds the visible text in order (WCAG 2.5.3).
   * Where absent, the link is named by its visible text: the label, the detail and the status.
   */
  readonly name?: string;
  /**
   * Where the link goes. Absent: the contact is shown as text, not a link (the emergency contact
   * where there is no one number to call).
   */
  readonly href?: string;
  /** The one audience whose help bar shows it; every audience's when absent. */
  readonly audience?: Audience;
  /** The phone lines' hours, where they are not open all day every day. */
  readonly hours?: WeeklyHours;
  /** The clock the hours are on (local-time.ts); the UK's when absent. */
  readonly clock?: Clock;
  /** What the bar says of the hours; needed with `hours`. */
  readonly hoursText?: HoursText;
  /**
   * The route offered while the phone lines are closed, open 24 hours a day: the same service
   * online, or another service (with its own id and label).
   */
  readonly whenClosed?: Omit<Contact, 'hours' | 'whenClosed' | 'id' | 'label' | 'href'> &
    Partial<Pick<Contact, 'id' | 'label'>> & { readonly href: string };
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

type Linked = Contact & { readonly href: string };

/** A contact that links to `href`, or, without one, is shown as text. */
const contact = (
  id: ContactId,
  label: string,
  detail: string,
  href?: string,
  more?: Partial<Contact>,
): Contact => ({ id, label, detail, href, ...more });

/** A phone contact: its `tel:` link dials the first number in `detail`, as written there. */
export const phone = (
  id: ContactId,
  label: string,
  detail: string,
  more?: Partial<Contact>,
): Linked =>
  contact(
    id,
    label,
    detail,
    `tel:${detail.match(/^[\d -]*\d/)![0].replace(/\D/g, '')}`,
    more,
  ) as Linked;

const young = { audience: 'young-people' } as const;
const parents = { audience: 'parents' } as const;
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
  phone('childline', 'Childline', `${CHILDLINE_NUMBER}, free, 24 hours`, {
    name: `Call Childline, ${CHILDLINE_NUMBER}, free, 24 hours`,
    ...young,
  }),
  contact('childline-online', 'Childline online', 'Chat or email', CHILDLINE_WEBSITE_URL, {
    name: 'Childline online, chat or email',
    ...young,
  }),
  contact('ceop', 'Report to CEOP', 'Online report', CEOP_SAFETY_CENTRE_URL, {
    name: 'Report to CEOP, online report',
  }),
  phone('nspcc', 'NSPCC Helpline', NSPCC_HELPLINE, {
    name: `Call the NSPCC Helpline, ${NSPCC_HELPLINE}`,
    ...parents,
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
  }),
  phone('emergency', 'Emergency', EMERGENCY_NUMBER, {
    name: `Emergency ${EMERGENCY_NUMBER}, call the police`,
  }),
];

/*
 * Beyond the United Kingdom: each region's doors, from the contacts sheet's rows checked on
 * 2026-12-06 (see `sources`). Only its facts: no hours where it claims none, no age ranges.
 */
export const HOTLINE_IE_URL = 'https://hotline.ie/report';
export const TUSLA_URL =
  'https://www.tusla.ie/children-first/individuals-working-with-children-and-young-people/how-do-i-report-a-concern-about-a-child/';
export const CYBERTIPLINE_URL = 'https://report.cybertip.org/';
export const CYBERTIP_CA_URL = 'https://www.cybertip.ca/';
export const DUTY_TO_REPORT_CA_URL = 'https://cyberaide.ca/en/child-sexual-abuse/duty-to-report';
export const ACCCE_URL = 'https://www.accce.gov.au/report';
export const CHILD_PROTECTION_AU_URL =
  'https://aifs.gov.au/resources/resource-sheets/reporting-child-abuse-and-neglect';
export const NETSAFE_URL = 'https://netsafe.org.nz/';
export const CHILD_HELPLINES_URL = 'https://childhelplineinternational.org/about/members/';
export const INHOPE_URL = 'https://inhope.org/EN/articles/what-is-a-hotline';

/**
 * A text message with its words filled in. Android's messaging apps read the standard `?body=`
 * (RFC 5724) and iOS's Messages reads `&body=`; `sms:NUMBER?&body=WORDS` carries both. It is the
 * form UAMS's web guide "Creating a Text Message (SMS) Link" gives for Android and iOS alike
 * (communications.uams.edu/web/kb/creating-an-sms-link), and the AOSP messaging app fills it in
 * (github.com/quik-sms/quik issue 485). Where an app leaves the words out, the number is still
 * filled in, and the link's text says what to send.
 */
export const sms = (number: string, words: string): string => `sms:${number}?&body=${words}`;

const online = 'Online report';
/** A state's or province's child protection authority, where there is no national line. */
const protection = (href: string): Contact =>
  contact('child-protection', 'Child protection', 'Where to report', href, parents);

/** What's Up (New Zealand): phones 11am to 11pm every day, NZ time. */
export const WHATS_UP_HOURS: WeeklyHours = Array(7).fill([11, 23]);

/** Oranga Tamariki (New Zealand), for anyone worried about a child's safety: freephone, 24/7. */
const orangaTamariki = (more?: Partial<Contact>) =>
  phone('oranga-tamariki', 'Oranga Tamariki', '0508 326 459, free, 24/7', more);

/**
 * Each region's help-bar contacts, in the bar's order, for both audiences (`audience` picks
 * out one's own). Every region has its emergency contact, a place to report, and for each
 * audience at least one route open 24 hours (a line or an online form).
 */
export const regionContacts: Readonly<Record<Region, readonly Contact[]>> = lazily({
  gb: () => defaultContacts,
  ie: () => [
    phone('childline', 'Childline', '1800 66 66 66, free, 24 hours', young),
    contact('hotline', 'Report to Hotline.ie', 'Anonymous', HOTLINE_IE_URL),
    contact('tusla', 'Tusla', 'Report a concern', TUSLA_URL, parents),
    phone('emergency', 'Emergency', '112 or 999'),
  ],
  us: () => [
    phone('childhelp', 'Childhelp Hotline', '1-800-422-4453, 24/7'),
    contact('cybertipline', 'CyberTipline', 'Report online', CYBERTIPLINE_URL),
    phone('emergency', 'Emergency', '911'),
  ],
  ca: () => [
    contact('cybertip', 'Report to Cybertip.ca', online, CYBERTIP_CA_URL),
    contact(
      'kids-help-phone',
      'Kids Help Phone',
      'Text CONNECT to 686868, free, 24/7',
      sms('686868', 'CONNECT'),
      young,
    ),
    protection(DUTY_TO_REPORT_CA_URL),
    phone('emergency', 'Emergency', '911'),
  ],
  au: () => [
    phone('kids-helpline', 'Kids Helpline', '1800 55 1800, free, 24/7', young),
    contact('accce', 'Report to the ACCCE', online, ACCCE_URL),
    protection(CHILD_PROTECTION_AU_URL),
    phone('emergency', 'Emergency', '000'),
  ],
  nz: () => [
    orangaTamariki(parents),
    contact('netsafe', 'Report to Netsafe', online, NETSAFE_URL),
    phone('whats-up', "What's Up", '0800 942 8787, free', {
      ...young,
      hours: WHATS_UP_HOURS,
      clock: NZ_CLOCK,
      hoursText: {
        open: 'Lines open until {time}',
        closed: "What's Up closed until {time}",
        unknown: 'Phones 11am–11pm every day',
        times: { 11: '11am', 23: '11pm' },
      },
      whenClosed: orangaTamariki(),
    }),
    phone('emergency', 'Emergency', '111'),
  ],
  other: () => [
    contact('child-helplines', 'Helplines', 'By country', CHILD_HELPLINES_URL),
    contact('emergency', 'Emergency', 'Call your local emergency number or the police'),
    contact('inhope', 'Report abuse images', 'INHOPE hotlines', INHOPE_URL),
  ],
});

/** The date the facts below were last checked against their official pages. */
export const CHECKED = '2026-12-01';

/** The date the facts of the other regions were last checked against their official pages. */
export const CHECKED_ABROAD = '2026-12-06';

/** Where a fact shown to people comes from, and when it was last checked. */
export interface Source {
  readonly facts: string;
  readonly source: string;
  readonly checked: string;
  /** The region whose readers are shown it; the United Kingdom's when absent. */
  readonly region?: Region;
}

/** Each region's facts as `{region}-{id}` sources: `[facts, official page]`, checked on 2026-12-06. */
const abroad = (facts: Record<string, Record<string, [string, string]>>) =>
  Object.fromEntries(
    Object.entries(facts).flatMap(([region, entries]) =>
      Object.entries(entries).map(([id, [facts, source]]) => [
        `${region}-${id}`,
        { facts, source, checked: CHECKED_ABROAD, region: region as Region },
      ]),
    ),
  );

/**
 * Where each fact shown to people comes from, and when it was last checked: by contact id (in
 * another region than the UK, `{region}-{id}`: `ie-emergency`), and for the links in the
 * guidance text. Kept out of the help bar's bundle (no reader sees it); the docs list it by
 * country and `npm test` reports its oldest date.
 */
export const sources: Readonly<Record<string, Source>> = {
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
  .../* @__PURE__ */ abroad({
    ie: {
      emergency: [
        '112 or 999, free; either reaches the Gardaí (the police).',
        'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
      ],
      hotline: [
        `Hotline.ie, Ireland's national centre for reporting illegal content online, child grooming included: an anonymous online form, ${HOTLINE_IE_URL}. It does not replace telling the Gardaí.`,
        'https://www.garda.ie/en/Crime/Online-child-exploitation/',
      ],
      tusla: [
        `Tusla, the Child and Family Agency: anyone can report a concern to the social work duty service where the child lives (there is no national number); out of office hours, the Gardaí. ${TUSLA_URL}`,
        TUSLA_URL,
      ],
      childline: [
        'Childline, run by the ISPCC: 1800 66 66 66, free, 24 hours (by phone, in English).',
        'https://www.ispcc.ie/',
      ],
    },
    us: {
      emergency: ['911.', 'https://www.childwelfare.gov/topics/responding/reporting/how/'],
      childhelp: [
        'The Childhelp National Child Abuse Hotline: call or text 1-800-422-4453, 24/7, confidential, for adults worried about a child and for children. It gives support and guidance; it is not a reporting line or an emergency service.',
        'https://childhelphotline.org/how-it-works',
      ],
      cybertipline: [
        `NCMEC's CyberTipline, for online enticement, sextortion and sexual images of a child: online at ${CYBERTIPLINE_URL}, where anyone may report, under-18s included, without giving a name; by phone on 1-800-843-5678, 24 hours.`,
        'https://report.cybertip.org/faqs',
      ],
    },
    ca: {
      emergency: [
        '911 (where an area has no 9-1-1, the local police emergency number).',
        'https://grc-rcmp.gc.ca/en/online-child-sexual-exploitation',
      ],
      'kids-help-phone': [
        'Kids Help Phone: free, 24/7, in English and French; by text, CONNECT to 686868; by phone, 1-800-668-6868 (as a Government of Canada release of 14 November 2024 gives it; not seen on its own site).',
        'https://kidshelpphone.ca/text-about-it/',
      ],
      cybertip: [
        `Cybertip.ca, from the Canadian Centre for Child Protection, takes reports of the online sexual exploitation of a child, online at ${CYBERTIP_CA_URL}; reports can be anonymous. Its phone line publishes no hours, so the bar offers the online report.`,
        'https://cybertip.ca/app/en/about-how_it_works',
      ],
      'child-protection': [
        `No national line for adults: child protection is provincial or territorial. The local child protection authority, or the police; the Canadian Centre for Child Protection lists each province's rules: ${DUTY_TO_REPORT_CA_URL}`,
        DUTY_TO_REPORT_CA_URL,
      ],
    },
    au: {
      emergency: [
        'Triple Zero, 000, free (112 also works from most mobiles).',
        'https://www.triplezero.gov.au/',
      ],
      accce: [
        `The ACCCE (Australian Centre to Counter Child Exploitation), led by the Australian Federal Police, takes reports of online grooming and child sexual exploitation from people who live in Australia, online at ${ACCCE_URL}.`,
        ACCCE_URL,
      ],
      'kids-helpline': [
        'Kids Helpline: 1800 55 1800, free, 24/7, for ages 5 to 25.',
        'https://yourtown.com.au/',
      ],
      'child-protection': [
        `No national parent line: concerns go to the state or territory child protection authority, which the Australian Institute of Family Studies lists: ${CHILD_PROTECTION_AU_URL}`,
        CHILD_PROTECTION_AU_URL,
      ],
    },
    nz: {
      emergency: [
        '111, free, from a mobile without credit too.',
        'https://www.police.govt.nz/contact-us/calling-emergency-111',
      ],
      netsafe: [
        `Netsafe, New Zealand's online safety service: reports online through ${NETSAFE_URL}, by phone on 0508 638 723, or by a free text of "Netsafe" to 4282. No hours stated (its own pages disagree on weekend hours).`,
        'https://netsafe.org.nz/the-kit/incident-support/',
      ],
      'oranga-tamariki': [
        "Oranga Tamariki, for anyone worried about a child's safety: freephone 0508 326 459, 24/7 (its National Contact Centre).",
        'https://orangatamariki.govt.nz/',
      ],
      'whats-up': [
        "What's Up (Barnardos): 0800 942 8787, free, for ages 5 to 18; phones 11am to 11pm every day, NZ time (older pages give other hours). Closed, the bar offers Oranga Tamariki, 24/7.",
        'https://www.icm.org.nz/contacts/',
      ],
    },
    other: {
      emergency: [
        'No single number: call the local emergency number or the police.',
        'https://virtualglobaltaskforce.com/',
      ],
      'child-helplines': [
        `Child Helpline International, the network of national child helplines, lists its members: ${CHILD_HELPLINES_URL}`,
        CHILD_HELPLINES_URL,
      ],
      inhope: [
        'The national hotlines of the INHOPE network take anonymous reports of sexual images of children; never email the images to INHOPE itself.',
        INHOPE_URL,
      ],
    },
  }),
};

/**
 * Returns the URL if its scheme is on the allow-list (`https:`, `tel:`, `mailto:`, `sms:`),
 * otherwise `undefined`: never `javascript:`, `data:`, relative or malformed URLs.
 */
export function safeHref(url: unknown): string | undefined {
  const trimmed = typeof url === 'string' ? url.trim() : '';
  return /^(https|tel|mailto|sms):/i.test(trimmed) ? trimmed : undefined;
}
