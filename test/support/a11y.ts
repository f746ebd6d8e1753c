/**
 * The states, themes and screen sizes the accessibility tests go through, on host pages
 * test/fixtures/a11y-light.html (a school page) and a11y-dark.html (a dark game page): long
 * pages, so that a pinned bar has something to cover, with links before and after the widget.
 */
import { openHostPage, settle, type HostPage } from './host-page.js';

export const themes = [
  { theme: 'light', fixture: 'a11y-light.html' },
  { theme: 'dark', fixture: 'a11y-dark.html' },
] as const;
export const states = [
  { state: 'collapsed', attributes: {} },
  { state: 'all open', attributes: { open: 'all' } },
  { state: 'help bar only', attributes: { sections: 'none' } },
] as const;
export const desktop = { width: 1280, height: 800 };
export const phone = { width: 320, height: 640 };
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
  ): Promise<HostPage> => {
    page = await openHostPage(fixture, { ...viewport, attributes });
    await settle(page);
    return page;
  };
}
