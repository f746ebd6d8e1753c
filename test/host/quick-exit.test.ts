import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ExitEventDetail } from '../../src/events.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { hitAtCentre, isShown, q, qa, style } from '../support/dom.js';
import { openHostPage, rendered, settle, type HostPage } from '../support/host-page.js';

/*
 * The quick exit on host pages that load the built bundle: test/fixtures/quick-exit.html (a game
 * community's safety page with text fields, another component's field in its shadow root, and a
 * cookie banner at z-index 2147483647 added after load), quick-exit-before.html (the page a
 * reader came from) and quick-exit-fallback.html (the fallback link, no script).
 *
 * No test leaves this machine: the pages' exits go to https://localhost:1/…, a port every
 * browser refuses to connect to, and each exit a test does not mean to complete is held as it
 * starts (the Navigation API's navigate event, cancelled, where the engine has it; else
 * `window.stop()` straight after the exit's own task).
 */

const safePages = [
  'https://localhost:1/weather',
  'https://localhost:1/news',
  'https://localhost:1/recipes',
];
const BBC_WEATHER = 'https://www.bbc.co.uk/weather';
const phone = { width: 320, height: 640 };
const desktop = { width: 1280, height: 800 };

/** WebKit's WebDriver (not puppeteer): `press` and `type` only, with WebDriver's key codes. */
const webdriver = !/Chrome|Firefox/.test(navigator.userAgent);

let pages: HostPage[] = [];
afterEach(() => {
  pages.forEach((page) => page.remove());
  pages = [];
});

async function open(
  query: Record<string, string> = {},
  size: { width: number; height: number } = desktop,
  fixture = 'quick-exit.html',
): Promise<HostPage> {
  const upgrade = fixture === 'quick-exit.html';
  const page = await openHostPage(`${fixture}?${new URLSearchParams(query)}`, { ...size, upgrade });
  pages.push(page);
  await settle(page);
  return page;
}

const exitButton = (page: HostPage) => q<HTMLButtonElement>(page.element, '[part~="exit"]');
const statusOf = (page: HostPage) => q(page.element, '[role="status"]');
const bar = (page: HostPage) => q(page.element, '[part~="bar"]')!;

interface Exits {
  /** The exit events' details, in order. */
  events: ExitEventDetail[];
  /** Navigations the page started: type and address (where the engine has the Navigation API). */
  navigations: { type: string; url: string }[];
}

/** Records every exit, and holds the page where it is (see the note at the top). */
function holdExits(page: HostPage): Exits {
  const exits: Exits = { events: [], navigations: [] };
  const w = page.window as HostPage['window'] & { navigation?: EventTarget };
  w.addEventListener('online-safety-help-exit', (event) => {
    exits.events.push((event as CustomEvent<ExitEventDetail>).detail);
    queueMicrotask(() => w.stop());
  });
  w.navigation?.addEventListener('navigate', (event) => {
    const { navigationType, destination } = event as Event & {
      navigationType: string;
      destination: { url: string };
    };
    exits.navigations.push({ type: navigationType, url: destination.url });
    event.preventDefault();
  });
  return exits;
}

/** One press of the left or right Shift key, as the reader's keyboard sends it. */
async function shift(side: 'left' | 'right' = 'left'): Promise<void> {
  if (webdriver) await sendKeys({ press: side === 'left' ? 'Shift' : '\uE050' });
  else await sendKeys({ press: side === 'left' ? 'ShiftLeft' : 'ShiftRight' });
}

/** A capital: Shift held while a letter is typed. */
async function capital(letter: string): Promise<void> {
  if (webdriver) {
    await sendKeys({ type: `\uE008${letter}` });
  } else {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: letter.toUpperCase() });
    await sendKeys({ up: 'Shift' });
  }
}

/**
 * Key events as the browser sends them for what WebKit's driver cannot do (hold a key down, or
 * press two at once), dispatched where the keyboard's focus is.
 */
function dispatchKeys(page: HostPage, events: [string, string, boolean?][]): void {
  const target = page.document.activeElement ?? page.document.body;
  for (const [type, code, repeat = false] of events) {
    target.dispatchEvent(
      new page.window.KeyboardEvent(type, {
        key: 'Shift',
        code,
        repeat,
        shiftKey: type === 'keydown',
        bubbles: true,
        composed: true,
      }),
    );
  }
}

