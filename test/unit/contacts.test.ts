/**
 * The contacts as checked, dated data: every fact shown to people names the official page it was
 * checked against and the day, and that day is recent.
 */
import { expect } from '@open-wc/testing';
import { defaultContacts, sources } from '../../src/contacts.js';
import { defaultGuidance } from '../../src/content.js';

const day = 24 * 60 * 60 * 1000;

describe('Contacts as checked, dated data', () => {
  it('every built-in contact has its official source page and the date it was checked', () => {
    for (const contact of defaultContacts) {
      const source = sources[contact.id as keyof typeof sources];
      expect(source, contact.id).to.exist;
      expect(source.source, contact.id).to.match(/^https:\/\/[a-z0-9.-]+\.(uk|org\.uk|gov\.uk)\//);
      expect(source.checked, contact.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.facts, contact.id).to.be.a('string').and.not.be.empty;
    }
  });

  it('the links added to the guidance (101, the council finder, the NSPCC’s website) have theirs too', () => {
    for (const key of ['police-101', 'council', 'nspcc-website'] as const) {
      expect(sources[key].source, key).to.match(/^https:\/\//);
    }
  });

  it('every check date is a real day, not in the future', () => {
    // Today by the machine's calendar, on purpose: Date.now() reads the tests' fixed clock
    // (test/fixtures/clock.js), which stays in December 2026 while the contacts are re-checked.
    const today = performance.timeOrigin + performance.now();
    for (const [id, { checked }] of Object.entries(sources)) {
      const time = Date.parse(`${checked}T00:00:00Z`);
      expect(new Date(time).toISOString().slice(0, 10), id).to.equal(checked);
      expect(time, id).to.be.at.most(today + day);
    }
  });

  it('the help bar has no contact without a source', () => {
    const ids = new Set(Object.keys(sources));
    for (const contact of defaultGuidance.contacts)
      expect(ids.has(contact.id), contact.id).to.be.true;
  });
});
