/**
 * The code builder page (demo/get-the-code.html): a control for every setting declared in
 * src/config.ts, the host's contact, a live preview of the element the code produces, and the
 * code with copy buttons. Bundled by scripts/get-the-code.mjs into build/get-the-code.js, with
 * the release's version and integrity hash.
 */
import {
  settingAttributes,
  settingNames,
  settings,
  type Setting,
  type SettingName,
} from '../../src/config.js';
import { regionNames } from '../../src/regions.js';
import {
  checkContact,
  configOf,
  checkSafePages,
  defaultTexts,
  listKeyword,
  listText,
  regions,
  snippets,
  type Choices,
  type Release,
  type SettingTexts,
  type Snippets,
} from './snippets.js';
import { optionText, wordsFor } from './words.js';

declare const RELEASE: Release;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** Makes an element, with attributes (`true`: present) and children. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/* ---------------------------------------------------------------------------------------------
 * Fields: a message beside a field that is wrong, tied to it with aria-describedby and
 * aria-invalid. A message shows once the person has left the field (or its group), and from then
 * on follows what they type.
 */
interface Field {
  readonly control: HTMLInputElement | HTMLTextAreaElement;
  readonly message: HTMLElement;
  shown: boolean;
}

function showProblem(field: Field, problem: string | undefined) {
  const visible = field.shown && !!problem;
  field.message.textContent = visible ? problem! : '';
  field.message.hidden = !visible;
  if (visible) field.control.setAttribute('aria-invalid', 'true');
  else field.control.removeAttribute('aria-invalid');
}

function field(control: Field['control'], message: HTMLElement): Field {
  const found: Field = { control, message, shown: false };
  control.addEventListener('change', () => {
    found.shown = true;
  });
  return found;
}

/* ---------------------------------------------------------------------------------------------
 * A control for every setting, made from its declaration: one of its options (radio buttons, or
 * a list box when there are many), any of them (check boxes, for a list), or, for a setting that
 * also takes addresses, radio buttons with a box for the addresses.
 */
interface Control {
  readonly name: SettingName;
  /** Shows a value (a text as the attribute states it). */
  set(text: string): void;
  /** The value shown: its text, or a problem when what was typed is not valid. */
  get(): { text: string; problem?: undefined } | { text?: undefined; problem: string };
  /** Marks the option that is the default, given the other choices. */
  markDefault(text: string): void;
  /** The field whose message says what is wrong, if the control has one. */
  readonly field?: Field;
}

const defaultMark = () => make('span', { class: 'default' }, ' (default)');

function hintOf(id: string, text?: string) {
  return text ? make('p', { class: 'hint', id: `${id}-hint` }, text) : undefined;
}

/** A setting's group of choices: a fieldset named by its legend, described by its hint. */
function settingGroup(name: SettingName, id: string, words: ReturnType<typeof wordsFor>) {
  const hint = hintOf(id, words.hint);
  const group = make(
    'fieldset',
    { class: 'setting', id, 'data-setting': name, 'aria-describedby': hint?.id },
    make('legend', {}, words.label),
  );
  if (hint) group.append(hint);
  return group;
}

function radios(
  name: SettingName,
  id: string,
  options: readonly string[],
  words: ReturnType<typeof wordsFor>,
  extra?: { option: string; label: string },
) {
  const group = settingGroup(name, id, words);
  const inputs = [...options, ...(extra ? [extra.option] : [])].map((option) => {
    const input = make('input', {
      type: 'radio',
      name: id,
      id: `${id}-${option || 'own'}`,
      value: option,
    });
    const label = make(
      'label',
      { for: input.id },
      extra && option === extra.option ? extra.label : optionText(words, option),
    );
    group.append(make('div', { class: 'choice' }, input, label));
    return { option, input, label };
  });
  const markDefault = (text: string) =>
    inputs.forEach(({ option, label }) => {
      label.querySelector('.default')?.remove();
      if (option === text) label.append(defaultMark());
    });
  return { group, inputs, markDefault };
}

