/**
 * The test page's clock, for what the help bar says of the NSPCC's opening hours. The page
 * already reads the fixed clock of test/fixtures/clock.js (every page the test server serves
 * does); a test that imports this module also starts each test at MONDAY_NOON, and can move the
 * clock with `setClock`. Time still passes from the moment set, so the element's own timer works
 * as it does for a reader.
 * A host page chooses its moment with openHostPage's `at` instead (`?at=` on its address).
 */
export const MONDAY_NOON = '2026-12-07T12:00:00Z';

// The page's fixed clock, as clock.js left it.
const pageNow = Date.now.bind(Date);

/** Sets the clock to an instant (an ISO string, or milliseconds since 1970). */
export function setClock(instant: string | number): void {
  const offset = (typeof instant === 'string' ? Date.parse(instant) : instant) - pageNow();
  Date.now = () => pageNow() + offset;
}

beforeEach(() => setClock(MONDAY_NOON));
afterEach(() => (Date.now = pageNow));
