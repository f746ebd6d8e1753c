/**
 * safeHref, the allow-list every URL the widget renders goes through: the whole list of
 * schemes, once. test/element/help-bar.test.ts and test/host/bad-input.test.ts try a sample
 * through the element's bar and the built bundle's guidance text.
 */
import { expect } from '@open-wc/testing';
import { safeHref } from '../../src/contacts.js';

describe('Which links the widget will render (safeHref)', () => {
  for (const url of [
    'https://example.org/',
    'tel:999',
    'tel:+441234567890',
    'mailto:a@b.example',
    'sms:+447700900000',
    'HTTPS://EXAMPLE.ORG/',
  ]) {
    it(`renders ${url} as it is`, () => {
      expect(safeHref(url)).to.equal(url);
    });
  }

  it('renders an allowed URL without the spaces around it', () => {
    expect(safeHref('  https://example.org/\n')).to.equal('https://example.org/');
  });

  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://example.org/x',
    'http://example.org/',
    '//example.org/',
    '/relative',
    'relative',
    '#fragment',
    '',
    'https',
    42,
    null,
    undefined,
    { toString: () => 'https://example.org/' },
  ]) {
    it(`renders no link for ${JSON.stringify(String(url))}`, () => {
      expect(safeHref(url)).to.equal(undefined);
    });
  }
});
