/**
 * What the code builder calls each setting and each of its options, in a web editor's words.
 * The settings and their options themselves come from src/config.ts: a setting or an option
 * missing here still gets its control, labelled with its attribute name and its own word.
 */
import { defaultGuidance } from '../../src/content.js';
import { exitOn, type SettingName } from '../../src/config.js';
import { regionSettingNames } from '../../src/regions.js';

export interface SettingWords {
  /** The control's label (or its group's legend). */
  readonly label: string;
  /** A line under the label: what the setting changes. */
  readonly hint?: string;
  /** Each option's text, by the option's word. */
  readonly options?: Readonly<Record<string, string>>;
  /** For a setting that takes addresses: the choice of addresses of one's own. */
  readonly addresses?: { readonly option: string; readonly label: string; readonly hint: string };
}

const sectionNames = Object.fromEntries(
  defaultGuidance.sections.map(({ id, heading }) => [id, heading]),
);

export const settingWords: Partial<Record<SettingName, SettingWords>> = {
  audience: {
    label: 'Readers',
    hint: 'Who the guidance and the help bar speak to.',
    options: { parents: 'Parents and carers', 'young-people': 'Young people' },
  },
  region: {
    label: 'Country',
    hint: 'The country whose help services the help bar offers.',
    options: regionSettingNames,
  },
  headingLevel: {
    label: 'Heading level',
    hint: "The level of the section headings in your page's outline: one below your page's own heading.",
  },
  sections: {
    label: 'Sections shown',
    hint: 'With none ticked, the widget shows the help bar alone.',
    options: sectionNames,
  },
  open: {
    label: 'Sections open at first',
    hint: 'Readers open and close the others. A section that is not shown stays closed.',
    options: sectionNames,
  },
  bar: {
    label: 'Help bar',
    options: {
      fixed: 'Pinned to the bottom of the window',
      sticky: 'Sticks to the bottom of the window while the guidance is on screen',
      inline: 'In the page, after the guidance',
    },
  },
  theme: {
    label: 'Colours',
    options: {
      auto: "Follow the reader's light or dark setting",
      light: 'Light',
      dark: 'Dark',
    },
  },
  quickExit: {
    label: 'Quick exit',
    hint: 'A "Leave this page" button, and Shift pressed three times, replace the page with a safe one at once.',
    options: { off: 'Off', on: `On: leaves for ${exitOn.join(' or ')}` },
    addresses: {
      option: 'Safe pages of your own',
      label: 'Safe pages',
      hint: 'Addresses starting with https://, one per line; the quick exit picks one at random.',
    },
  },
};

/** The words for `name`, or its attribute name and its own options where there are none. */
export const wordsFor = (name: SettingName, attribute: string): SettingWords =>
  settingWords[name] ?? { label: attribute };

/** An option's text: the words given for it, or the option's own word. */
export const optionText = (words: SettingWords, option: string): string =>
  words.options?.[option] ?? option;
