/**
 * The guidance and the help-bar contacts as data (defaultGuidance), checked against the source
 * document (test/fixtures/guidance-source.txt) and the facts written from it, not from src/.
 * test/element/guidance.test.ts checks that all of it reaches the reader.
 */
import { expect } from '@open-wc/testing';
import {
  defaultGuidance,
  type Block,
  type ListItem,
  type RichText,
  type TextLink,
} from '../../src/content.js';
import { facts, normalise, sourceLines } from '../fixtures/facts.js';

const text = (rich: RichText | undefined): string =>
  rich === undefined
    ? ''
    : typeof rich === 'string'
      ? rich
      : rich.map((part) => (typeof part === 'string' ? part : part.text)).join('');
const item = (entry: ListItem): string =>
  typeof entry === 'object' && 'lead' in entry ? `${entry.lead} ${text(entry.text)}` : text(entry);
const lines = (block: Block): string[] =>
  typeof block === 'object' && 'ul' in block
    ? block.ul.map(item)
    : typeof block === 'object' && 'ol' in block
      ? block.ol.map(item)
      : [text(block)];

/** The links in a piece of running text. */
const linksIn = (rich: RichText | undefined) =>
  (Array.isArray(rich) ? rich.filter((part) => typeof part === 'object') : []) as TextLink[];

/** The links in a block: a paragraph's, or those of each list item. */
const blockLinks = (block: Block): TextLink[] =>
  typeof block === 'object' && ('ul' in block || 'ol' in block)
    ? ('ul' in block ? block.ul : block.ol).flatMap((entry) =>
        typeof entry === 'object' && 'lead' in entry ? linksIn(entry.text) : linksIn(entry),
      )
    : linksIn(block as RichText);

/** The guidance's links in the running text, with the text a reader sees on each. */
const textLinks = defaultGuidance.sections.flatMap((section) => section.body.flatMap(blockLinks));
const sectionText = (id: string) =>
  normalise(
    defaultGuidance.sections
      .find((section) => section.id === id)!
      .body.flatMap(lines)
      .join(' '),
  );

describe('The guidance as data, against the source document', () => {
  it('holds every line of the source, word for word, in the source’s order', async () => {
    const guidance = defaultGuidance.sections
      .flatMap((section) => [section.heading, ...section.body.flatMap(lines)])
      .map(normalise);
    let at = 0;
    for (const line of (await sourceLines()).map(normalise)) {
      const found = guidance.indexOf(line, at);
      expect(found, `"${line}" is a line of the guidance, after the line before it`).to.be.at.least(
        0,
      );
      at = found + 1;
    }
  });

  it('has the five sections for parents, in order, with their headings and stable ids, then the young people’s', () => {
    expect(defaultGuidance.sections.map((s) => [s.id, s.heading])).to.deep.equal([
      ...facts.sections.map((s) => [s.id, s.heading]),
      [facts.youngPeopleSection, defaultGuidance.sections[5].heading],
    ]);
  });

  it('adds links only on the source’s own words: the local police as a call to 101, children’s social care as GOV.UK’s council finder', () => {
    const concerned = defaultGuidance.sections.find((s) => s.id === 'if-you-are-concerned')!;
    const links = concerned.body.flatMap(blockLinks);
    const police = links.find((link) => link.text === 'local police')!;
    expect(police.href).to.equal(facts.police101.href);
    const care = links.find((link) => link.text === "children's social care department")!;
    expect(care.href).to.equal(facts.councilFinder);
  });

  it('tells young people, in words of its own, that it is never their fault, and each way to get help', () => {
    const words = sectionText(facts.youngPeopleSection);
    expect(words).to.match(/never your fault/i);
    expect(words).to.match(/adult you trust/i);
    expect(words).to.include('Childline').and.include('24 hours').and.include('free');
    expect(words).to.include(facts.childline.number);
    expect(words)
      .to.match(/CEOP/)
      .and.match(/999/)
      .and.match(/danger/i);
    const section = defaultGuidance.sections.find((s) => s.id === facts.youngPeopleSection)!;
    const hrefs = section.body.flatMap(blockLinks).map((link) => link.href);
    expect(hrefs).to.include.members([
      facts.childline.href,
      facts.childline.website,
      facts.ceop.href,
      facts.emergency.href,
    ]);
  });

  it('links each service named in the text to that service, and each number to that number', () => {
    expect(textLinks.length).to.be.greaterThan(0);
    for (const link of textLinks) {
      if (/CEOP/.test(link.text)) expect(link.href, link.text).to.equal(facts.ceop.href);
      if (link.text.includes(facts.nspcc.number)) {
        expect(link.href, link.text).to.equal(facts.nspcc.href);
      }
      if (/\b999\b/.test(link.text)) expect(link.href, link.text).to.equal(facts.emergency.href);
      if (link.text.includes(facts.childline.number)) {
        expect(link.href, link.text).to.equal(facts.childline.href);
      }
    }
    expect(textLinks.map((link) => link.href)).to.include.members([
      facts.ceop.href,
      facts.nspcc.href,
      facts.emergency.href,
    ]);
  });

  it('gives parents’ help bar CEOP, the NSPCC Helpline and 999, and young people’s Childline, Childline online, CEOP and 999', () => {
    const bar = (audience: string) =>
      defaultGuidance.contacts
        .filter((contact) => !contact.audience || contact.audience === audience)
        .map((contact) => [contact.id, contact.href]);
    expect(bar('parents')).to.deep.equal([
      ['ceop', facts.ceop.href],
      ['nspcc', facts.nspcc.href],
      ['emergency', facts.emergency.href],
    ]);
    expect(bar('young-people')).to.deep.equal([
      ['childline', facts.childline.href],
      ['childline-online', facts.childline.website],
      ['ceop', facts.ceop.href],
      ['emergency', facts.emergency.href],
    ]);
  });

  it('names each contact for what it does, with its number or address', () => {
    const contact = (id: string) => defaultGuidance.contacts.find((c) => c.id === id)!;
    expect(contact('ceop').name).to.match(facts.ceop.name);
    expect(contact('nspcc').name).to.match(facts.nspcc.name);
    expect(`${contact('nspcc').label} ${contact('nspcc').detail}`).to.include(facts.nspcc.number);
    expect(contact('emergency').name).to.match(facts.emergency.name);
    expect(contact('emergency').detail).to.equal(facts.emergency.number);
    expect(contact('childline').name).to.match(/^Call Childline, 0800 1111, free, 24 hours$/);
    expect(contact('childline').detail).to.include(facts.childline.number);
    expect(contact('childline-online').name).to.match(/^Childline online, chat or email$/);
  });

  it('gives the NSPCC’s phone hours as the facts state them, and its 24-hour online form for when they are closed', () => {
    const nspcc = defaultGuidance.contacts.find((c) => c.id === 'nspcc')!;
    const { weekdays, weekends } = facts.nspcc.hours;
    expect(nspcc.hours).to.deep.equal([
      weekends,
      weekdays,
      weekdays,
      weekdays,
      weekdays,
      weekdays,
      weekends,
    ]);
    expect(nspcc.whenClosed!.href).to.equal(facts.nspcc.onlineForm);
    expect(nspcc.whenClosed!.detail).to.match(/24 hours/);
  });

  it('cannot be changed by a page script', () => {
    expect(Object.isFrozen(defaultGuidance)).to.be.true;
    expect(Object.isFrozen(defaultGuidance.sections[0].body)).to.be.true;
    expect(Object.isFrozen(defaultGuidance.contacts[1])).to.be.true;
  });
});
