/**
 * Choices a web editor makes in the code builder (demo/get-the-code.html), as the browser tests
 * make them in its form and the WordPress tests feed them to the pure module: each with the
 * attributes its element must have (only those that differ from the defaults).
 */
export interface Sample {
  readonly name: string;
  /** Each setting's choice, by property name, as the form's controls take it. */
  readonly settings: Readonly<Record<string, string>>;
  /** The host contact, as typed. */
  readonly contact?: { readonly label: string; readonly address: string };
  /** The element's attributes that the code must hold, in order. */
  readonly attributes: readonly (readonly [string, string])[];
  /** The host contact's address as the code writes it. */
  readonly contactHref?: string;
  /** With region auto: the country whose links the code holds for readers without the script. */
  readonly fallbackRegion?: string;
}

/** A label with every character HTML, shortcodes and JSX give a meaning to. */
export const awkwardLabel = `Ask "Mrs O'Neil" <Year 6> & co`;

export const samples: readonly Sample[] = [
  { name: 'the defaults', settings: {}, attributes: [] },
  {
    name: "a young people's page with a host contact whose label holds < & \" '",
    settings: { audience: 'young-people' },
    contact: { label: awkwardLabel, address: 'tel:01632 960123' },
    attributes: [['audience', 'young-people']],
    contactHref: 'tel:01632960123',
  },
  {
    name: 'every setting changed, with safe pages for the quick exit',
    settings: {
      headingLevel: '3',
      sections: 'where-it-happens signs-of-grooming if-you-are-concerned',
      open: 'signs-of-grooming',
      bar: 'sticky',
      theme: 'dark',
      quickExit: 'https://www.bbc.co.uk/weather\nhttps://safe.example/page?a=1&b=2',
    },
    contact: { label: 'Email our safeguarding lead', address: 'mailto:lead@school.example' },
    attributes: [
      ['heading-level', '3'],
      ['sections', 'where-it-happens signs-of-grooming if-you-are-concerned'],
      ['open', 'signs-of-grooming'],
      ['bar', 'sticky'],
      ['theme', 'dark'],
      ['quick-exit', 'https://www.bbc.co.uk/weather https://safe.example/page?a=1&b=2'],
    ],
    contactHref: 'mailto:lead@school.example',
  },
  {
    name: 'the help bar alone, in the page, every section open, quick exit on for parents',
    settings: { sections: '', open: 'all', bar: 'inline', quickExit: 'on' },
    contact: { label: 'Our safety page', address: 'https://school.example/safety' },
    attributes: [
      ['sections', 'none'],
      ['open', 'all'],
      ['bar', 'inline'],
      ['quick-exit', 'on'],
    ],
    contactHref: 'https://school.example/safety',
  },
  {
    name: 'young people with the quick exit off',
    settings: { audience: 'young-people', quickExit: 'off', theme: 'light' },
    attributes: [
      ['audience', 'young-people'],
      ['theme', 'light'],
      ['quick-exit', 'off'],
    ],
  },
];

/**
 * Samples in other countries than the UK. Each runs once the widget has that country's contacts
 * (its fallback links), and in the WordPress tests once the plugin takes a region.
 */
export const regionSamples: readonly Sample[] = [
  {
    name: 'Ireland, for parents',
    settings: { region: 'ie' },
    contact: { label: 'Email our safeguarding lead', address: 'mailto:lead@school.example' },
    attributes: [['region', 'ie']],
    contactHref: 'mailto:lead@school.example',
  },
  {
    name: 'the United States, for young people',
    settings: { audience: 'young-people', region: 'us' },
    attributes: [
      ['audience', 'young-people'],
      ['region', 'us'],
    ],
  },
  {
    name: 'another country: the emergency contact is text, not a link',
    settings: { region: 'other' },
    attributes: [['region', 'other']],
  },
  {
    name: "where the reader is, with New Zealand's links for readers without the script",
    settings: { region: 'auto' },
    fallbackRegion: 'nz',
    attributes: [['region', 'auto']],
  },
];
