/**
 * The element's settings, declared once: for each, its property name (the attribute is the same
 * name in kebab case), the values it accepts and its default. Parsing, warnings, the element's
 * observed attributes and typed properties, and the documented values all come from here.
 *
 * `parseConfig` turns whatever a host gives (attribute strings, property values of any type)
 * into a valid configuration, and says what was wrong. Pure: no DOM, no console.
 */
import { sectionIds, type SectionId } from './content.js';

export const barModes = Object.freeze(['fixed', 'sticky', 'inline'] as const);
export const themes = Object.freeze(['auto', 'light', 'dark'] as const);

export type BarMode = (typeof barModes)[number];
export type Theme = (typeof themes)[number];
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
/** The safe pages the quick exit leaves for, one picked at random each time; empty when off. */
export type QuickExit = readonly string[];

export interface Config {
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
  /** The accepted values, as warnings and the docs state them. */
  readonly values: string;
  readonly default: T;
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

const keyword = <T extends string>(values: readonly T[]): Setting<T> => ({
  values: values.join(', '),
  default: values[0],
  defaultText: values[0],
  read: ([token, extra]) =>
    extra === undefined && values.includes(token as T) ? (token as T) : undefined,
});

const ids = `space-separated section ids (${sectionIds.join(' ')})`;

/**
 * A list of known ids, in the guidance's order, or a keyword; one unknown id makes the whole
 * value not valid. Its property is the list as text, or `empty` when no id is in it.
 */
const idList = (
  keyword: string,
  keywordValue: readonly SectionId[],
  fallback: readonly SectionId[],
  defaultText: string,
  empty: string,
): Setting<readonly SectionId[]> => ({
  values: `${ids}, or "${keyword}"`,
  default: fallback,
  defaultText,
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
 * "Exit this page" uses; ../shared/CONTACTS.md).
 */
export const exitOn: QuickExit = Object.freeze(['https://www.bbc.co.uk/weather']);
const exitOff: QuickExit = Object.freeze([]);

/**
 * `off`, `on`, or one or more `https:` addresses. Its property is `off`, `on`, or the addresses
 * as the URL parser writes them.
 */
const quickExit: Setting<QuickExit> = {
  values: 'off, on, or space-separated https: addresses',
  default: exitOff,
  // Where the default depends on the audience, this says so.
  defaultText: 'off',
  cased: true,
  read(tokens) {
    const word = tokens.join(' ').toLowerCase();
    if (word === 'on' || word === 'off') return word === 'on' ? exitOn : exitOff;
    try {
      const urls = tokens.map((token) => new URL(token));
      if (urls.every((url) => url.protocol === 'https:')) return urls.map((url) => url.href);
    } catch {
      // Not an address.
    }
  },
  property: (list) => (list === exitOn ? 'on' : list.join(' ') || 'off'),
};

/** Every setting, by property name. */
export const settings: { readonly [K in keyof Config]: Setting<Config[K]> } = {
  headingLevel: {
    values: '1 to 6',
    default: 2,
    defaultText: '2',
    read: ([level, extra]) =>
      !extra && /^[1-6]$/.test(level) ? (Number(level) as HeadingLevel) : undefined,
  },
  sections: idList('none', [], sectionIds, 'all sections', 'none'),
  // An empty `open` is valid: nothing open, as with no attribute.
  open: { ...idList('all', sectionIds, [], 'none open', ''), empty: true },
  bar: keyword(barModes),
  theme: keyword(themes),
  quickExit,
};

export type SettingName = keyof Config;

export const settingNames = Object.keys(settings) as SettingName[];

/** `headingLevel` → `heading-level`. */
export const attributeName = (name: string): string =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export const defaultConfig: Config = Object.freeze(
  Object.fromEntries(settingNames.map((name) => [name, settings[name].default])),
) as unknown as Config;

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
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * The attribute text for a value set as a property (`null`: remove the attribute), so that a
 * setting reads the same however it was made. Never throws.
 */
export const attributeValue = (value: unknown): string | null =>
  value == null ? null : (valueText(value) ?? stringOf(value));

/** A host's settings as its attributes give them (`null`: not set). */
export const attributesOf = (host: { getAttribute(name: string): string | null }): RawConfig =>
  Object.fromEntries(settingNames.map((name) => [name, host.getAttribute(attributeName(name))]));

/**
 * The value a setting's property returns: its value in use on `host`, as `settings` describes
 * it (read with the others, since a default can depend on them).
 */
export function propertyValue(
  name: SettingName,
  host: { getAttribute(name: string): string | null },
): unknown {
  const setting = settings[name] as Setting<unknown>;
  const value = parseConfig(attributesOf(host)).config[name];
  return setting.property ? setting.property(value) : value;
}

/**
 * The quick exit's default, given the settings read before it: off. With issue 10's `audience`,
 * on for young people: `(config) => (config.audience === 'young-people' ? exitOn : exitOff)`.
 */
export const quickExitDefault: (config: Partial<Config>) => QuickExit = () => exitOff;

/**
 * Reads one setting: its valid value, or its default and a warning naming the attribute and its
 * accepted values. `undefined` and `null` mean "not set": the default, silently.
 */
export function parseSetting<K extends SettingName>(
  name: K,
  value: unknown,
  fallback: Config[K] = settings[name].default,
): { value: Config[K]; warning?: string } {
  const setting = settings[name] as Setting<Config[K]>;
  if (value == null) return { value: fallback };
  const text = valueText(value) ?? '';
  const tokens = (setting.cased ? text : text.toLowerCase()).split(/\s+/).filter(Boolean);
  const result = tokens.length || setting.empty ? setting.read(tokens) : undefined;
  return result === undefined
    ? {
        value: fallback,
        warning: `<online-safety-help>: ${attributeName(name)}="${show(value)}" is not valid. Accepted values: ${setting.values}. Using ${setting.defaultText}.`,
      }
    : { value: result };
}

/**
 * Normalises a raw configuration: defaults, overridden by every valid value given. Anything
 * not valid (an unknown, empty or over-long value, a value of the wrong type, an unknown section
 * id) uses the default and adds one warning naming the attribute and its accepted values.
 */
export function parseConfig(raw: RawConfig): { config: Config; warnings: string[] } {
  const warnings: string[] = [];
  const config: Record<string, unknown> = {};
  for (const name of settingNames) {
    // `quickExit` is declared after the settings its default reads.
    const fallback = name === 'quickExit' ? quickExitDefault(config) : undefined;
    const { value, warning } = parseSetting(name, raw[name], fallback);
    config[name] = value;
    if (warning) warnings.push(warning);
  }
  return { config: config as unknown as Config, warnings };
}
