/**
 * The guidance and the help-bar contacts as data (defaultGuidance), checked against the source
 * document (test/fixtures/guidance-source.txt) and the facts written from it, not from src/.
 * test/element/guidance.test.ts checks that all of it reaches the reader.
 */
import { expect } from '@open-wc/testing';
import { defaultGuidance, type Block, type ListItem, type RichText } from '../../src/content.js';
import { facts, normalise, sourceLines } from '../fixtures/facts.js';

const text = (rich: RichText): string =>
  typeof rich === 'string'
    ? rich
    : rich.map((part) => (typeof part === 'string' ? part : part.text)).join('');
const item = (entry: ListItem): string =>
  typeof entry === 'object' && 'lead' in entry ? `${entry.lead} ${entry.text}` : text(entry);
const lines = (block: Block): string[] =>
  typeof block === 'object' && 'ul' in block
    ? block.ul.map(item)
    : typeof block === 'object' && 'ol' in block
      ? block.ol.map(item)
      : [text(block)];

/** The guidance's links in the running text, with the text a reader sees on each. */
const textLinks = defaultGuidance.sections.flatMap((section) =>
  section.body.flatMap((block) =>
    Array.isArray(block) ? block.filter((part) => typeof part === 'object') : [],
  ),
) as { text: string; href: string }[];

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

  it('has the five sections, in order, with their headings and stable ids', () => {
    expect(defaultGuidance.sections.map((s) => [s.id, s.heading])).to.deep.equal(
      facts.sections.map((s) => [s.id, s.heading]),
    );
  });

  it('links each service named in the text to that service, and each number to that number', () => {
    expect(textLinks.length).to.be.greaterThan(0);
    for (const link of textLinks) {
      if (/CEOP/.test(link.text)) expect(link.href, link.text).to.equal(facts.ceop.href);
      if (link.text.includes(facts.nspcc.number)) {
        expect(link.href, link.text).to.equal(facts.nspcc.href);
      }
      if (/\b999\b/.test(link.text)) expect(link.href, link.text).to.equal(facts.emergency.href);
    }
    expect(textLinks.map((link) => link.href)).to.include.members([
      facts.ceop.href,
      facts.nspcc.href,
      facts.emergency.href,
    ]);
  });

  it('gives the help bar the three contacts, each with its number or address and a name that says what it does', () => {
    const [ceop, nspcc, emergency] = defaultGuidance.contacts;
    expect(defaultGuidance.contacts.map((c) => [c.id, c.href])).to.deep.equal([
      ['ceop', facts.ceop.href],
      ['nspcc', facts.nspcc.href],
      ['emergency', facts.emergency.href],
    ]);
    expect(ceop.name).to.match(facts.ceop.name);
    expect(nspcc.name).to.match(facts.nspcc.name);
    expect(`${nspcc.label} ${nspcc.detail}`).to.include(facts.nspcc.number);
    expect(emergency.name).to.match(facts.emergency.name);
    expect(`${emergency.label} ${emergency.detail}`).to.include(facts.emergency.number);
  });

  it('cannot be changed by a page script', () => {
    expect(Object.isFrozen(defaultGuidance)).to.be.true;
    expect(Object.isFrozen(defaultGuidance.sections[0].body)).to.be.true;
    expect(Object.isFrozen(defaultGuidance.contacts[1])).to.be.true;
  });
});