/**
 * Whether nothing covers the middle of `control`. (Compares elements here, not in `expect`: a
 * failure would make chai describe an element of another window, property by property.)
 */
const onTop = (control: Element) => control.contains(hitAtCentre(control));

/** Waits until the page's cookie banner is there (quick-exit.js adds it after load). */
async function banner(page: HostPage): Promise<HTMLElement> {
  const find = () => page.document.querySelector<HTMLElement>('.cookie-banner');
  if (!find()) {
    await new Promise((resolve) => page.document.addEventListener('cookie-banner', resolve));
  }
  await settle(page);
  return find()!;
}

/** Waits for the page's rendering updates until `done()` holds, or 20 have passed. */
async function until(page: HostPage, done: () => boolean): Promise<void> {
  for (let i = 0; i < 20 && !done(); i++) {
    await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
  }
}

/** Puts the keyboard's focus on the page, on something that takes no text. */
async function focusPage(page: HostPage): Promise<void> {
  await focus(page, page.document.getElementById('plain-button')!);
}

/** Focuses `target`, and lets the page settle so that the next key goes there. */
async function focus(page: HostPage, target: HTMLElement): Promise<void> {
  target.focus();
  await settle(page);
}

/**
 * The page's clock (`performance.now()`), stopped, which the test moves on: the time between
 * presses is what the test says, however slowly a driver sends the keys.
 */
function clock(page: HostPage): { advance(ms: number): void } {
  const perf = page.window.performance;
  let time = perf.now();
  perf.now = () => time;
  return { advance: (ms) => (time += ms) };
}

/** The texts the live region has held, one per change (empty texts left out). */
function announcements(page: HostPage): string[] {
  const said: string[] = [];
  const status = statusOf(page)!;
  new page.window.MutationObserver(() => {
    if (status.textContent) said.push(status.textContent);
  }).observe(status, { childList: true, characterData: true, subtree: true });
  return said;
}

describe('Quick exit: settings', () => {
  it('is off unless the host turns it on: no control, and three Shift presses do nothing', async () => {
    const page = await open({});
    const exits = holdExits(page);
    expect(exitButton(page) === null, 'no exit control').to.be.true;
    expect(page.element.quickExit).to.equal('off');
    await focusPage(page);
    for (let i = 0; i < 3; i++) await shift();
    await settle(page);
    expect(exits.events).to.deep.equal([]);
    expect(page.frame.contentDocument === page.document, 'still on the page').to.be.true;
  });

  it('quick-exit="on" leaves for BBC Weather; the property says "on"', async () => {
    const page = await open({ 'quick-exit': 'on' });
    const exits = holdExits(page);
    expect(page.element.quickExit).to.equal('on');
    exitButton(page)!.click();
    expect(exits.events).to.deep.equal([{ href: BBC_WEATHER, trigger: 'button' }]);
  });

  it('a value that is not an https: address gets one warning naming the attribute and its values, and no quick exit', async () => {
    for (const value of ['http://example.org/', 'javascript:alert(1)', 'on https://x.example/']) {
      pages.forEach((page) => page.remove());
      const page = await open({ 'quick-exit': value });
      const mine = page.warnings.filter((w) => w.includes('quick-exit='));
      expect(mine, value).to.have.length(1);
      expect(mine[0]).to.include('off, on, or space-separated https: addresses');
      expect(exitButton(page) === null, `no exit control for ${value}`).to.be.true;
      expect(page.element.quickExit).to.equal('off');
    }
  });
});

