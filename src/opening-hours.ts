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
  /** Milliseconds from the given instant until the state changes. */
  readonly changesIn: number;
}

/**
 * The day of the week (0 is Sunday) and the minutes since midnight in the UK at `time`. Throws
 * where the browser has no time zone data for the UK. The UK is a whole number of hours from
 * UTC, so its seconds are UTC's.
 */
function ukTime(time: number): [day: number, minutes: number] {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(time)
      .map((part) => [part.type, part.value]),
  );
  const day = 'SunMonTueWedThuFriSat'.indexOf(parts.weekday) / 3;
  const minutes = +parts.hour * 60 + +parts.minute + ((time / 60000) % 1);
  // A browser that answers in another form: no claim at all.
  if (!(day >= 0 && minutes >= 0)) throw 0;
  return [day, minutes];
}

/**
 * The state of phone lines with the given weekly hours at the instant `time` (milliseconds
 * since 1970), or `undefined` when the browser cannot tell the time in the UK.
 */
export function lineState(time: number, hours: WeeklyHours): LineState | undefined {
  try {
    const [day, minutes] = ukTime(time);
    const [opens, closes] = hours[day];
    const tomorrow = minutes >= closes * 60;
    const open = !tomorrow && minutes >= opens * 60;
    const hour = open ? closes : tomorrow ? hours[(day + 1) % 7][0] : opens;
    // The next change, on the UK clock; then corrected by the hour the clocks may change by in
    // between (1am in March, 2am in October), so that a timer fires when it happens.
    let changesIn = ((tomorrow ? 1440 : 0) + hour * 60 - minutes) * 60000;
    changesIn -= (((ukTime(time + changesIn)[1] - hour * 60 + 2160) % 1440) - 720) * 60000;
    return { open, hour, changesIn };
  } catch {
    return undefined;
  }
}
