/**
 * The guidance, as typed, frozen data kept apart from rendering, so that a host can replace or
 * translate it (see the `guidance` property). The five sections for parents are the source
 * document's text, word for word, with links added on its own words; the section for young
 * people is the project's own, from the facts in the contacts' sources.
 *
 * Each region has its own guidance (`regionGuidance`): the same first four sections (but for the
 * place to report named in "Where does this happen?"), and the last two in the project's own
 * words, in the UK's shape: who to report to, who to talk to, what to do in an emergency.
 */
import type { Region } from './config.js';
import { deepFreeze, lazily } from './frozen.js';
import {
  CEOP_SAFETY_CENTRE_URL,
  CHILD_HELPLINES_URL,
  CHILD_PROTECTION_AU_URL,
  CHILDLINE_NUMBER,
  CHILDLINE_WEBSITE_URL,
  COUNCIL_FINDER_URL,
  DUTY_TO_REPORT_CA_URL,
  NSPCC_WEBSITE_URL,
  POLICE_NON_EMERGENCY,
  defaultContacts,
  regionContacts,
  type Audience,
  type Contact,
} from './contacts.js';

/** The stable ids of the sections; attributes and links use them. */
export const sectionIds = Object.freeze([
  'how-grooming-works',
  'where-it-happens',
  'aim-of-grooming',
  'signs-of-grooming',
  'if-you-are-concerned',
  'if-something-worries-you',
] as const);

export type SectionId = (typeof sectionIds)[number];

/** The sections each audience gets unless a host chooses others with `sections`. */
export const audienceSections: Readonly<Record<Audience, readonly SectionId[]>> = deepFreeze({
  parents: sectionIds.slice(0, 5),
  'young-people': sectionIds.slice(5),
});

/** A link inside the guidance text. Its `href` must pass the URL allow-list to be rendered. */
export interface TextLink {
  readonly text: string;
  readonly href: string;
}

/** Running text: plain, or a mix of plain text and links. */
export type RichText = string | readonly (string | TextLink)[];

/** A list item that opens with a lead (a sign's question, a form of abuse) followed by text. */
export interface LeadItem {
  readonly lead: string;
  readonly text: RichText;
}

export type ListItem = RichText | LeadItem;

/** A paragraph (running text), or a bulleted (`ul`) or numbered (`ol`) list. */
export type Block =
  RichText | { readonly ul: readonly ListItem[] } | { readonly ol: readonly ListItem[] };

export interface Section {
  readonly id: SectionId;
  readonly heading: string;
  readonly body: readonly Block[];
}

/** Everything the widget shows to people. */
export interface Guidance {
  readonly sections: readonly Section[];
  /** Help-bar contacts; the emergency contact is always shown, even if a host omits it. */
  readonly contacts: readonly Contact[];
  /** Accessible name of the help-bar landmark. */
  readonly barLabel: string;
}

/** A string, or a mix of strings and links, to be set into a sentence. */
type Runs = readonly (string | TextLink)[];

const link = (text: string, href: string): TextLink => ({ text, href });
/** A link that dials the first number in its text, as written there. */
const call = (text: string): TextLink =>
  link(text, `tel:${text.match(/\d[\d -]*\d/)![0].replace(/\D/g, '')}`);

/** "Where does this happen?", the source's text, its last paragraph naming where to report. */
const whereItHappens = (report: string | TextLink): Section => ({
  id: 'where-it-happens',
  heading: 'Where does this happen?',
  body: [
    'People who want to groom children will use any sites and services which are popular with young people. They can become very active in online games or communities popular with children.',
    'On social media they might send out multiple ‘friend requests’ at random in the hope that young people will accept them. They also try to identify young people who might be particularly vulnerable by looking at the things they post.',
    'In games and chatrooms they will try to start conversations with young people and then ask them to chat privately, perhaps on social media or on a mobile chat app.',
    "You should assume that if a site or app is popular with young people then people with a sexual interest in children will try to use it to communicate with them. This doesn't mean you should panic or not let your children use them, simply that they should be aware that there can be risks on any platform they are using.",
    [
      "If your child uses online games, social media, live streaming platforms or chatrooms it's important to make sure they know how to ",
      report,
      ' if someone is making them feel uncomfortable.',
    ],
  ],
});