describe('Quick exit: the "Leave this page" button', () => {
  for (const [size, viewport] of [
    ['320', phone],
    ['1280', desktop],
  ] as const) {
    it(`comes first in the help bar, at least 44 by 44 px, outlined unlike the contacts and over none of them (${size} px)`, async () => {
      const page = await open({ 'quick-exit': safePages[0] }, viewport);
      const button = exitButton(page)!;
      expect(bar(page).querySelector('a, button') === button, 'first in the bar').to.be.true;
      expect(button.textContent!.trim()).to.equal('Leave this page');
      expect(isShown(button)).to.be.true;
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      expect(box.bottom).to.be.at.most(page.window.innerHeight);
      expect(onTop(button), 'nothing over the button').to.be.true;
      // Outlined (the bar's colour inside a border of the text's colour); contacts are filled.
      expect(style(button).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style(button).borderTopStyle).to.equal('solid');
      const links = [...qa(page.element, '[part~="bar"] a')];
      for (const link of links) {
        expect(style(link).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        const other = link.getBoundingClientRect();
        const apart =
          other.left >= box.right ||
          other.right <= box.left ||
          other.top >= box.bottom ||
          other.bottom <= box.top;
        expect(apart, `${link.textContent} apart from the button`).to.be.true;
      }
    });
  }

  it('a mouse click leaves for the safe page, replacing this one', async () => {
    // Small enough for the bar to be inside the test runner's own window, where the mouse is.
    const page = await open({ 'quick-exit': safePages[0] }, { width: 320, height: 400 });
    page.frame.scrollIntoView();
    const exits = holdExits(page);
    const box = exitButton(page)!.getBoundingClientRect();
    const frame = page.frame.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [
        Math.round(frame.left + box.left + box.width / 2),
        Math.round(frame.top + box.top + box.height / 2),
      ],
    });
    await settle(page);
    expect(exits.events).to.deep.equal([{ href: safePages[0], trigger: 'button' }]);
    if ('navigation' in page.window) {
      expect(exits.navigations).to.deep.equal([{ type: 'replace', url: safePages[0] }]);
    }
  });

  for (const [key, name] of [
    ['Enter', 'Enter'],
    [' ', 'Space'],
  ]) {
    it(`${name} on the focused button leaves`, async () => {
      const page = await open({ 'quick-exit': safePages[1] });
      const exits = holdExits(page);
      await focus(page, exitButton(page)!);
      await sendKeys({ press: key });
      await settle(page);
      expect(exits.events).to.deep.equal([{ href: safePages[1], trigger: 'button' }]);
    });
  }

  it('the page it leaves for gets no referrer', async () => {
    const page = await open({ 'quick-exit': safePages[0] });
    holdExits(page);
    const frameIn = async () => {
      const frame = page.document.createElement('iframe');
      frame.src = 'quick-exit-before.html';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      page.document.body.append(frame);
      await loaded;
      const referrer = frame.contentDocument!.referrer;
      frame.remove();
      return referrer;
    };
    // A page this one opens names it as the referrer, until the exit; then nothing does.
    expect(await frameIn()).to.equal(page.window.location.href);
    exitButton(page)!.click();
    await settle(page);
    expect(await frameIn()).to.equal('');
  });
});

