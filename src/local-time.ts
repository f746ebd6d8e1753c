/**
 * What time it is in a place, by arithmetic alone: the one source of truth for "what time is it
 * there" wherever the widget states opening hours.
 *
 * The browser's own time-zone data is never touched: in Chromium the first `Intl.DateTimeFormat`
 * with a `timeZone` (even `resolvedOptions()`) costs about 160 ms at 4x CPU while it loads that
 * data, more than the rest of the first render. Only UTC methods are used here. A place's clock
 * is its offset from UTC and the rule for its summer time, which is all a phone line's hours
 * need; test/unit/local-time.test.ts checks each clock against `Intl` for every hour of the
 * years it covers.
 */

/**
 * A place's clock: its standard offset from UTC in hours; then the month (0 is January) and the
 * Sunday (1 the first, 2 the second …, 0 the last) on which summer time starts, and the same for
 * when it ends; then the hour of the day, in standard time, at which both changes happen.
 * Summer time is one hour ahead of standard time.
 */
export type Clock = readonly [
  offset: number,
  startMonth: number,
  startSunday: number,
  endMonth: number,
  endSunday: number,
  hour: number,
];

/**
 * The United Kingdom (`Europe/London`; also Ireland's `Europe/Dublin`): GMT, and BST from 01:00
 * GMT on the last Sunday of March to 01:00 GMT on the last Sunday of October.
 */
export const UK_CLOCK: Clock = [0, 2, 0, 9, 0, 1];

/**
 * New Zealand (`Pacific/Auckland`): NZST, UTC+12, and NZDT from 2am NZST on the last Sunday of
 * September to 3am NZDT (2am NZST) on the first Sunday of April. The rule in force since 2007.
 */
export const NZ_CLOCK: Clock = [12, 8, 0, 3, 1, 2];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The instant of a change of clocks: on that Sunday of that month, at `hour` standard time. */
function change(year: number, month: number, sunday: number, hour: number, offset: number) {
  // From the first of the month, or back from its last day.
  const from = Date.UTC(year, month + (sunday ? 0 : 1), sunday ? 1 : 0);
  const weekday = new Date(from).getUTCDay();
  const days = sunday ? ((7 - weekday) % 7) + 7 * (sunday - 1) : -weekday;
  return from + days * DAY + (hour - offset) * HOUR;
}

/**
 * The day of the week (0 is Sunday) and the minutes since midnight (with the seconds as a
 * fraction), on the clock of a place, at the instant `time` (milliseconds since 1970).
 */
export function localTime(
  time: number,
  [offset, startMonth, startSunday, endMonth, endSunday, hour]: Clock,
): [day: number, minutes: number] {
  const standard = time + offset * HOUR;
  const year = new Date(standard).getUTCFullYear();
  const start = change(year, startMonth, startSunday, hour, offset);
  const end = change(year, endMonth, endSunday, hour, offset);
  // In the south, summer time spans the new year: it is on outside the months between.
  const summer = start < end ? time >= start && time < end : time >= start || time < end;
  const local = standard + (summer ? HOUR : 0);
  // 1 January 1970 was a Thursday.
  return [(Math.floor(local / DAY) + 4) % 7, (local % DAY) / 60_000];
}