/** "Concerned about someone…", in the source's frame: who to report to, to talk to, in danger. */
const concerned = (report: Runs, talk: Runs, danger: Runs): Section => ({
  id: 'if-you-are-concerned',
  heading: 'Concerned about someone your child is in contact with?',
  body: [
    [
      "If you're concerned that your child might be being groomed you should seek support. You can ",
      ...report,
      '.',
    ],
    ['If you want to discuss your concerns with someone ', ...talk, '.'],
    ['If you believe your child is at immediate risk ', ...danger, '.'],
  ],
});

/** The young people's section: it is not their fault; an adult, a helpline, a report, danger. */
const worried = (talk: Runs, report: Runs, danger: Runs): Section => ({
  id: 'if-something-worries-you',
  heading: 'Has someone online made you feel uncomfortable, scared or worried?',
  body: [
    'It is never your fault. You can get help now:',
    {
      ul: [
        'Tell an adult you trust, like a parent, carer or teacher.',
        talk,
        report,
        ['If you are in danger right now, ', ...danger, '.'],
      ],
    },
  ],
});

export const defaultGuidance: Guidance = deepFreeze({
  barLabel: 'Get help now',
  contacts: defaultContacts,
  sections: [
    {
      id: 'how-grooming-works',
      heading: 'How does grooming work online?',
      body: [
        'Grooming is about building a relationship with a child in order to later abuse them. This can be far easier online.',
        {
          ul: [
            'Games, social media, live streaming platforms and chatrooms enable people to make contact with children to try to groom them.',
            'They can create multiple online identities and even pretend to be children and young people to trick real children into chatting and sharing.',
            'They can find out a lot about individual children before they make contact by looking at the things the child has posted.',
            'Using this information they can target children who are particularly vulnerable and carefully plan what they will say and show an interest in.',
            'They can also contact lots of children very quickly in the hope that one will respond.',
          ],
        },
      ],
    },
    whereItHappens(link('report to CEOP', CEOP_SAFETY_CENTRE_URL)),
    {
      id: 'aim-of-grooming',
      heading: "What's the aim of grooming?",
      body: [
        'The goal of grooming is to sexually abuse a child. This can happen in two ways:',
        {
          ol: [
            {
              lead: 'Online sexual abuse.',
              text: 'Increasingly children and young people are being tricked or coerced into sexual activity on webcam or into sending sexual images.',
            },
            {
              lead: 'A physical meeting.',
              text: "Some people will try to persuade children and young people to meet them face to face in order to abuse them. Make sure your child knows that they should always talk to you if they want to meet up with someone they've only known online.",
            },
          ],
        },
        "Encouraging or forcing a child into sexual activity on webcam or through images is sexual abuse and can be just as harmful as 'contact' sexual abuse. Make sure you're aware of the risks and consequences of online sexual abuse.",
      ],
    },
    {
      id: 'signs-of-grooming',
      heading: 'How can I tell if my child is being groomed online?',
      body: [
        "There isn't one clear sign of online grooming and it can be very hard to spot. If your child is being groomed they will probably be trying to keep it a secret from you.",
        {
          ul: [
            {
              lead: 'Have they suddenly become very secretive?',
              text: 'People who abuse will try to stop young people telling their friends and family about the abusive relationship.',
            },
            {
              lead: 'Are they sad or withdrawn but won’t say why?',
              text: 'If something is going on with your child online it might be really upsetting them. They might feel trapped, like they can’t talk about it. Let them know you’re there to listen.',
            },
            {
              lead: 'Do they seem distracted?',
              text: "We can all get caught up in ourselves if things are worrying us. If they seem unusually preoccupied it might be because things are weighing on them which they feel they can't talk about.",
            },
            {
              lead: 'Do they have sudden mood swings?',
              text: 'Mood swings are not uncommon in adolescence but they can be a sign that someone has built a relationship with your child which is affecting their moods.',
            },
            {
              lead: 'Are they unable to switch off from their phone or social media?',
              text: 'Lots of us find it hard not to check our phone or the internet, but if your child gets particularly worried or stressed when they can’t, this can be a sign someone is controlling them.',
            },
          ],
        },
      ],
    },
    concerned(
      [
        'contact your ',
        link('local police', `tel:${POLICE_NON_EMERGENCY}`),
        ', ',
        link("children's social care department", COUNCIL_FINDER_URL),
        ' or ',
        link('report directly to CEOP', CEOP_SAFETY_CENTRE_URL),
      ],
      [
        call('call the NSPCC Helpline on 0808 800 5000'),
        ' or ',
        link('visit their website', NSPCC_WEBSITE_URL),
      ],
      [call('call the police on 999')],
    ),
    worried(
      [
        'Talk to Childline: it is free and open 24 hours. ',
        call(`Call ${CHILDLINE_NUMBER}`),
        ' or ',
        link('chat online', CHILDLINE_WEBSITE_URL),
        '.',
      ],
      [
        link('Report it to CEOP', CEOP_SAFETY_CENTRE_URL),
        ': a Child Protection Advisor will get in touch.',
      ],
      [call('call 999')],
    ),
  ],
});