describe('Quick exit: Shift pressed three times', () => {
  it("leaves the page for one of the host's addresses", async () => {
    const page = await open({ 'quick-exit': safePages.join(' ') });
    const exits = holdExits(page);
    await focusPage(page);
    for (let i = 0; i < 3; i++) await shift();
    await settle(page);
    expect(exits.events).to.have.length(1);
    expect(safePages).to.include(exits.events[0].href);
    expect(exits.events[0].trigger).to.equal('keyboard');
    if ('navigation' in page.window) {
      expect(exits.navigations).to.deep.equal([{ type: 'replace', url: exits.events[0].href }]);
    }
  });

  it('with nothing focused (the page itself), three presses leave', async () => {
    const page = await open({ 'quick-exit': safePages[0] });
    const exits = holdExits(page);
    (page.document.activeElement as HTMLElement | null)?.blur();
    page.window.focus();
    await settle(page);
    for (let i = 0; i < 3; i++) await shift();
    await settle(page);
    expect(exits.events).to.deep.equal([{ href: safePages[0], trigger: 'keyboard' }]);
  });

  it('left and right Shift count alike, in turn', async () => {
    const page = await open({ 'quick-exit': safePages[0] });
    const exits = holdExits(page);
    await focusPage(page);
    await shift('left');
    await shift('right');
    await shift('left');
    await settle(page);
    expect(exits.events).to.have.length(1);
  });

  it('left and right Shift pressed together count as one press, and count', async () => {
    const page = await open({ 'quick-exit': safePages[0] });
    const exits = holdExits(page);
    const said = announcements(page);
    await focusPage(page);
    if (webdriver) {
      // WebKit's driver cannot press two keys at once.
      const together: [string, string][] = [
        ['keydown', 'ShiftLeft'],
        ['keydown', 'ShiftRight'],
        ['keyup', 'ShiftLeft'],
        ['keyup', 'ShiftRight'],
      ];
      dispatchKeys(page, together);
      await settle(page);
      expect(said).to.deep.equal(['Press Shift 2 more times to leave this page']);
      dispatchKeys(page, together);
      dispatchKeys(page, together);
    } else {
      const together = async () => {
        await sendKeys({ down: 'ShiftLeft' });
        await sendKeys({ down: 'ShiftRight' });
        await sendKeys({ up: 'ShiftLeft' });
        await sendKeys({ up: 'ShiftRight' });
      };
      await together();
      await settle(page);
      expect(said).to.deep.equal(['Press Shift 2 more times to leave this page']);
      await together();
      await together();
    }
    await settle(page);
    expect(exits.events).to.have.length(1);
  });

  it('Shift with a letter never counts, and any other key starts the count again', async () => {
    const page = await open({ 'quick-exit': safePages[0] });
    const exits = holdExits(page);
    const said = announcements(page);
    await focusPage(page);
    for (const letter of 'PQR') await capital(letter);
    await settle(page);
    expect(exits.events, 'capitals').to.deep.equal([]);
    expect(said, 'capitals').to.deep.equal([]);
    await shift();
    await shift();
    await sendKeys({ press: 'ArrowDown' });
    await shift();
    await settle(page);
    expect(exits.events, 'a key between presses').to.deep.equal([]);
    expect(said).to.deep.equal([
      'Press Shift 2 more times to leave this page',
      'Press Shift 1 more time to leave this page',
      'Press Shift 2 more times to leave this page',
    ]);
  });

  const fields: [string, (page: HostPage) => HTMLElement][] = [
    ['a text field', (page) => page.document.getElementById('clan')!],
    ['a search box', (page) => page.document.getElementById('search')!],
    ['a textarea', (page) => page.document.getElementById('message')!],
    ['an editable area', (page) => page.document.getElementById('editor')!],
    [
      "a text field in another component's shadow root",
      (page) => page.document.getElementById('chat-box')!.shadowRoot!.getElementById('chat-input')!,
    ],
  ];
  for (const [where, field] of fields) {
    it(`capitals and lone Shift presses typed in ${where} never count`, async () => {
      const page = await open({ 'quick-exit': safePages[0] });
      const exits = holdExits(page);
      const said = announcements(page);
      const target = field(page);
      await focus(page, target);
      for (const letter of 'PQ') await capital(letter);
      for (let i = 0; i < 3; i++) await shift();
      await settle(page);
      const typed = (target as HTMLInputElement).value ?? target.textContent;
      expect(typed, 'the capitals went into the field').to.include('PQ');
      expect(exits.events).to.deep.equal([]);
      expect(said).to.deep.equal([]);
      // Out of the field, the same presses count.
      await focusPage(page);
      for (let i = 0; i < 3; i++) await shift();
      await settle(page);
      expect(exits.events).to.have.length(1);
    });
  }

  it('a held Shift (key repeats) is one press at most, and never leaves', async () => {
    const page = await open({ 'quick-exit': safePages[0] });
    const exits = holdExits(page);
    const said = announcements(page);
    await focusPage(page);
    if (webdriver) {
      // WebKit's driver cannot hold a key down: the browser's repeats are dispatched instead.
      dispatchKeys(page, [
        ['keydown', 'ShiftLeft'],
        ...Array.from({ length: 8 }, (): [string, string, boolean] => [
          'keydown',
          'ShiftLeft',
          true,
        ]),
        ['keyup', 'ShiftLeft'],
      ]);
    } else {
      // Puppeteer sends a key already down again as a repeat.
      for (let i = 0; i < 9; i++) await sendKeys({ down: 'Shift' });
      await sendKeys({ up: 'Shift' });
    }
    await settle(page);
    expect(exits.events).to.deep.equal([]);
    expect(said).to.deep.equal(['Press Shift 2 more times to leave this page']);
  });

  it('a pause of more than 5 seconds between presses starts the count again', async () => {
    const page = await open({ 'quick-exit': safePages[0] });
    const exits = holdExits(page);
    const said = announcements(page);
    const time = clock(page);
    await focusPage(page);
    await shift();
    await shift();
    time.advance(5001);
    await shift();
    await settle(page);
    expect(exits.events, 'after the pause').to.deep.equal([]);
    expect(said.at(-1)).to.equal('Press Shift 2 more times to leave this page');
    // Up to 5 seconds between presses is fine.
    time.advance(4900);
    await shift();
    time.advance(4900);
    await shift();
    await settle(page);
    expect(exits.events).to.have.length(1);
  });

  it('after the first and second press, the reader is told how many more are needed: on screen and in a polite live region, once per press', async () => {
    const page = await open({ 'quick-exit': safePages[0] }, phone);
    holdExits(page);
    const status = statusOf(page)!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('');
    const said = announcements(page);
    await focusPage(page);
    await shift();
    await settle(page);
    expect(said).to.deep.equal(['Press Shift 2 more times to leave this page']);
    expect(isShown(status)).to.be.true;
    const box = status.getBoundingClientRect();
    expect(box.top, 'on screen').to.be.at.least(0);
    expect(box.bottom, 'just above the bar').to.be.at.most(
      bar(page).getBoundingClientRect().top + 1,
    );
    expect(box.right).to.be.at.most(page.window.innerWidth);
    await shift();
    await settle(page);
    expect(said).to.deep.equal([
      'Press Shift 2 more times to leave this page',
      'Press Shift 1 more time to leave this page',
    ]);
    expect(isShown(status)).to.be.true;
  });
});

