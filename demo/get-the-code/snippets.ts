/**
 * The code builder's pure part: a web editor's choices in, the code out (the HTML for any page,
 * the WordPress shortcode and the React wrapper's JSX), each escaped for its own context; and the
 * checks of what the editor types (the host contact, the quick exit's safe pages). No DOM: the
 * builder page, the browser tests and the WordPress tests (from Node) all use this one module.
 */
import {
  parseConfig,
  settingAttributes,
  settingNames,
  settings,
  type Config,
  type RawConfig,
  type Region,
  type Setting,
  type SettingName,
} from '../../src/config.js';
import { safeHref } from '../../src/contacts.js';
import { fallbackLinks } from '../../src/fallback.js';
import { regionNames } from '../../src/regions.js';

/** Each setting's value as its attribute would state it, by property name; absent: not chosen. */
export type SettingTexts = Partial<Record<SettingName, string>>;

export interface HostContact {
  /** The link's text, on one line. */
  readonly label: string;
  /** An address that passed `checkAddress`. */
  readonly href: string;
}

export interface Choices {
  readonly settings: SettingTexts;
  /** The host's own link in the help bar; only a checked one (see `checkContact`). */
  readonly contact?: HostContact;
  /**
   * With `region="auto"` the country is chosen on the reader's device, so the links inside the
   * element, shown before the script runs, are those of this country. Default: `gb`.
   */
  readonly fallbackRegion?: Region;
}

/** The release the code loads: the package's version and its bundle's integrity hash. */
export interface Release {
  readonly version: string;
  readonly integrity: string;
}

export interface Snippets {
  /** The element's attributes that differ from their defaults, in the settings' order. */
  readonly attributes: readonly (readonly [attribute: string, value: string])[];
  /** The element alone, with its fallback links, as it appears in `html`. */
  readonly element: string;
  /** The script tag, pinned to the release with its integrity hash, and the element. */
  readonly html: string;
  /** The WordPress plugin's shortcode with the same settings. */
  readonly shortcode: string;
  /** A React component that renders the wrapper with the same settings and links. */
  readonly jsx: string;
}

/** The regions whose help the widget shows: every `region` setting but `auto`. */
export const regions = Object.keys(regionNames) as Region[];

/**
 * Limits of the WordPress plugin, which cuts a longer label and keeps only the first five safe
 * pages: the builder keeps to them, so that the three snippets give the same element.
 */
export const MAX_LABEL = 80;
export const MAX_SAFE_PAGES = 5;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const setting = (name: SettingName) => settings[name] as Setting<unknown>;

/** A value in use, as the setting's attribute would state it (as its property returns it). */
export function valueText(name: SettingName, value: unknown): string {
  const { property } = setting(name);
  return String(property ? property(value) : value);
}

/** The words a setting's value is made of, as declared. */
export const optionsOf = (name: SettingName): readonly string[] => setting(name).options;

/** The keyword a list setting takes beside its ids ("none", "all"), from its declared values. */
export function listKeyword(name: SettingName): string | undefined {
  const { list, values } = setting(name);
  return list ? /"([^"]+)"$/.exec(values)?.[1] : undefined;
}

/** The text of a list setting for the options chosen: the ids, or its keyword where it says so. */
export function listText(name: SettingName, chosen: readonly string[]): string {
  const { read, options, empty } = setting(name);
  const keyword = listKeyword(name);
  const ids = options.filter((option) => chosen.includes(option));
  const value = read(ids);
  if (keyword && ((!ids.length && !empty) || (ids.length > 1 && same(read([keyword]), value)))) {
    return keyword;
  }
  return ids.join(' ');
}

const raw = (texts: SettingTexts): RawConfig =>
  Object.fromEntries(Object.entries(texts).filter(([, text]) => text !== undefined));

/** The configuration the element would use with these attributes. */
export const configOf = (texts: SettingTexts): Config => parseConfig(raw(texts)).config;

