/**
 * The time in a place, by arithmetic (src/local-time.ts), checked against the browser's own
 * time-zone data (`Intl`) for every hour of every year the clocks' rules cover, and for the
 * minute before each change of the clocks.
 */
import { expect } from '@open-wc/testing';
import { localTime, NZ_CLOCK, UK_CLOCK, type Clock } from '../../src/local-time.js';

const HOUR = 3_600_000;

/** Day of the week (0 Sunday) and minutes since midnight in `zone` at `time`, from `Intl`. */
function intlTime(format: Intl.DateTimeFormat, time: number): [number, number] {
  const parts = Object.fromEntries(format.formatToParts(time).map((p) => [p.type, p.value]));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday);
  return [day, +parts.hour * 60 + +parts.minute];
}

const zones: { zone: string; clock: Clock; from: number; to: number }[] = [
  { zone: 'Europe/London', clock: UK_CLOCK, from: 2000, to: 2040 },
  // Ireland's clock shows the same time as the UK's all year.
  { zone: 'Europe/Dublin', clock: UK_CLOCK, from: 2000, to: 2040 },
  // New Zealand's present rule began in September 2007.
  { zone: 'Pacific/Auckland', clock: NZ_CLOCK, from: 2008, to: 2040 },
];

describe('The time in a place, worked out without time-zone data', () => {
  for (const { zone, clock, from, to } of zones) {
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    for (let decade = from; decade < to; decade += 10) {
      const last = Math.min(decade + 10, to);
      it(`${zone}: every hour from ${decade} to the end of ${last - 1} matches Intl, and the minute before each change`, () => {
        let changes = 0;
        let before = intlTime(format, Date.UTC(decade, 0, 1) - HOUR);
        for (let time = Date.UTC(decade, 0, 1); time < Date.UTC(last, 0, 1); time += HOUR) {
          const expected = intlTime(format, time);
          const got = localTime(time, clock);
          if (got[0] !== expected[0] || Math.floor(got[1]) !== expected[1]) {
            expect(got, new Date(time).toISOString()).to.deep.equal(expected);
          }
          // The clocks changed within the last hour: the minute before it is on the old time.
          if ((expected[1] - before[1] + 1440) % 1440 !== 60) {
            changes++;
            const minute = time - 60_000;
            expect(localTime(minute, clock), new Date(minute).toISOString()).to.deep.equal(
              intlTime(format, minute),
            );
          }
          before = expected;
        }
        // Twice a year, so a test that saw no change of clocks would be checking nothing.
        expect(changes).to.equal(2 * (last - decade));
      });
    }
  }

  it('keeps the seconds as a fraction of a minute', () => {
    const [day, minutes] = localTime(Date.parse('2026-12-04T21:59:30Z'), UK_CLOCK);
    expect(day).to.equal(5);
    expect(minutes).to.equal(21 * 60 + 59.5);
  });
});