describe('Quick exit: leaving', () => {
  it('in one task: a cover over everything (a host element at z-index 2147483647 too), a neutral title, the event, then the page replaced', async () => {
    const page = await open({ 'quick-exit': safePages[0], banner: '1' });
    const cookies = await banner(page);
    // A point on the banner, above the bar.
    const b = cookies.getBoundingClientRect();
    const [x, y] = [b.left + b.width / 2, b.top + 4];
    expect(bar(page).getBoundingClientRect().top).to.be.greaterThan(y);
    expect(page.document.elementFromPoint(x, y) === cookies, 'the banner, before the exit').to.be
      .true;
    const title = page.document.title;
    const seen: Record<string, unknown> = {};
    const w = page.window as HostPage['window'] & { navigation?: EventTarget };
    w.navigation?.addEventListener('navigate', () => (seen.navigatedAfterEvent = 'event' in seen));
    page.window.addEventListener('online-safety-help-exit', (event) => {
      const cover = page.document.elementFromPoint(x, y)!;
      seen.event = event;
      seen.navigated = 'navigatedAfterEvent' in seen;
      seen.coverIsHost = cookies.contains(cover);
      seen.title = page.document.title;
      const box = cover.getBoundingClientRect();
      seen.coverBox = [box.left, box.top, box.width, box.height];
      seen.coverColour = style(cover).backgroundColor;
      seen.coverText = cover.textContent;
    });
    holdExits(page);
    await focusPage(page);
    for (let i = 0; i < 3; i++) await shift();
    await settle(page);
    const event = seen.event as CustomEvent<ExitEventDetail>;
    expect(event, 'the event fired').to.exist;
    expect(seen.coverIsHost, 'the banner is covered').to.be.false;
    const { clientWidth, clientHeight } = page.document.documentElement;
    expect(seen.coverBox).to.deep.equal([0, 0, clientWidth, clientHeight]);
    expect(seen.coverColour).to.equal('rgb(255, 255, 255)');
    expect(seen.coverText).to.equal('');
    expect(seen.title).to.equal('Loading');
    expect(seen.title).to.not.equal(title);
    expect(seen.navigated, 'not navigated before the event').to.be.false;
    if ('navigation' in page.window) expect(seen.navigatedAfterEvent).to.be.true;
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.cancelable).to.be.false;
    expect(event.target === page.element, 'fired on the element').to.be.true;
    expect(event.detail).to.deep.equal({ href: safePages[0], trigger: 'keyboard' });
  });

  it('leaves even when a step fails on a broken host page (a title that cannot be set) (not in WebKit: no Navigation API to see it)', async function () {
    if (!('navigation' in window)) this.skip();
    const page = await open({ 'quick-exit': safePages[0] });
    const exits = holdExits(page);
    Object.defineProperty(page.document, 'title', {
      set() {
        throw new Error('This page keeps its title');
      },
    });
    page.window.addEventListener('error', (event) => event.preventDefault());
    exitButton(page)!.click();
    await settle(page);
    expect(exits.navigations).to.deep.equal([{ type: 'replace', url: safePages[0] }]);
  });

  it('the page is replaced: history.length does not grow, and Back lands on the page before (not in WebKit: no page is left there)', async function () {
    if (webdriver) {
      // WebKit commits nothing in a frame whose load fails, and no https page loads here: the
      // page is never left, so what the history holds after leaving cannot be seen.
      this.skip();
    }
    const page = await open({}, desktop, 'quick-exit-before.html');
    const frame = page.frame;
    const link = page.document.getElementById('to-safety') as HTMLAnchorElement;
    link.search = `?quick-exit=${encodeURIComponent(safePages[0])}`;
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    link.click();
    await loaded;
    const safety = frame.contentWindow as HostPage['window'];
    await safety.customElements.whenDefined('online-safety-help');
    const element = safety.document.querySelector('online-safety-help')!;
    await element.updateComplete;
    const length = history.length;
    const left = safety.document;
    // A page that fails to load in a frame takes the place of the one before it in Chromium and
    // Firefox, whichever way it was reached: the navigation's own type tells a replacement.
    const types: string[] = [];
    (safety as unknown as { navigation: EventTarget }).navigation.addEventListener(
      'navigate',
      (event) => types.push((event as Event & { navigationType: string }).navigationType),
    );
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="exit"]')!.click();
    // The frame now shows the browser's page for an address it cannot reach.
    for (let i = 0; i < 100 && frame.contentDocument === left; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(frame.contentDocument !== left, 'the page was left').to.be.true;
    expect(types).to.deep.equal(['replace']);
    expect(history.length).to.equal(length);
    history.back();
    const before = () => {
      try {
        return /quick-exit-before\.html$/.test(frame.contentWindow!.location.pathname);
      } catch {
        return false; // still the browser's page
      }
    };
    for (let i = 0; i < 100 && !before(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(before(), 'back on the page before').to.be.true;
    expect(history.length).to.equal(length);
  });

  it('coming back from the back-forward cache (pageshow, persisted): the cover has gone, the title is back, and the page works', async () => {
    const page = await open({ 'quick-exit': safePages[0], banner: '1' });
    await banner(page);
    const exits = holdExits(page);
    const title = page.document.title;
    const button = exitButton(page)!;
    button.click();
    await settle(page);
    expect(page.document.title).to.equal('Loading');
    expect(onTop(button), 'the button is covered').to.be.false;
    // A frame is never kept in the back-forward cache, so its pageshow is sent here as the
    // browser sends it to a page it restores.
    page.window.dispatchEvent(new page.window.PageTransitionEvent('pageshow', { persisted: true }));
    await settle(page);
    expect(page.document.title).to.equal(title);
    expect(onTop(button), 'the button is on top again').to.be.true;
    const said = announcements(page);
    await focusPage(page);
    await shift();
    await settle(page);
    expect(said).to.deep.equal(['Press Shift 2 more times to leave this page']);
    button.click();
    expect(exits.events).to.have.length(2);
  });

  it('the choice among addresses reaches every one of them over repeated exits, and never another', async () => {
    const page = await open({ 'quick-exit': safePages.join(' ') });
    const exits = holdExits(page);
    const button = exitButton(page)!;
    // Each exit picks anew: with three addresses, 60 exits miss one with odds below 1 in 10^10.
    for (let i = 0; i < 60; i++) button.click();
    await settle(page);
    const reached = exits.events.map((event) => event.href);
    expect(reached).to.have.length(60);
    expect([...new Set(reached)].sort()).to.deep.equal([...safePages].sort());
  });

  it('stores nothing and requests nothing: no storage, no cookie, no fetch', async () => {
    const page = await open({ 'quick-exit': safePages.join(' ') });
    holdExits(page);
    const before = page.window.performance.getEntriesByType('resource').length;
    const cookie = page.document.cookie;
    await focusPage(page);
    await shift();
    await shift();
    await shift();
    exitButton(page)!.click();
    await settle(page);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.record!.storageWrites).to.deep.equal([]);
    expect(page.document.cookie).to.equal(cookie);
    expect(page.window.performance.getEntriesByType('resource')).to.have.length(before);
    expect(Object.keys(page.window.localStorage)).to.deep.equal(page.record!.storageAtStart.local);
    expect(Object.keys(page.window.sessionStorage)).to.deep.equal(
      page.record!.storageAtStart.session,
    );
  });
});

