/**
 * Turns whatever a host gives (attribute strings, property values of any type) into a valid
 * configuration, and says what was wrong. Pure: no DOM, no console; the element prints the warnings.
 */
import { sectionIds, type SectionId } from './content.js';

export const barModes = Object.freeze(['fixed', 'sticky', 'inline'] as const);
export const themes = Object.freeze(['auto', 'light', 'dark'] as const);

export type BarMode = (typeof barModes)[number];
export type Theme = (typeof themes)[number];
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface Config {
  readonly headingLevel: HeadingLevel;
  readonly sections: readonly SectionId[];
  readonly open: readonly SectionId[];
  readonly bar: BarMode;
  readonly theme: Theme;
}

/** What a host may pass: attribute strings, or property values of any type. */
export type RawConfig = { readonly [K in keyof Config]?: unknown };

export const defaultConfig: Config = Object.freeze({
  headingLevel: 2,
  sections: sectionIds,
  open: Object.freeze([]),
  bar: 'fixed',
  theme: 'auto',
});

const ids = `space-separated section ids (${sectionIds.join(' ')})`;

/** Reads tokens as a value, or `undefined` when they are not valid. */
type Reader = (tokens: string[]) => unknown;

const one =
  (values: readonly string[]): Reader =>
  ([token, extra]) =>
    extra === undefined && values.includes(token) ? token : undefined;

/** Known ids, in the guidance's order; unknown ids make the whole value count as not valid. */
const list =
  (keyword: string, keywordValue: readonly SectionId[]): Reader =>
  (tokens) =>
    tokens.length === 1 && tokens[0] === keyword
      ? keywordValue
      : tokens.every((token) => (sectionIds as readonly string[]).includes(token))
        ? sectionIds.filter((id) => tokens.includes(id))
        : undefined;

/** For each setting: its attribute, how to read it, its accepted values and its default, for warnings. */
const settings: readonly [keyof Config, string, Reader, string, string][] = [
  [
    'headingLevel',
    'heading-level',
    ([level, extra]) => (!extra && /^[1-6]$/.test(level) ? Number(level) : undefined),
    '1 to 6',
    '2',
  ],
  ['sections', 'sections', list('none', []), `${ids}, or "none"`, 'all sections'],
  ['open', 'open', list('all', sectionIds), `${ids}, or "all"`, 'none open'],
  ['bar', 'bar', one(barModes), barModes.join(', '), 'fixed'],
  ['theme', 'theme', one(themes), themes.join(', '), 'auto'],
];

/** A short, printable form of any value, for warnings. Never throws. */
function show(value: unknown): string {
  let text = '';
  try {
    text = String(value);
  } catch {
    // A hostile object: say nothing of its content.
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Normalises a raw configuration: defaults, overridden by every valid value given.
 * `undefined` and `null` mean "not set" and use the default silently; anything else invalid
 * (an unknown, empty or over-long value, a value of the wrong type, an unknown section id)
 * uses the default and adds one warning naming the attribute and its accepted values.
 */
export function parseConfig(raw: RawConfig): { config: Config; warnings: string[] } {
  const warnings: string[] = [];
  const config: Record<string, unknown> = { ...defaultConfig };
  for (const [key, attribute, read, accepted, fallback] of settings) {
    const value = raw[key];
    if (value == null) continue;
    const text =
      typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : Array.isArray(value) && value.every((item) => typeof item === 'string')
          ? value.join(' ')
          : '';
    const tokens = text.toLowerCase().split(/\s+/).filter(Boolean);
    const result = tokens.length ? read(tokens) : undefined;
    if (result === undefined) {
      warnings.push(
        `<online-safety-help>: ${attribute}="${show(value)}" is not valid. Accepted values: ${accepted}. Using ${fallback}.`,
      );
    } else {
      config[key] = result;
    }
  }
  return { config: config as unknown as Config, warnings };
}
