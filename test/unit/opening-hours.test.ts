/**
 * Whether the NSPCC Helpline's phone lines are open, worked out from an instant in UK time,
 * whatever the reader's own time zone. The hours come from the facts, not from src/.
 * (test/unit/local-time.test.ts checks the UK clock itself against the browser's time zones.)
 */
import { expect } from '@open-wc/testing';
import { lineState, type LineState } from '../../src/opening-hours.js';
import type { WeeklyHours } from '../../src/contacts.js';
import { facts } from '../fixtures/facts.js';

const { weekdays, weekends } = facts.nspcc.hours;
/** Sunday first. */
const hours: WeeklyHours = [weekends, weekdays, weekdays, weekdays, weekdays, weekdays, weekends];

const at = (instant: string): LineState => lineState(Date.parse(instant), hours)!;
/** When the state changes next, as an instant. */
const next = (instant: string) =>
  new Date(Date.parse(instant) + at(instant).changesIn).toISOString();

describe('NSPCC phone lines: open or closed, in UK time', () => {
  // Winter: UK time is UTC (GMT). 4 December 2026 is a Friday.
  const cases: [what: string, instant: string, open: boolean, hour: number][] = [
    ['Friday 9:59pm: open until 10pm', '2026-12-04T21:59:00Z', true, 22],
    ['Friday 10pm: closed, open 9am tomorrow', '2026-12-04T22:00:00Z', false, 9],
    ['Saturday 8:59am: closed, open 9am today', '2026-12-05T08:59:00Z', false, 9],
    ['Saturday 9am: open until 6pm', '2026-12-05T09:00:00Z', true, 18],
    ['Sunday 5:59pm: open until 6pm', '2026-12-06T17:59:00Z', true, 18],
    ['Sunday 6pm: closed, open 8am tomorrow', '2026-12-06T18:00:00Z', false, 8],
    ['Monday 7:59am: closed, open 8am today', '2026-12-07T07:59:00Z', false, 8],
    ['Monday 8am: open until 10pm', '2026-12-07T08:00:00Z', true, 22],
    ['Wednesday midnight: closed, open 8am today', '2026-12-09T00:00:00Z', false, 8],
    // Summer: UK time is BST, UTC+1. 10 July 2026 is a Friday.
    ['Friday 9:59pm BST: open until 10pm', '2026-07-10T20:59:00Z', true, 22],
    ['Friday 10pm BST: closed', '2026-07-10T21:00:00Z', false, 9],
    // 28 March 2027: clocks go forward at 1am GMT (to 2am BST). Lines open at 9am BST.
    ['clocks going forward, 12:30am GMT: closed, open 9am today', '2027-03-28T00:30:00Z', false, 9],
    ['clocks going forward, 8:59am BST', '2027-03-28T07:59:00Z', false, 9],
    ['clocks going forward, 9am BST: open until 6pm', '2027-03-28T08:00:00Z', true, 18],
    // 25 October 2026: clocks go back at 2am BST (to 1am GMT). Lines open at 9am GMT.
    ['clocks going back, 1:30am BST: closed', '2026-10-25T00:30:00Z', false, 9],
    ['clocks going back, 1:30am GMT: closed', '2026-10-25T01:30:00Z', false, 9],
    ['clocks going back, 9am GMT: open until 6pm', '2026-10-25T09:00:00Z', true, 18],
  ];
  for (const [what, instant, open, hour] of cases) {
    it(what, () => {
      const state = at(instant);
      expect({ open: state.open, hour: state.hour }).to.deep.equal({ open, hour });
    });
  }

  it('a reader in New York at 5pm on a summer Friday gets the UK state: 10pm, closed', () => {
    const state = at('2026-07-10T17:00:00-04:00');
    expect(state.open).to.be.false;
    expect(state.hour).to.equal(9);
    expect(next('2026-07-10T17:00:00-04:00')).to.equal('2026-07-11T08:00:00.000Z');
  });

  it('says when the state next changes, to the minute, across the days the clocks change', () => {
    expect(next('2026-12-04T21:59:00Z')).to.equal('2026-12-04T22:00:00.000Z');
    expect(next('2026-12-04T22:00:00Z')).to.equal('2026-12-05T09:00:00.000Z');
    expect(next('2026-12-06T18:00:00Z')).to.equal('2026-12-07T08:00:00.000Z');
    expect(next('2026-12-07T07:59:30Z')).to.equal('2026-12-07T08:00:00.000Z');
    // 9am BST on the day the clocks go forward is 8am UTC, seven and a half hours later.
    expect(next('2027-03-28T00:30:00Z')).to.equal('2027-03-28T08:00:00.000Z');
    // 9am GMT on the day the clocks go back is 9am UTC, eight and a half hours later.
    expect(next('2026-10-25T00:30:00Z')).to.equal('2026-10-25T09:00:00.000Z');
    // The evening before the clocks go forward: 6pm BST next day is 5pm UTC.
    expect(next('2027-03-28T08:00:00Z')).to.equal('2027-03-28T17:00:00.000Z');
  });

  it('claims nothing when the device clock gives no usable time', () => {
    expect(lineState(NaN, hours)).to.equal(undefined);
  });
});