const lower = (text: string) => text[0].toLowerCase() + text.slice(1);
/** A contact in running text: a link on `text`, or `text` alone for a contact without a link. */
const mention = (text: string, { href }: Contact): string | TextLink =>
  href ? link(text, href) : text;

/**
 * A region's guidance: the UK's first four sections (but for where "Where does this happen?" says
 * to report), the region's contacts, and its last two sections, in the UK's shape, told from its
 * contacts: for parents, the police or `report`, then `talk`, then the emergency number; for
 * young people, an adult they trust, the region's first helpline for them (or `youngTalk`),
 * `report`, then the emergency number. `to` is what follows "report" in a sentence ("to
 * Netsafe"); by default the report contact's label after "Report ".
 */
function guidance(
  region: Region,
  report: Contact,
  talk: Runs,
  {
    to = report.label.slice(7),
    where = mention(`report ${to}`, report),
    youngTalk,
  }: { to?: string; where?: string | TextLink; youngTalk?: Runs } = {},
): Guidance {
  const [howItWorks, , aim, signs] = defaultGuidance.sections;
  const contacts = regionContacts[region];
  const emergency = contacts.find((contact) => contact.id === 'emergency')!;
  const helpline = contacts.find((contact) => contact.audience === 'young-people') ?? contacts[0];
  const [number, ...rest] = helpline.detail.split(', ');
  const danger = [
    mention(emergency.href ? `call ${emergency.detail}` : lower(emergency.detail), emergency),
  ];
  return {
    ...defaultGuidance,
    contacts,
    sections: [
      howItWorks,
      whereItHappens(where),
      aim,
      signs,
      concerned(['contact your local police or ', mention(`report ${to}`, report)], talk, danger),
      worried(
        youngTalk ?? [
          `Talk to ${helpline.label}: `,
          mention(`call ${number}`, helpline),
          [...rest, helpline.hoursText && lower(helpline.hoursText.unknown)]
            .filter(Boolean)
            .map((words) => `, ${words}`)
            .join('') + '.',
        ],
        [mention(`Report ${to[0] === 't' ? 'it ' : ''}${to}`, report), '.'],
        danger,
      ),
    ],
  };
}

/** Each region's guidance, made when a page first shows that region. */
export const regionGuidance: Readonly<Record<Region, Guidance>> = lazily({
  gb: () => defaultGuidance,
  ie: () => {
    const [, hotline, tusla] = regionContacts.ie;
    return guidance('ie', hotline, [
      mention('contact Tusla', tusla),
      ', the Child and Family Agency',
    ]);
  },
  us: () =>
    guidance(
      'us',
      regionContacts.us[1],
      [call('call the Childhelp Hotline on 1-800-422-4453'), ', 24/7'],
      { to: 'to the CyberTipline' },
    ),
  ca: () =>
    guidance(
      'ca',
      regionContacts.ca[0],
      ['contact your local ', link('child protection authority', DUTY_TO_REPORT_CA_URL)],
      {
        youngTalk: [
          'Talk to Kids Help Phone, free, 24/7: ',
          mention('text CONNECT to 686868', regionContacts.ca[1]),
          ' or ',
          call('call 1-800-668-6868'),
          '.',
        ],
      },
    ),
  au: () =>
    guidance('au', regionContacts.au[1], [
      'contact your local ',
      link('child protection authority', CHILD_PROTECTION_AU_URL),
    ]),
  nz: () =>
    guidance('nz', regionContacts.nz[1], [
      call('call Oranga Tamariki on 0508 326 459'),
      ', free, 24/7',
    ]),
  other: () =>
    guidance(
      'other',
      regionContacts.other[2],
      ['contact a ', link('child helpline', CHILD_HELPLINES_URL), ' in your country'],
      {
        where: 'report it to the police',
        youngTalk: ['Talk to a ', link('child helpline', CHILD_HELPLINES_URL), ' in your country.'],
      },
    ),
});