function keywordControl(name: SettingName, setting: Setting<unknown>): [HTMLElement, Control] {
  const id = `setting-${settingAttributes[name]}`;
  const words = wordsFor(name, settingAttributes[name]);
  if (setting.options.length > 4) {
    const hint = hintOf(id, words.hint);
    const select = make('select', { id, 'aria-describedby': hint?.id });
    const options = setting.options.map((option) =>
      make('option', { value: option }, optionText(words, option)),
    );
    select.append(...options);
    const box = make(
      'div',
      { class: 'setting field', 'data-setting': name },
      make('label', { for: id }, words.label),
      ...(hint ? [hint] : []),
      select,
    );
    return [
      box,
      {
        name,
        set: (text) => (select.value = text),
        get: () => ({ text: select.value }),
        markDefault: (text) =>
          options.forEach((option) => {
            const base = optionText(words, option.value);
            option.textContent = option.value === text ? `${base} (default)` : base;
          }),
      },
    ];
  }
  const { group, inputs, markDefault } = radios(name, id, setting.options, words);
  return [
    group,
    {
      name,
      set: (text) => inputs.forEach(({ option, input }) => (input.checked = option === text)),
      get: () => ({ text: inputs.find(({ input }) => input.checked)?.option ?? '' }),
      markDefault,
    },
  ];
}

function listControl(name: SettingName, setting: Setting<unknown>): [HTMLElement, Control] {
  const id = `setting-${settingAttributes[name]}`;
  const words = wordsFor(name, settingAttributes[name]);
  const group = settingGroup(name, id, words);
  const boxes = setting.options.map((option) => {
    const input = make('input', { type: 'checkbox', id: `${id}-${option}`, value: option });
    group.append(
      make(
        'div',
        { class: 'choice' },
        input,
        make('label', { for: input.id }, optionText(words, option)),
      ),
    );
    return input;
  });
  const keyword = listKeyword(name);
  return [
    group,
    {
      name,
      set(text) {
        const tokens = text.split(/\s+/).filter(Boolean);
        const ids = tokens.length === 1 && tokens[0] === keyword ? setting.read(tokens) : tokens;
        boxes.forEach((box) => (box.checked = (ids as string[]).includes(box.value)));
      },
      get: () => ({
        text: listText(
          name,
          boxes.filter((box) => box.checked).map((box) => box.value),
        ),
      }),
      markDefault: () => {},
    },
  ];
}

function addressesControl(name: SettingName, setting: Setting<unknown>): [HTMLElement, Control] {
  const id = `setting-${settingAttributes[name]}`;
  const words = wordsFor(name, settingAttributes[name]);
  const own = words.addresses ?? {
    option: 'addresses',
    label: 'https: addresses',
    hint: 'One per line.',
  };
  const extra = { option: '', label: own.option };
  const { group, inputs, markDefault } = radios(name, id, setting.options, words, extra);
  const boxId = `${id}-addresses`;
  const textarea = make('textarea', {
    id: boxId,
    rows: '3',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': `${boxId}-hint ${boxId}-message`,
  });
  const message = make('p', { class: 'message', id: `${boxId}-message`, hidden: true });
  const box = make(
    'div',
    { class: 'field addresses', hidden: true },
    make('label', { for: boxId }, own.label),
    make('p', { class: 'hint', id: `${boxId}-hint` }, own.hint),
    textarea,
    message,
  );
  group.append(box);
  const ownInput = inputs.find(({ option }) => option === '')!.input;
  const showBox = () => (box.hidden = !ownInput.checked);
  inputs.forEach(({ input }) => input.addEventListener('change', showBox));
  const control: Control = {
    name,
    set(text) {
      const option = setting.options.includes(text) ? text : '';
      inputs.forEach((entry) => (entry.input.checked = entry.option === option));
      if (!option) textarea.value = text.split(/\s+/).join('\n');
      showBox();
    },
    get() {
      const chosen = inputs.find(({ input }) => input.checked)?.option;
      if (chosen) return { text: chosen };
      const pages = checkSafePages(textarea.value);
      return pages.value ? { text: pages.value.join(' ') } : { problem: pages.problem };
    },
    markDefault,
    field: field(textarea, message),
  };
  return [group, control];
}