describe('Quick exit: a cookie banner added later at z-index 2147483647', () => {
  for (const [size, viewport] of [
    ['320', phone],
    ['1280', desktop],
  ] as const) {
    it(`covers neither the exit button nor any contact; the bar keeps its place and its space at the end of the page (${size} px)`, async () => {
      const page = await open({ 'quick-exit': 'on', banner: '1' }, viewport);
      const cookies = await banner(page);
      const controls = [
        exitButton(page)!,
        ...qa(page.element, '[part~="bar"] a'),
        page.element.querySelector<HTMLElement>('a[slot="contact"]')!,
      ];
      expect(controls).to.have.length(5);
      for (const control of controls) {
        expect(onTop(control), `${control.textContent} on top of the banner`).to.be.true;
      }
      // The banner is there, under the bar, where the bar does not reach.
      const b = cookies.getBoundingClientRect();
      expect(page.document.elementFromPoint(b.left + 2, b.top + 2) === cookies, 'banner shown').to
        .be.true;
      const box = bar(page).getBoundingClientRect();
      expect(box.bottom).to.be.closeTo(page.document.documentElement.clientHeight, 1);
      expect(box.left).to.equal(0);
      expect(box.width).to.equal(page.document.documentElement.clientWidth);
      // Computed lengths are written to 1/1000 px: compare at that precision.
      const padding = parseFloat(style(page.document.body).paddingBottom);
      expect(padding, 'page space reserved for the bar').to.be.at.least(
        Math.floor(box.height * 1000) / 1000,
      );
      page.window.scrollTo(0, page.document.documentElement.scrollHeight);
      const last = page.document.getElementById('last-line')!.getBoundingClientRect();
      expect(last.bottom, 'the last line clear of the bar').to.be.at.most(box.top);
    });
  }

  it('--osh-z-index does not move a pinned bar out of the top layer; a sticky bar takes it as its z-index', async () => {
    const page = await open({ 'quick-exit': 'on', banner: '1' });
    await banner(page);
    page.element.style.setProperty('--osh-z-index', '1');
    await settle(page);
    const button = exitButton(page)!;
    expect(onTop(button), 'the button is on top again').to.be.true;
    page.element.bar = 'sticky';
    await rendered(page, page.element);
    expect(style(bar(page)).position).to.equal('sticky');
    expect(style(bar(page)).zIndex).to.equal('1');
  });
});

