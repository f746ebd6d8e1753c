import { expect } from '@open-wc/testing';
import { exitOn, parseConfig, propertyValue, type RawConfig } from '../../src/config.js';
import { PRESS_WINDOW, pickPage, shiftCounter, typing } from '../../src/quick-exit.js';

// The default safe page, from ../shared/CONTACTS.md (GOV.UK's "Exit this page" default).
const BBC_WEATHER = 'https://www.bbc.co.uk/weather';

/** An element's attributes, as `propertyValue` reads them. */
const host = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('quick-exit: reading the setting', () => {
  it('is off by default, with no warning', () => {
    const { config, warnings } = parseConfig({});
    expect(config.quickExit).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(propertyValue('quickExit', host({}))).to.equal('off');
  });

  it('"on" leaves for BBC Weather; "off" is off; any case', () => {
    for (const on of ['on', 'ON', ' On ']) {
      expect(parseConfig({ quickExit: on }).config.quickExit).to.deep.equal([BBC_WEATHER]);
      expect(propertyValue('quickExit', host({ 'quick-exit': on }))).to.equal('on');
    }
    expect(exitOn).to.deep.equal([BBC_WEATHER]);
    expect(parseConfig({ quickExit: 'Off' }).config.quickExit).to.deep.equal([]);
    expect(propertyValue('quickExit', host({ 'quick-exit': 'off' }))).to.equal('off');
  });

  it('takes one or more https: addresses, keeping the case of their paths', () => {
    const { config, warnings } = parseConfig({
      quickExit: '  https://Weather.Example/Today?Town=Leeds   https://news.example/ ',
    });
    expect(warnings).to.deep.equal([]);
    expect(config.quickExit).to.deep.equal([
      'https://weather.example/Today?Town=Leeds',
      'https://news.example/',
    ]);
    expect(
      propertyValue('quickExit', host({ 'quick-exit': 'https://a.example/X https://b.example' })),
    ).to.equal('https://a.example/X https://b.example/');
    // Given as a property, a list of addresses reads the same.
    expect(parseConfig({ quickExit: ['https://a.example/'] }).config.quickExit).to.deep.equal([
      'https://a.example/',
    ]);
  });

  const bad: unknown[] = [
    'http://weather.example/',
    'javascript:alert(1)',
    'data:text/html,hello',
    '/weather',
    'weather.example',
    'https://',
    'on off',
    'on https://weather.example/',
    'https://weather.example/ http://news.example/',
    '',
    42,
    { href: 'https://weather.example/' },
  ];
  for (const value of bad) {
    it(`quick-exit=${JSON.stringify(value)} warns once, naming the attribute and its values, and stays off`, () => {
      const { config, warnings } = parseConfig({ quickExit: value });
      expect(config.quickExit).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.include('quick-exit=')
        .and.include('Accepted values: off, on, or space-separated https: addresses')
        .and.include('Using on for young people, off for parents');
    });
  }

  it('off for parents: the default does not turn the quick exit on', () => {
    expect(parseConfig({ audience: 'parents' }).config.quickExit).to.deep.equal([]);
    expect(parseConfig({ quickExit: undefined }).config.quickExit).to.deep.equal([]);
    expect(propertyValue('quickExit', host({ audience: 'parents' }))).to.equal('off');
  });

  it('on for young people: audience="young-people" turns it on by default; a host can turn it off', () => {
    const raw = { audience: 'young-people' } as RawConfig;
    expect(parseConfig(raw).config.quickExit).to.deep.equal(exitOn);
    expect(propertyValue('quickExit', host({ audience: 'young-people' }))).to.equal('on');
    expect(parseConfig({ ...raw, quickExit: 'off' }).config.quickExit).to.deep.equal([]);
    const bad = parseConfig({ ...raw, quickExit: 'http://weather.example/' });
    expect(bad.config.quickExit, 'a bad value: the audience’s default').to.deep.equal(exitOn);
  });
});

describe('quick exit: choosing a safe page', () => {
  const pages = ['https://a.example/', 'https://b.example/', 'https://c.example/'];

  it('each part of the random range picks its own page, from first to last', () => {
    expect(pickPage(pages, () => 0)).to.equal(pages[0]);
    expect(pickPage(pages, () => 0.34)).to.equal(pages[1]);
    expect(pickPage(pages, () => 0.67)).to.equal(pages[2]);
    expect(pickPage(pages, () => 1 - Number.EPSILON)).to.equal(pages[2]);
  });

  it('over the whole random range, reaches every page and never anything else', () => {
    const reached = new Set<string>();
    for (let i = 0; i < 1000; i++) reached.add(pickPage(pages, () => i / 1000));
    expect([...reached]).to.deep.equal(pages);
  });

  it('with one page, always that page', () => {
    expect(pickPage([pages[1]], () => 0.999)).to.equal(pages[1]);
  });
});