function controlFor(name: SettingName): [HTMLElement, Control] {
  const setting = settings[name] as Setting<unknown>;
  if (setting.addresses) return addressesControl(name, setting);
  if (setting.list) return listControl(name, setting);
  return keywordControl(name, setting);
}

/* ---------------------------------------------------------------------------------------------
 * The page.
 */
const form = $<HTMLFormElement>('choices');
const controls = settingNames.map((name) => {
  const [element, control] = controlFor(name);
  $('settings').append(element);
  return control;
});

// With region="auto" the country is worked out on the reader's device; the links inside the
// element, for readers whose browser has not run the script, are those of one country.
const fallbackRegion = make(
  'select',
  { id: 'fallback-region', 'aria-describedby': 'fallback-region-hint' },
  ...regions.map((region) => make('option', { value: region }, regionNames[region])),
);
const fallbackBox = make(
  'div',
  { class: 'field', id: 'fallback-region-field', hidden: true },
  make('label', { for: 'fallback-region' }, 'Links shown before the script runs'),
  make(
    'p',
    { class: 'hint', id: 'fallback-region-hint' },
    "The reader's device works out their country once the widget's script has run. Until then, and where scripts do not run, the page shows the links of this country.",
  ),
  fallbackRegion,
);
document.querySelector('[data-setting="region"]')?.after(fallbackBox);

const contactFields = {
  label: field($<HTMLInputElement>('contact-label'), $('contact-label-message')),
  address: field($<HTMLInputElement>('contact-address'), $('contact-address-message')),
};

/** Settings the person has chosen; the others show their default, which may change. */
const chosen = new Set<SettingName>();

/** Reads the form: the settings, the contact, and what is wrong with them. */
function read() {
  const texts: SettingTexts = {};
  const problems: Partial<Record<SettingName, string>> = {};
  for (const control of controls) {
    if (!chosen.has(control.name)) continue;
    const value = control.get();
    if (value.problem !== undefined) problems[control.name] = value.problem;
    else texts[control.name] = value.text;
  }
  const contact = checkContact(
    contactFields.label.control.value,
    contactFields.address.control.value,
  );
  return { texts, problems, contact };
}

const codes = {
  html: $('code-html'),
  shortcode: $('code-shortcode'),
  jsx: $('code-jsx'),
};

const frame = $<HTMLIFrameElement>('preview');
let shownElement: string | undefined;

/** The preview page's element holder, once it has loaded; null after its quick exit left it. */
function previewHolder(): HTMLElement | null {
  try {
    return frame.contentDocument?.getElementById('preview') ?? null;
  } catch {
    // The frame holds another site's page: the safe page the quick exit left for.
    return null;
  }
}

/**
 * Puts the element the code produces into the preview's page, as the code would, below headings
 * of the levels above the widget's, as on a page whose outline it fits into.
 */
function preview(element: string, headingLevel: number) {
  const holder = previewHolder();
  if (!holder || shownElement === element) return;
  const doc = holder.ownerDocument;
  doc
    .getElementById('outline')
    ?.replaceChildren(
      ...Array.from({ length: Math.max(0, headingLevel - 2) }, (_, i) =>
        Object.assign(doc.createElement(`h${i + 2}`), { textContent: 'A part of your page' }),
      ),
    );
  holder.innerHTML = element;
  shownElement = element;
}

let current: (Snippets & { headingLevel: number }) | undefined;

