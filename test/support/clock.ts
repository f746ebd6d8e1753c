/**
 * The test page's clock, for what the help bar says of the NSPCC's opening hours. Every test
 * that imports this starts at a known moment (a Monday at noon in the UK, lines open), so that
 * no result depends on when the tests run; `setClock` moves it. Time still passes from the
 * moment set, so the element's own timer works as it does for a reader.
 * Host pages set their clock with test/fixtures/clock.js instead (openHostPage's `at`).
 */
export const MONDAY_NOON = '2026-12-07T12:00:00Z';

const realNow = Date.now.bind(Date);

/** Sets the clock to an instant (an ISO string, or milliseconds since 1970). */
export function setClock(instant: string | number): void {
  const offset = (typeof instant === 'string' ? Date.parse(instant) : instant) - realNow();
  Date.now = () => realNow() + offset;
}

beforeEach(() => setClock(MONDAY_NOON));
afterEach(() => (Date.now = realNow));