/** Each setting's default given the other choices: several depend on the audience. */
export function defaultTexts(texts: SettingTexts): Record<SettingName, string> {
  return Object.fromEntries(
    settingNames.map((name) => {
      const config = configOf({ ...texts, [name]: undefined });
      return [name, valueText(name, config[name])];
    }),
  ) as Record<SettingName, string>;
}

/**
 * The attributes that change what the element does: a value is left out when the element would
 * use the same without it, and so is a value that is not valid.
 */
export function elementAttributes(texts: SettingTexts): [SettingName, string][] {
  const { config, warnings } = parseConfig(raw(texts));
  if (warnings.length) throw new RangeError(warnings.join('\n'));
  return settingNames.flatMap((name): [SettingName, string][] => {
    const text = texts[name];
    if (text === undefined) return [];
    const without = configOf({ ...texts, [name]: undefined });
    return same(config[name], without[name]) ? [] : [[name, text]];
  });
}

/* ---------------------------------------------------------------------------------------------
 * What the editor types.
 */

export type Checked<T> =
  | { readonly value: T; readonly problem?: undefined }
  | { readonly value?: undefined; readonly problem: string };

const SCHEMES = 'https:, tel:, mailto: or sms:';
/** Characters no address in the code may hold: they would end or break out of its attribute. */
const UNSAFE = /[\s"'<>`\\]/;

/**
 * An `https:` address of a page (`https://` and a host name), as the URL parser writes it;
 * undefined for anything else. The WordPress plugin accepts the same.
 */
function pageAddress(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const href = url.href;
  return url.protocol === 'https:' &&
    /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#]|$)/i.test(href) &&
    !UNSAFE.test(href)
    ? href
    : undefined;
}

/**
 * A contact's address: `https:` with a host, `tel:` or `sms:` with a number (the spaces people
 * type between digits removed), or `mailto:` with an email address. Anything else, and above all
 * `javascript:`, `data:`, `http:` or a relative address, gets a message saying what to give.
 */
export function checkAddress(text: string): Checked<string> {
  const given = text.trim();
  if (!given) {
    return { problem: `Give the address the link opens. It starts with ${SCHEMES}` };
  }
  if (!safeHref(given)) {
    return {
      problem: `An address must start with ${SCHEMES} (for example https://school.example/contact or mailto:safeguarding@school.example).`,
    };
  }
  const scheme = given.slice(0, given.indexOf(':')).toLowerCase();
  if (scheme === 'https') {
    const href = pageAddress(given);
    return href
      ? { value: href }
      : {
          problem:
            'A web address is https:// and the site, for example https://school.example/contact.',
        };
  }
  if (scheme === 'tel' || scheme === 'sms') {
    const href = `${scheme}:${given.slice(scheme.length + 1).replace(/\s+/g, '')}`;
    const number = /^(tel|sms):\+?[0-9][0-9().-]{1,31}(\?body=[^\s"'<>`\\]*)?$/;
    return number.test(href) && (scheme === 'sms' || !href.includes('?'))
      ? { value: href }
      : {
          problem: `A phone address is ${scheme}: and the number, for example ${scheme}:01632 960123.`,
        };
  }
  const mail = /^mailto:[^\s@"'<>`\\]+@[^\s@"'<>`\\]+(\?[^\s"'<>`\\]*)?$/i;
  return mail.test(given)
    ? { value: `mailto:${given.slice(7)}` }
    : {
        problem:
          'An email address is mailto: and the address, for example mailto:safeguarding@school.example.',
      };
}

/** A label as it is shown: on one line, its spaces collapsed. */
export const labelText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The host contact: both a label and a good address, or neither. Each field that is wrong gets
 * its message; the contact is there only when neither has one.
 */
export function checkContact(
  label: string,
  address: string,
): { contact?: HostContact; label?: string; address?: string } {
  const text = labelText(label);
  if (!text && !address.trim()) return {};
  const href = checkAddress(address);
  const problems = {
    label: !text
      ? 'Give the text of the link, for example "Email our safeguarding lead".'
      : text.length > MAX_LABEL
        ? `Keep the text to ${MAX_LABEL} characters or fewer; it has ${text.length}.`
        : undefined,
    address: href.problem,
  };
  return problems.label || problems.address
    ? problems
    : { contact: { label: text, href: href.value! } };
}

/** The quick exit's safe pages, typed one per line (or with spaces): up to five https: pages. */
export function checkSafePages(text: string): Checked<string[]> {
  const given = text.split(/\s+/).filter(Boolean);
  if (!given.length) {
    return { problem: 'Give at least one safe page, starting with https://, or choose On.' };
  }
  const bad = given.find((page) => !pageAddress(page));
  if (bad) {
    const shown = bad.length > 60 ? `${bad.slice(0, 60)}…` : bad;
    return {
      problem: `"${shown}" is not an https: address. Each safe page starts with https://, for example https://www.bbc.co.uk/weather.`,
    };
  }
  const pages = [...new Set(given.map((page) => pageAddress(page)!))];
  return pages.length > MAX_SAFE_PAGES
    ? { problem: `Give at most ${MAX_SAFE_PAGES} safe pages; there are ${pages.length}.` }
    : { value: pages };
}

/* ---------------------------------------------------------------------------------------------
 * The code.
 */

/** One child of the element: a link (or, without an address, a line of text). */
interface Child {
  readonly text: string;
  readonly href?: string;
  readonly slot?: 'exit' | 'contact';
  readonly rel?: string;
}

/** The element's children: the exit's fallback link, the contacts' links, the host's link. */
function children({ settings: texts, contact, fallbackRegion = 'gb' }: Choices): Child[] {
  const config = configOf(texts);
  const region = config.region === 'auto' ? fallbackRegion : config.region;
  const exit: Child[] = config.quickExit.length
    ? [{ slot: 'exit', href: config.quickExit[0], rel: 'noreferrer', text: 'Leave this page' }]
    : [];
  const links: Child[] = fallbackLinks(region, config.audience).map(({ text, href }) => ({
    text,
    href: href || undefined,
  }));
  const host: Child[] = contact
    ? [{ slot: 'contact', href: contact.href, text: contact.label }]
    : [];
  return [...exit, ...links, ...host];
}

const LINE = 100;

/** HTML: text and double-quoted attribute values. */
const htmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** An opening tag on one line, or one attribute a line where that is too long. */
function openTag(name: string, attributes: string[], indent = ''): string {
  const line = `${indent}<${[name, ...attributes].join(' ')}>`;
  return line.length <= LINE || !attributes.length
    ? line
    : `${indent}<${name}\n${attributes.map((a) => `${indent}  ${a}`).join('\n')}\n${indent}>`;
}

function childAttributes(child: Child, write: (name: string, value: string) => string) {
  return [
    ...(child.slot ? [write('slot', child.slot)] : []),
    ...(child.href ? [write('href', child.href)] : []),
    ...(child.rel ? [write('rel', child.rel)] : []),
  ];
}

function elementHtml(attributes: [SettingName, string][], kids: Child[]): string {
  const attrs = attributes.map(
    ([name, value]) => `${settingAttributes[name]}="${htmlAttribute(value)}"`,
  );
  const lines = kids.map((child) => {
    const tag = child.href ? 'a' : 'p';
    const attrs = childAttributes(child, (name, value) => `${name}="${htmlAttribute(value)}"`);
    return `  <${[tag, ...attrs].join(' ')}>${htmlText(child.text)}</${tag}>`;
  });
  return [openTag('online-safety-help', attrs), ...lines, '</online-safety-help>'].join('\n');
}

/** The bundle's address on the CDN, pinned to the release. */
export const cdnAddress = (version: string) =>
  `https://cdn.jsdelivr.net/npm/online-safety-help@${version}/dist/online-safety-help.js`;

function scriptTag({ version, integrity }: Release): string {
  return [
    '<script',
    '  type="module"',
    `  src="${htmlAttribute(cdnAddress(version))}"`,
    `  integrity="${htmlAttribute(integrity)}"`,
    '  crossorigin="anonymous"',
    '></script>',
  ].join('\n');
}

/**
 * A shortcode attribute value, in double quotes. WordPress reads it with `stripcslashes` (so a
 * backslash is doubled), gives up a value holding `<` without a closing `>`, ends the shortcode
 * at `]`, and prints the value with `esc_html`, which leaves entities as they are: so the
 * characters it would misread are written as entities, and it shows them as themselves.
 */
const shortcodeValue = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[/g, '&#91;')
    .replace(/]/g, '&#93;');

/**
 * The shortcode: the same attributes, written with underscores as the plugin's docs write them;
 * with `region="auto"`, the plugin's `fallback_region` (its links in the page's HTML) where it is
 * not the UK, the plugin's default; then the contact.
 */
function shortcode(
  attributes: [SettingName, string][],
  { contact, fallbackRegion = 'gb', settings: texts }: Choices,
): string {
  const auto = configOf(texts).region === 'auto' && fallbackRegion !== 'gb';
  const attrs = [
    ...attributes.map(([name, value]) => [settingAttributes[name].replace(/-/g, '_'), value]),
    ...(auto ? [['fallback_region', fallbackRegion]] : []),
    ...(contact
      ? [
          ['contact_label', contact.label],
          ['contact_href', contact.href],
        ]
      : []),
  ].map(([name, value]) => `${name}="${shortcodeValue(value)}"`);
  return `[${['online_safety_help', ...attrs].join(' ')}]`;
}

/** A JSX prop: a number as a number, a plain string as a string, anything else as a JS string. */
function jsxProp(name: string, value: string | number): string {
  if (typeof value === 'number') return `${name}={${value}}`;
  return /^[\w .,:/@?=#+%~-]*$/.test(value)
    ? `${name}="${value}"`
    : `${name}={${JSON.stringify(value)}}`;
}

/** JSX text, or a JS string where the text holds what JSX would read as code or an entity. */
const jsxText = (text: string) =>
  /^[^{}<>&]*$/.test(text) && text.trim() === text ? text : `{${JSON.stringify(text)}}`;

function jsx(attributes: [SettingName, string][], kids: Child[]): string {
  const config = configOf(Object.fromEntries(attributes));
  const props = attributes.map(([name, value]) =>
    jsxProp(name, typeof config[name] === 'number' ? (config[name] as number) : value),
  );
  const indent = '      ';
  const lines = kids.map((child) => {
    const tag = child.href ? 'a' : 'p';
    const attrs = childAttributes(child, jsxProp);
    const line = `${indent}<${[tag, ...attrs].join(' ')}>${jsxText(child.text)}</${tag}>`;
    return line.length <= LINE
      ? line
      : `${openTag(tag, attrs, indent)}\n${indent}  ${jsxText(child.text)}\n${indent}</${tag}>`;
  });
  return [
    "import { OnlineSafetyHelp } from 'online-safety-help/react.js';",
    '',
    'export function OnlineSafety() {',
    '  return (',
    openTag('OnlineSafetyHelp', props, '    '),
    ...lines,
    '    </OnlineSafetyHelp>',
    '  );',
    '}',
  ].join('\n');
}

/** The three snippets for the choices made. */
export function snippets(choices: Choices, release: Release): Snippets {
  const attributes = elementAttributes(choices.settings);
  const kids = children(choices);
  const element = elementHtml(attributes, kids);
  return {
    attributes: attributes.map(([name, value]) => [settingAttributes[name], value]),
    element,
    html: `${scriptTag(release)}\n\n${element}`,
    shortcode: shortcode(attributes, choices),
    jsx: jsx(attributes, kids),
  };
}
