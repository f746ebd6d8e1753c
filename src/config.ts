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

const accepted = {
  headingLevel: ['heading-level', '1 to 6', '2'],
  sections: [
    'sections',
    `space-separated section ids (${sectionIds.join(', ')}) or "none"`,
    'all sections',
  ],
  open: ['open', `space-separated section ids (${sectionIds.join(', ')}) or "all"`, 'none open'],
  bar: ['bar', barModes.join(', '), defaultConfig.bar],
  theme: ['theme', themes.join(', '), defaultConfig.theme],
} as const satisfies Record<keyof Config, readonly [string, string, string]>;

/** A short, printable form of any value, for warnings. Never throws. */
function show(value: unknown): string {
  let text = '';
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // A circular or hostile object: say nothing of its content.
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function warning(key: keyof Config, value: unknown, detail = ''): string {
  const [attribute, values, fallback] = accepted[key];
  return `<online-safety-help>: ${attribute}="${show(value)}" is not valid${detail}. Accepted values: ${values}. Using ${fallback}.`;
}

/** Splits a space-separated string (or takes an array of strings) into lower-case tokens. */
function tokens(value: unknown): string[] | undefined {
  const list =
    typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value : undefined;
  if (!list?.every((token) => typeof token === 'string')) return undefined;
  return (list as string[]).map((token) => token.trim().toLowerCase()).filter(Boolean);
}

function parseIds(
  key: 'sections' | 'open',
  value: unknown,
  keyword: string,
  warnings: string[],
): readonly SectionId[] | undefined {
  const list = tokens(value);
  if (!list?.length) {
    warnings.push(warning(key, value));
    return undefined;
  }
  if (list.length === 1 && list[0] === keyword) return keyword === 'all' ? sectionIds : [];
  const unknown = list.filter((token) => !(sectionIds as readonly string[]).includes(token));
  const known = sectionIds.filter((id) => list.includes(id));
  if (unknown.length) {
    warnings.push(warning(key, value, known.length ? `: ignoring ${show(unknown.join(' '))}` : ''));
  }
  return known.length ? known : undefined;
}

function parseEnum<T extends string>(
  key: 'bar' | 'theme',
  value: unknown,
  values: readonly T[],
  warnings: string[],
): T | undefined {
  const token = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (values.includes(token as T)) return token as T;
  warnings.push(warning(key, value));
  return undefined;
}

/**
 * Normalises a raw configuration: defaults, overridden by every valid value given.
 * `undefined` and `null` mean "not set" and use the default silently; anything else invalid
 * uses the default and adds one warning naming the attribute and its accepted values.
 */
export function parseConfig(raw: RawConfig): { config: Config; warnings: string[] } {
  const warnings: string[] = [];
  const set = (value: unknown) => value !== undefined && value !== null;
  const config = { ...defaultConfig } as { -readonly [K in keyof Config]: Config[K] };

  if (set(raw.headingLevel)) {
    const text = typeof raw.headingLevel === 'number' ? String(raw.headingLevel) : raw.headingLevel;
    if (typeof text === 'string' && /^\s*[1-6]\s*$/.test(text)) {
      config.headingLevel = Number(text) as HeadingLevel;
    } else {
      warnings.push(warning('headingLevel', raw.headingLevel));
    }
  }
  if (set(raw.sections)) {
    config.sections = parseIds('sections', raw.sections, 'none', warnings) ?? config.sections;
  }
  if (set(raw.open)) config.open = parseIds('open', raw.open, 'all', warnings) ?? config.open;
  if (set(raw.bar)) config.bar = parseEnum('bar', raw.bar, barModes, warnings) ?? config.bar;
  if (set(raw.theme))
    config.theme = parseEnum('theme', raw.theme, themes, warnings) ?? config.theme;

  return { config, warnings };
}
