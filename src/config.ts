/**
 * The element's settings, declared once: for each, its property name (the attribute is the same
 * name in kebab case), the values it accepts and its default. Parsing, warnings, the element's
 * observed attributes and typed properties, and the documented values all come from here.
 *
 * `parseConfig` turns whatever a host gives (attribute strings, property values of any type)
 * into a valid configuration, and says what was wrong. Pure: no DOM, no console.
 */
import { audienceSections, sectionIds, type SectionId } from './content.js';
import type { Audience } from './contacts.js';

export const audiences = ['parents', 'young-people'] as const;
export const barModes = ['fixed', 'sticky', 'inline'] as const;
export const themes = ['auto', 'light', 'dark'] as const;
/**
 * Where the reader is, for the help that reaches them: the United Kingdom (the default; `uk` is
 * read as `gb`), Ireland, the United States, Canada, Australia, New Zealand, anywhere else, or
 * `auto`, chosen on the device from the reader's time zone.
 */
export const regionSettings = ['gb', 'ie', 'us', 'ca', 'au', 'nz', 'other', 'auto'] as const;

export type { Audience };
export type BarMode = (typeof barModes)[number];
export type Theme = (typeof themes)[number];
export type RegionSetting = (typeof regionSettings)[number];
/** A region whose help the widget shows: every setting but `auto`. */
export type Region = Exclude<RegionSetting, 'auto'>;
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
/** The safe pages the quick exit leaves for, one picked at random each time; empty when off. */
export type QuickExit = readonly string[];

export interface Config {
  readonly audience: Audience;
  readonly region: RegionSetting;
  readonly headingLevel: HeadingLevel;
  readonly sections: readonly SectionId[];
  readonly open: readonly SectionId[];
  readonly bar: BarMode;
  readonly theme: Theme;
  readonly quickExit: QuickExit;
}

/** What a host may pass: attribute strings, or property values of any type. */
export type RawConfig = { readonly [K in keyof Config]?: unknown };

export interface Setting<T> {
  /**
   * The words a value is made of, as a tool that writes the attribute (the code builder) offers
   * them: one of them; or, for a `list`, any of them, space-separated; or, with `addresses`, one
   * of them or `https:` addresses.
   */
  readonly options: readonly string[];
  /** A value is a space-separated list of `options` (or a keyword of its own, in `values`). */
  readonly list?: boolean;
  /** A value is one of `options`, or space-separated `https:` addresses. */
  readonly addresses?: boolean;
  /** The accepted values, as warnings and the docs state them. */
  readonly values: string;
  /** The default; a function of the settings read before it where it depends on them. */
  readonly default: T | ((config: Partial<Config>) => T);
  /** The default, as warnings and the docs state it. */
  readonly defaultText: string;
  /** Reads a value's lower-case tokens; `undefined` when they are not valid. */
  readonly read: (tokens: string[]) => T | undefined;
  /** An empty value is valid, and read like any other. */
  readonly empty?: boolean;
  /** The value as its property returns it, where that is not the value itself. */
  readonly property?: (value: T) => unknown;
  /** Tokens are read as written, not in lower case (addresses). */
  readonly cased?: boolean;
}

/** One of `values`, the first being the default; `aliases` are read as the value they name. */
const keyword = <T extends string>(
  values: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): Setting<T> => ({
  options: values,
  values: values.join(', '),
  default: values[0],
  defaultText: values[0],
  read: ([token, extra]) =>
    extra !== undefined
      ? undefined
      : values.includes(token as T)
        ? (token as T)
        : Object.hasOwn(aliases, token)
          ? aliases[token]
          : undefined,
});

const ids = `space-separated section ids (${sectionIds.join(' ')})`;

/**
 * A list of known ids, in the guidance's order, or a keyword; one unknown id makes the whole
 * value not valid. Its property is the list as text, or `empty` when no id is in it.
 */
const idList = (
  keyword: string,
  keywordValue: readonly SectionId[],
  empty: string,
): Omit<Setting<readonly SectionId[]>, 'default' | 'defaultText'> => ({
  options: sectionIds,
  list: true,
  values: `${ids}, or "${keyword}"`,
  read: (tokens) =>
    tokens.length === 1 && tokens[0] === keyword
      ? keywordValue
      : tokens.every((token) => (sectionIds as readonly string[]).includes(token))
        ? sectionIds.filter((id) => tokens.includes(id))
        : undefined,
  property: (list) => list.join(' ') || empty,
});

/**
 * The quick exit's safe page for `on`: a page that shows nothing personal (BBC Weather, as GOV.UK's
 * "Exit this page" uses).
 */
export const exitOn: QuickExit = ['https://www.bbc.co.uk/weather'];
const exitOff: QuickExit = [];

/**
 * `off`, `on`, or one or more `https:` addresses; on by default for young people. Its property is
 * `off`, `on`, or the addresses as the URL parser writes them.
 */