describe('Quick exit: the fallback link (slot "exit")', () => {
  it('before the element upgrades, and with no script, is a plain link to the safe page with no referrer', async () => {
    const page = await openHostPage('quick-exit-fallback.html', { upgrade: false });
    pages.push(page);
    const link = page.document.querySelector<HTMLAnchorElement>('a[slot="exit"]')!;
    expect(isShown(link)).to.be.true;
    expect(link.textContent).to.equal('Leave this page');
    expect(link.href).to.equal(BBC_WEATHER);
    expect(link.relList.contains('noreferrer')).to.be.true;
    expect(onTop(link), 'nothing over the link').to.be.true;
  });

  it("once upgraded, the element's own button replaces it: one exit control on screen", async () => {
    const page = await openHostPage('quick-exit-fallback.html', { upgrade: false });
    pages.push(page);
    const script = page.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/online-safety-help.js';
    page.document.head.append(script);
    await page.window.customElements.whenDefined('online-safety-help');
    const element = page.document.querySelector('online-safety-help')!;
    await element.updateComplete;
    await settle(page);
    const link = page.document.querySelector<HTMLAnchorElement>('a[slot="exit"]')!;
    expect(isShown(link), 'the fallback link').to.be.false;
    expect(link.getClientRects()).to.have.length(0);
    const shown = [...element.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].filter(
      (control) => isShown(control) && control.textContent!.includes('Leave this page'),
    );
    expect(shown).to.have.length(1);
    expect(shown[0].getAttribute('part')).to.equal('exit');
  });

  it('once upgraded, a screen reader finds one exit control (Chromium only: DevTools Protocol accessibility tree)', async function () {
    const page = await openHostPage('quick-exit-fallback.html', { upgrade: false });
    pages.push(page);
    const script = page.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/online-safety-help.js';
    page.document.head.append(script);
    await page.window.customElements.whenDefined('online-safety-help');
    await page.document.querySelector('online-safety-help')!.updateComplete;
    await settle(page);
    type AxNode = { role: string; name: string; children: AxNode[] };
    const tree = await executeServerCommand<AxNode[] | false, unknown>('cdp-ax-tree', {
      frameName: page.frame.name,
    });
    if (!tree) this.skip();
    const named = (nodes: AxNode[]): AxNode[] =>
      nodes.flatMap((node) => [
        ...(node.name.includes('Leave this page') && !/Text/.test(node.role) ? [node] : []),
        ...named(node.children),
      ]);
    const found = named(tree as AxNode[]);
    expect(found.map((node) => node.role)).to.deep.equal(['button']);
  });
});