describe('quick exit: counting Shift presses', () => {
  let counts: number[];
  let time: number;
  let count: (event: KeyboardEvent) => void;
  let area: HTMLElement;
  const listen = (event: Event) => count(event as KeyboardEvent);

  beforeEach(() => {
    counts = [];
    time = 1000;
    count = shiftCounter(
      (n) => counts.push(n),
      () => time,
    );
    addEventListener('keydown', listen, true);
    addEventListener('keyup', listen, true);
    area = document.createElement('div');
    area.innerHTML = `<button>Like</button><input><textarea></textarea><select><option>a</option></select>
      <div contenteditable="true"><b>text</b></div><div role="combobox" tabindex="0"></div>`;
    document.body.append(area);
  });
  afterEach(() => {
    removeEventListener('keydown', listen, true);
    removeEventListener('keyup', listen, true);
    area.remove();
  });

  const button = () => area.querySelector('button')!;

  /** Sends one key event to `target`, as the browser would to the focused element. */
  function key(
    type: 'keydown' | 'keyup',
    name: string,
    init: KeyboardEventInit = {},
    target: Element = button(),
  ): void {
    const code = name === 'Shift' ? 'ShiftLeft' : name === 'ShiftRight' ? name : `Key${name}`;
    const eventKey = name.startsWith('Shift') ? 'Shift' : name;
    target.dispatchEvent(
      new KeyboardEvent(type, { key: eventKey, code, bubbles: true, composed: true, ...init }),
    );
  }
  const press = (name = 'Shift', target?: Element) => {
    key('keydown', name, {}, target);
    key('keyup', name, {}, target);
  };

  it('counts three presses, and starts again after the third', () => {
    for (let i = 0; i < 4; i++) press();
    expect(counts).to.deep.equal([1, 2, 3, 1]);
  });

  it('a press counts when Shift is released, not when it goes down', () => {
    key('keydown', 'Shift');
    expect(counts).to.deep.equal([]);
    key('keyup', 'Shift');
    expect(counts).to.deep.equal([1]);
  });

  it('Shift with a letter does not count, and the letter starts the count again', () => {
    press();
    key('keydown', 'Shift');
    key('keydown', 'A', { shiftKey: true });
    key('keyup', 'A', { shiftKey: true });
    key('keyup', 'Shift');
    press();
    expect(counts).to.deep.equal([1, 1]);
  });

  it('a key held before Shift, or Control, Alt or Meta with it, stops the press counting', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey']) {
      key('keydown', 'Shift', { [modifier]: true });
      key('keyup', 'Shift', { [modifier]: true });
    }
    expect(counts).to.deep.equal([]);
  });

  it('key repeats from a held Shift add nothing, and do not make a press count again after a letter', () => {
    key('keydown', 'Shift');
    for (let i = 0; i < 10; i++) key('keydown', 'Shift', { repeat: true });
    key('keyup', 'Shift');
    expect(counts).to.deep.equal([1]);
    key('keydown', 'Shift');
    key('keydown', 'A');
    key('keyup', 'A');
    key('keydown', 'Shift', { repeat: true });
    key('keyup', 'Shift');
    expect(counts).to.deep.equal([1]);
  });

  it('a release with no press before it (focus came in with Shift down) does not count', () => {
    key('keyup', 'Shift');
    expect(counts).to.deep.equal([]);
  });

  it('left and right Shift count alike, in turn; both down at once are one press', () => {
    press('Shift');
    press('ShiftRight');
    press('Shift');
    expect(counts).to.deep.equal([1, 2, 3]);
    key('keydown', 'Shift');
    key('keydown', 'ShiftRight');
    key('keyup', 'Shift');
    key('keyup', 'ShiftRight');
    expect(counts).to.deep.equal([1, 2, 3, 1]);
  });

  it(`up to ${PRESS_WINDOW} ms between presses counts on; more starts the count again`, () => {
    press();
    time += PRESS_WINDOW;
    press();
    time += PRESS_WINDOW + 1;
    press();
    press();
    expect(counts).to.deep.equal([1, 2, 1, 2]);
  });

  it('presses where people type never count: a text field, textarea, select, combobox, editable area', () => {
    for (const selector of [
      'input',
      'textarea',
      'select',
      '[role="combobox"]',
      '[contenteditable] b',
    ]) {
      press('Shift', area.querySelector(selector)!);
    }
    expect(counts).to.deep.equal([]);
  });

  it('presses in a text field inside an open shadow root never count', () => {
    const component = document.createElement('div');
    const input = document.createElement('input');
    component.attachShadow({ mode: 'open' }).append(input);
    area.append(component);
    for (let i = 0; i < 3; i++) press('Shift', input);
    expect(counts).to.deep.equal([]);
  });

  it('presses from inside a closed shadow root (the custom element itself, as seen from outside) never count', () => {
    class ClosedField extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' }).append(document.createElement('input'));
      }
    }
    if (!customElements.get('closed-field')) customElements.define('closed-field', ClosedField);
    const field = document.createElement('closed-field');
    area.append(field);
    press('Shift', field);
    expect(counts).to.deep.equal([]);
  });

  it('typing() tells where people type from where they do not', () => {
    const seen: boolean[] = [];
    const record = (event: Event) => seen.push(typing(event as KeyboardEvent));
    addEventListener('keydown', record, true);
    try {
      key('keydown', 'Shift', {}, button());
      key('keydown', 'Shift', {}, area.querySelector('input')!);
      key('keydown', 'Shift', {}, document.body);
    } finally {
      removeEventListener('keydown', record, true);
    }
    expect(seen).to.deep.equal([false, true, false]);
  });
});
