/**
 * Whether phone lines are open now, on the clock of the place they serve, worked out on the
 * reader's own device: no network, whatever the device's time zone, and no time-zone data
 * (see local-time.ts). Pure: the instant is given.
 */
import type { WeeklyHours } from './contacts.js';
import { localTime, UK_CLOCK, type Clock } from './local-time.js';

export interface LineState {
  /** The lines are open now. */
  readonly open: boolean;
  /** Open: the hour they close today. Closed: the hour they open next. */
  readonly hour: number;
  /** Milliseconds from the given instant until the state changes. */
  readonly changesIn: number;
}

/**
 * The state of phone lines with the given weekly hours, on the given clock (by default the
 * UK's), at the instant `time` (milliseconds since 1970); `undefined` when the device's clock
 * gives no usable time (a page that broke `Date.now`, say).
 */
export function lineState(
  time: number,
  hours: WeeklyHours,
  clock: Clock = UK_CLOCK,
): LineState | undefined {
  const [day, minutes] = localTime(time, clock);
  if (!hours[day]) return undefined;
  const [opens, closes] = hours[day];
  const tomorrow = minutes >= closes * 60;
  const open = !tomorrow && minutes >= opens * 60;
  const hour = open ? closes : tomorrow ? hours[(day + 1) % 7][0] : opens;
  // The next change, on the local clock; then corrected by the hour the clocks may change by in
  // between, so that a timer fires when it happens.
  let changesIn = ((tomorrow ? 1440 : 0) + hour * 60 - minutes) * 60000;
  changesIn -= (((localTime(time + changesIn, clock)[1] - hour * 60 + 2160) % 1440) - 720) * 60000;
  return { open, hour, changesIn };
}