function update() {
  const { texts, problems, contact } = read();
  const defaults = defaultTexts(texts);
  for (const control of controls) {
    if (!chosen.has(control.name)) control.set(defaults[control.name]);
    control.markDefault(defaults[control.name]);
    if (control.field) showProblem(control.field, problems[control.name]);
  }
  showProblem(contactFields.label, contact.label);
  showProblem(contactFields.address, contact.address);
  const auto = (texts.region ?? defaults.region) === 'auto';
  fallbackBox.hidden = !auto;

  // What the person was told is wrong (a field they have left), and so is not in the code.
  const leftOut = [
    ...controls
      .filter((c) => problems[c.name] && c.field?.shown)
      .map((c) => wordsFor(c.name, settingAttributes[c.name]).label),
    ...((contact.label && contactFields.label.shown) ||
    (contact.address && contactFields.address.shown)
      ? ['your own contact']
      : []),
  ];
  const note = $('left-out');
  note.hidden = !leftOut.length;
  note.textContent = leftOut.length
    ? `Not in the code until the messages above are put right: ${leftOut.join(', ')}.`
    : '';

  const choices: Choices = {
    settings: texts,
    contact: contact.contact,
    fallbackRegion: auto ? (fallbackRegion.value as Choices['fallbackRegion']) : undefined,
  };
  current = { ...snippets(choices, RELEASE), headingLevel: configOf(texts).headingLevel };
  codes.html.textContent = current.html;
  codes.shortcode.textContent = current.shortcode;
  codes.jsx.textContent = current.jsx;
  preview(current.element, current.headingLevel);
}

form.addEventListener('input', (event) => {
  const setting = (event.target as Element).closest<HTMLElement>('[data-setting]')?.dataset
    .setting as SettingName | undefined;
  if (setting) chosen.add(setting);
  update();
});
form.addEventListener('change', update);
// The page's own form never leaves the page.
form.addEventListener('submit', (event) => event.preventDefault());

/* ---------------------------------------------------------------------------------------------
 * The preview: the real bundle in a page of its own, so that its pinned help bar is pinned to
 * the frame, not over the form. The quick exit leaves the frame; this page says so and offers
 * to show it again.
 */
const leftNotice = $('preview-left');

// By document: the frame's window object stays the same from one page to the next.
const watched = new WeakSet<Document>();

function watchFrame() {
  const doc = previewHolder()?.ownerDocument;
  if (!doc || watched.has(doc)) return;
  watched.add(doc);
  shownElement = undefined;
  leftNotice.hidden = true;
  doc.defaultView!.addEventListener('online-safety-help-exit', () => {
    leftNotice.hidden = false;
    $('preview-again').focus();
  });
  if (current) preview(current.element, current.headingLevel);
}
frame.addEventListener('load', watchFrame);
// The frame may have loaded before this script ran.
if (frame.contentDocument?.readyState === 'complete') watchFrame();
$('preview-again').addEventListener('click', () => {
  frame.src = frame.getAttribute('src')!;
});

/* ---------------------------------------------------------------------------------------------
 * Copy buttons: the Clipboard API where the browser allows it; where it does not, the code is
 * selected, and the message says which keys copy it. The result is announced (a polite live
 * region beside the button).
 */
async function copy(button: HTMLButtonElement) {
  const kind = button.dataset.copy as keyof typeof codes;
  const code = codes[kind];
  const status = $(`copy-${kind}-status`);
  const what = button.dataset.what!;
  const text = code.textContent ?? '';
  status.textContent = '';
  let copied = false;
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      copied = true;
    }
  } catch {
    // Not allowed here (an insecure page, a frame, or the browser's permission): select instead.
  }
  // The result goes in a later task than the emptying, so that a second copy is announced too
  // (the clipboard is written at once: WebKit allows it only while the click is being handled).
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (copied) {
    status.textContent = `Copied the ${what}.`;
    return;
  }
  const pre = code.parentElement!;
  pre.focus();
  getSelection()?.selectAllChildren(code);
  status.textContent = `Could not copy the ${what} here: it is selected. Press Ctrl+C (Command+C on a Mac) to copy it.`;
}

document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
  button.addEventListener('click', () => void copy(button));
});

update();
document.documentElement.dataset.ready = '';