describe('Quick exit: accessibility', () => {
  for (const theme of ['light', 'dark']) {
    for (const [size, viewport] of [
      ['320', phone],
      ['1280', desktop],
    ] as const) {
      it(`axe reports no violation with the button shown, and with the count shown (${theme}, ${size} px)`, async () => {
        const page = await open({ 'quick-exit': 'on', theme }, viewport);
        let { violations } = await runAxe(page);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
        await focusPage(page);
        await shift();
        await settle(page);
        expect(statusOf(page)!.textContent).to.not.equal('');
        ({ violations } = await runAxe(page));
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      });
    }
  }

  for (const theme of ['light', 'dark']) {
    it(`the bar with the exit button and one host contact takes at most 160 px of a 320 by 640 phone (${theme})`, async () => {
      const without = await open({ theme }, phone);
      const before = bar(without).getBoundingClientRect().height;
      without.remove();
      const page = await open({ 'quick-exit': 'on', theme }, phone);
      const height = bar(page).getBoundingClientRect().height;
      console.log(
        `Help bar at 320 x 640 with one host contact (${theme}): ${height} px with the quick exit, ${before} px without`,
      );
      expect(height).to.be.at.most(160);
    });
  }
});

describe('Quick exit: print (Chromium only: DevTools Protocol)', () => {
  it('printed, the pinned bar leaves the top layer for its place in the flow, without the exit button', async function () {
    const page = await open({ 'quick-exit': 'on' });
    const emulate = (media: string) =>
      executeServerCommand<boolean, unknown>('cdp-emulate-media', { media, features: [] });
    if (!(await emulate('print'))) this.skip();
    try {
      // Media query changes reach the page at a later rendering update.
      await until(page, () => style(bar(page)).position === 'static');
      expect(style(bar(page)).position).to.equal('static');
      expect(bar(page).matches(':popover-open')).to.be.false;
      expect(isShown(exitButton(page)!)).to.be.false;
      const guidance = q(page.element, '[part~="guidance"]')!.getBoundingClientRect();
      expect(bar(page).getBoundingClientRect().top).to.be.at.least(guidance.bottom);
    } finally {
      await emulate('');
    }
    await until(page, () => bar(page).matches(':popover-open'));
    expect(bar(page).matches(':popover-open'), 'back in the top layer').to.be.true;
    expect(style(bar(page)).position).to.equal('fixed');
  });
});