const quickExit: Setting<QuickExit> = {
  options: ['off', 'on'],
  addresses: true,
  values: 'off, on, or space-separated https: addresses',
  default: ({ audience }) => (audience === 'young-people' ? exitOn : exitOff),
  defaultText: 'on for young people, off for parents',
  cased: true,
  read(tokens) {
    const word = tokens.join(' ').toLowerCase();
    if (word === 'on') return exitOn;
    if (word === 'off') return exitOff;
    try {
      const urls = tokens.map((token) => new URL(token));
      if (urls.every((url) => url.protocol === 'https:')) return urls.map((url) => url.href);
    } catch {
      // Not an address.
    }
  },
  property: (list) => (list === exitOn ? 'on' : list.join(' ') || 'off'),
};

/** Every setting, by property name, in the order they are read. */
export const settings: { readonly [K in keyof Config]: Setting<Config[K]> } = {
  audience: keyword(audiences),
  region: keyword(regionSettings, { uk: 'gb' }),
  headingLevel: {
    options: ['1', '2', '3', '4', '5', '6'],
    values: '1 to 6',
    default: 2,
    defaultText: '2',
    read: ([level, extra]) =>
      !extra && /^[1-6]$/.test(level) ? (Number(level) as HeadingLevel) : undefined,
  },
  sections: {
    ...idList('none', [], 'none'),
    default: ({ audience }) => audienceSections[audience!],
    defaultText: "the audience's sections",
  },
  // An empty `open` is valid: nothing open, as with no attribute.
  open: { ...idList('all', sectionIds, ''), default: [], defaultText: 'none open', empty: true },
  bar: keyword(barModes),
  theme: keyword(themes),
  quickExit,
};

export type SettingName = keyof Config;

export const settingNames = Object.keys(settings) as SettingName[];

/** `headingLevel` → `heading-level`. */
export const attributeName = (name: string): string =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Each setting's attribute, by property name. */
export const settingAttributes = Object.fromEntries(
  settingNames.map((name) => [name, attributeName(name)]),
) as Record<SettingName, string>;

/**
 * The text of any value a host may give, or `undefined` for a value of no usable type.
 * Arrays of strings are read as space-separated lists. Never throws.
 */
export function valueText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? value.join(' ')
      : undefined;
}

/** `String(value)`, or nothing for a value that cannot be turned into text. Never throws. */
function stringOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    // A hostile object: say nothing of its content.
    return '';
  }
}

/** A short, printable form of any value, for warnings. */
function show(value: unknown): string {
  const text = stringOf(value);
  return text.slice(0, 60);
}

/**
 * The attribute text for a value set as a property (`null`: remove the attribute), so that a
 * setting reads the same however it was made. Never throws.
 */
export const attributeValue = (value: unknown): string | null =>
  value == null ? null : (valueText(value) ?? stringOf(value));

/**
 * Normalises a raw configuration: defaults, overridden by every valid value given.
 * `undefined` and `null` mean "not set" and use the default silently; anything else not valid
 * (an unknown, empty or over-long value, a value of the wrong type, an unknown section id)
 * uses the default and adds one warning naming the attribute and its accepted values.
 */
export function parseConfig(raw: RawConfig): { config: Config; warnings: string[] } {
  const warnings: string[] = [];
  const config: Record<string, unknown> = {};
  for (const name of settingNames) {
    const setting = settings[name] as Setting<unknown>;
    const value = raw[name];
    const text = valueText(value);
    const tokens = (setting.cased ? text : text?.toLowerCase())?.match(/\S+/g) ?? [];
    // A value of no usable type is never valid, not even where an empty value is.
    let result =
      text !== undefined && (tokens.length || setting.empty) ? setting.read(tokens) : undefined;
    if (result === undefined) {
      if (value != null) {
        warnings.push(
          `<online-safety-help>: ${attributeName(name)}="${show(value)}" is not valid. Accepted values: ${setting.values}. Using ${setting.defaultText}.`,
        );
      }
      result = typeof setting.default === 'function' ? setting.default(config) : setting.default;
    }
    config[name] = result;
  }
  return { config: config as unknown as Config, warnings };
}

export const defaultConfig: Config = /* @__PURE__ */ parseConfig({}).config;

/** The settings as an element's attributes give them (`null`: not set). */
export const rawConfig = (attribute: (name: string) => string | null): RawConfig =>
  Object.fromEntries(settingNames.map((name) => [name, attribute(settingAttributes[name])]));

/** A setting's value as its property returns it, from the element's attributes. */
export function propertyValue(name: SettingName, attribute: (name: string) => string | null) {
  const setting = settings[name] as Setting<unknown>;
  const value = parseConfig(rawConfig(attribute)).config[name];
  return setting.property ? setting.property(value) : value;
}
