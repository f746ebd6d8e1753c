/**
 * Whether phone lines are open now, in UK time, worked out on the reader's own device: no
 * network, whatever the device's time zone. Pure: the instant is given.
 */
import type { WeeklyHours } from './contacts.js';

export interface LineState {
  /** The lines are open now. */
  readonly open: boolean;
  /** Open: the hour they close today. Closed: the hour they open next. */
  readonly hour: number;
  /** Closed: they open next today (`false`) or tomorrow (`true`). */
  readonly tomorrow: boolean;
  /** Milliseconds from the given instant until the state changes. */
  readonly changesIn: number;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The day of the week (0 is Sunday) and the minutes since midnight in the UK at `time`. Throws
 * where the browser has no time zone data for the UK.
 */
function ukTime(time: number): { day: number; minutes: number } {
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(clock.formatToParts(time).map((p) => [p.type, p.value]));
  const day = weekdays.indexOf(parts.weekday);
  const minutes = +parts.hour * 60 + +parts.minute + +parts.second / 60;
  if (day < 0 || !(minutes >= 0)) throw new RangeError('no UK time');
  return { day, minutes };
}

/**
 * The state of phone lines with the given weekly hours at the instant `time` (milliseconds
 * since 1970), or `undefined` when the browser cannot tell the time in the UK.
 */
export function lineState(time: number, hours: WeeklyHours): LineState | undefined {
  try {
    const { day, minutes } = ukTime(time);
    const [opens, closes] = hours[day];
    const tomorrow = minutes >= closes * 60;
    const open = !tomorrow && minutes >= opens * 60;
    const hour = open ? closes : tomorrow ? hours[(day + 1) % 7][0] : opens;
    // The next change, on the UK clock; then corrected by the hour the clocks may change by in
    // between (1am in March, 2am in October), so that a timer fires when it happens.
    let changesIn = ((tomorrow ? 1440 : 0) + hour * 60 - minutes) * 60000;
    const then = ukTime(time + changesIn).minutes;
    const drift = ((then - hour * 60 + 720 + 1440) % 1440) - 720;
    changesIn -= drift * 60000;
    return { open, hour, tomorrow, changesIn };
  } catch {
    return undefined;
  }
}
