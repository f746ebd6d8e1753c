/**
 * The code builder's pure module (demo/get-the-code/snippets.ts): which attributes the code
 * holds, what the checks of typed addresses accept and say, and HTML that reads back as the
 * text and addresses given.
 */
import { expect } from '@open-wc/testing';
import {
  checkAddress,
  checkContact,
  checkSafePages,
  elementAttributes,
  listText,
  snippets,
} from '../../demo/get-the-code/snippets.js';
import { awkwardLabel } from '../support/get-the-code-samples.js';

const release = { version: '9.9.9', integrity: 'sha384-abc' };

describe('Get the code: only the attributes that change what the element does', () => {
  it('a value equal to its default is left out', () => {
    expect(elementAttributes({ audience: 'parents', bar: 'fixed', theme: 'auto' })).to.deep.equal(
      [],
    );
    expect(elementAttributes({ headingLevel: '2', open: '', region: 'gb' })).to.deep.equal([]);
  });

  it('defaults that depend on the audience: the quick exit and the sections', () => {
    expect(elementAttributes({ audience: 'young-people', quickExit: 'on' })).to.deep.equal([
      ['audience', 'young-people'],
    ]);
    expect(elementAttributes({ audience: 'young-people', quickExit: 'off' })).to.deep.equal([
      ['audience', 'young-people'],
      ['quickExit', 'off'],
    ]);
    expect(elementAttributes({ quickExit: 'on' })).to.deep.equal([['quickExit', 'on']]);
    expect(
      elementAttributes({ audience: 'young-people', sections: 'if-something-worries-you' }),
    ).to.deep.equal([['audience', 'young-people']]);
  });

  it('a list is its keyword where that says the same: none shown, all open', () => {
    expect(listText('sections', [])).to.equal('none');
    expect(listText('open', [])).to.equal('');
    expect(
      listText('open', [
        'how-grooming-works',
        'where-it-happens',
        'aim-of-grooming',
        'signs-of-grooming',
        'if-you-are-concerned',
        'if-something-worries-you',
      ]),
    ).to.equal('all');
    // In the guidance's order, whatever the order ticked.
    expect(listText('open', ['signs-of-grooming', 'how-grooming-works'])).to.equal(
      'how-grooming-works signs-of-grooming',
    );
  });
});

describe('Get the code: the checks of what is typed', () => {
  for (const [given, href] of [
    ['https://school.example/contact', 'https://school.example/contact'],
    ['  HTTPS://School.Example ', 'https://school.example/'],
    // Quotes cannot end the attribute: the URL parser writes them as %22.
    ['https://school.example/"onmouseover="x', 'https://school.example/%22onmouseover=%22x'],
    ['tel:01632 960 123', 'tel:01632960123'],
    ['tel:+44 1632 960123', 'tel:+441632960123'],
    ['sms:01632960123', 'sms:01632960123'],
    ['mailto:lead@school.example', 'mailto:lead@school.example'],
    ['MAILTO:lead@school.example?subject=Help', 'mailto:lead@school.example?subject=Help'],
  ]) {
    it(`${JSON.stringify(given)} is the address ${href}`, () => {
      expect(checkAddress(given)).to.deep.equal({ value: href });
    });
  }

  for (const given of [
    '',
    'javascript:alert(1)',
    'data:text/html,x',
    'http://school.example/',
    'school.example',
    '/contact',
    'https://',
    'tel:',
    'tel:phone-us',
    'mailto:',
    'mailto:no-at-sign',
    'ftp://files.example/',
  ]) {
    it(`${JSON.stringify(given)} gets a message saying what to give`, () => {
      const { value, problem } = checkAddress(given);
      expect(value).to.equal(undefined);
      expect(problem).to.match(/https:|tel:|mailto:|address/);
    });
  }

  it('a contact needs both its text and its address; text over 80 characters is too long', () => {
    expect(checkContact('', '')).to.deep.equal({});
    expect(checkContact('Call us', '').address).to.match(/address/);
    expect(checkContact('', 'tel:01632960123').label).to.match(/text of the link/);
    expect(checkContact('x'.repeat(81), 'tel:01632960123').label).to.match(/80 characters/);
    expect(checkContact('  Call\n  us ', 'tel:01632 960123')).to.deep.equal({
      contact: { label: 'Call us', href: 'tel:01632960123' },
    });
  });

  it('safe pages: one to five https: pages, each as the URL parser writes it, once', () => {
    expect(checkSafePages('https://www.bbc.co.uk/weather\n https://A.example ')).to.deep.equal({
      value: ['https://www.bbc.co.uk/weather', 'https://a.example/'],
    });
    expect(checkSafePages('https://a.example/ https://a.example/').value).to.deep.equal([
      'https://a.example/',
    ]);
    expect(checkSafePages('').problem).to.match(/at least one/);
    expect(checkSafePages('http://a.example/').problem).to.match(/"http:\/\/a\.example\/"/);
    const six = Array.from({ length: 6 }, (_, i) => `https://s${i}.example/`).join(' ');
    expect(checkSafePages(six).problem).to.match(/at most 5/);
  });
});

describe('Get the code: the HTML reads back as what was given', () => {
  it('a label with < & " \' is text, and an address with & is that address', () => {
    const { element } = snippets(
      {
        settings: { quickExit: 'https://safe.example/?a=1&b=2' },
        contact: { label: awkwardLabel, href: 'mailto:lead@school.example?subject=A&body=B' },
      },
      release,
    );
    const doc = new DOMParser().parseFromString(element, 'text/html');
    const el = doc.querySelector('online-safety-help')!;
    expect(el.getAttribute('quick-exit')).to.equal('https://safe.example/?a=1&b=2');
    const host = el.querySelector('a[slot="contact"]')!;
    expect(host.textContent).to.equal(awkwardLabel);
    expect(host.getAttribute('href')).to.equal('mailto:lead@school.example?subject=A&body=B');
    expect(el.querySelector('a[slot="exit"]')!.getAttribute('href')).to.equal(
      'https://safe.example/?a=1&b=2',
    );
    expect(doc.querySelectorAll('online-safety-help *')).to.have.length(el.children.length);
  });

  it('the script tag pins the release given', () => {
    const { html } = snippets({ settings: {} }, release);
    const script = new DOMParser().parseFromString(html, 'text/html').querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(
      'https://cdn.jsdelivr.net/npm/online-safety-help@9.9.9/dist/online-safety-help.js',
    );
    expect(script.getAttribute('integrity')).to.equal('sha384-abc');
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(script.type).to.equal('module');
  });
});
