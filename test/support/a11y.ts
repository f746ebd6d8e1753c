/**
 * The states, themes and screen sizes the accessibility tests go through, on host pages
 * test/fixtures/a11y-light.html (a school page) and a11y-dark.html (a dark game page), and the
 * same school page built on Bootstrap 5 (a11y-bootstrap.html) and on Tailwind's preflight
 * (a11y-tailwind.html): long pages, so that a pinned bar has something to cover, with links
 * before and after the widget.
 */
import { facts } from '../fixtures/facts.js';
import { openHostPage, settle, type HostPage } from './host-page.js';

export const themes = [
  { theme: 'light', fixture: 'a11y-light.html' },
  { theme: 'dark', fixture: 'a11y-dark.html' },
] as const;
/**
 * Host pages whose own CSS reaches the slotted host link (a page's rules beat `::slotted`):
 * Bootstrap 5's CSS and Tailwind's preflight, served from the packages in node_modules.
 */
export const frameworks = [
  { theme: 'Bootstrap 5', fixture: 'a11y-bootstrap.html' },
  { theme: "Tailwind's preflight", fixture: 'a11y-tailwind.html' },
] as const;
const host = 'Email our safeguarding lead';
/** An instant when the NSPCC's phone lines are closed: a Friday at 11pm in the UK. */
const closed = '2026-12-04T23:00:00Z';
const parents = [facts.ceop.name, facts.nspcc.name, facts.emergency.name, host];
const parentsClosed = [
  facts.ceop.name,
  /^Contact the NSPCC Helpline online, 24 hours, Phones closed until 9am$/,
  facts.emergency.name,
  host,
];
const youngPeople = [
  /^Call Childline, 0800 1111\b/,
  /^Childline online\b/,
  facts.ceop.name,
  facts.emergency.name,
  host,
];

/**
 * The widget's states: its settings, the moment on the page's clock (default: a Monday at noon,
 * the NSPCC's lines open), and the name a screen reader announces for each help-bar link. Young
 * people have the quick exit on by default; parents have it with `quick-exit="on"`.
 */
export const states: readonly {
  state: string;
  attributes: Record<string, string>;
  at?: string;
  bar: readonly (RegExp | string)[];
}[] = [
  { state: 'collapsed', attributes: {}, bar: parents },
  { state: 'all open', attributes: { open: 'all' }, bar: parents },
  { state: 'help bar only', attributes: { sections: 'none' }, bar: parents },
  { state: 'NSPCC lines closed', attributes: {}, at: closed, bar: parentsClosed },
  { state: 'quick exit on', attributes: { 'quick-exit': 'on' }, bar: parents },
  {
    state: 'quick exit on, NSPCC lines closed',
    attributes: { 'quick-exit': 'on' },
    at: closed,
    bar: parentsClosed,
  },
  { state: 'young people', attributes: { audience: 'young-people' }, bar: youngPeople },
  {
    state: 'young people, NSPCC lines closed',
    attributes: { audience: 'young-people' },
    at: closed,
    bar: youngPeople,
  },
];
export const desktop = { width: 1280, height: 800 };
export const phone = { width: 320, height: 640 };
/** 400 % zoom of a 1280 × 1024 window, in CSS pixels. */
export const zoomed = { width: 320, height: 256 };
export const sizes = [
  { size: '1280 px', viewport: desktop },
  { size: '320 px', viewport: phone },
] as const;

/**
 * For a test file: a function that opens an accessibility host page at a size, with settings on
 * its widget, once the space for the pinned bar is reserved (by a ResizeObserver, after a
 * frame). The page is removed after each test.
 */
export function a11yPages() {
  let page: HostPage | undefined;
  afterEach(() => {
    page?.remove();
    page = undefined;
  });
  return async (
    fixture: string,
    viewport: { width: number; height: number },
    attributes: Record<string, string> = {},
    at?: string,
  ): Promise<HostPage> => {
    page = await openHostPage(fixture, { ...viewport, attributes, at });
    await settle(page);
    return page;
  };
}
