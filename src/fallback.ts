/**
 * The fallback links: plain links a host puts inside the element, shown and working before the
 * script runs or if it never does. Generated from the contact data, so that the docs, the code
 * builder, the WordPress plugin and `fallback.json` (for CMS modules in any language) print the
 * same links the help bar holds, each with the official page it comes from and the day it was
 * checked. Not part of the one-file bundle.
 */
import type { Audience, Region } from './config.js';
import { defaultContacts, sources, type Contact } from './contacts.js';

export interface FallbackLink {
  /** The contact's id, as in the help bar and its contact event. */
  readonly id: string;
  /** The link's text: the contact's label, with its number for a phone link. */
  readonly text: string;
  readonly href: string;
  /** The official page its facts come from, and the day they were checked against it. */
  readonly source: string;
  readonly checked: string;
}

/** A phone link's text holds its number: "NSPCC Helpline 0808 800 5000". */
const linkText = ({ label, detail, href }: Contact): string =>
  href.startsWith('tel:') ? `${label} ${detail.split(',')[0]}` : label;

/** The fallback links for readers in `region` of `audience`, in the help bar's order. */
export function fallbackLinks(region: Region, audience: Audience): FallbackLink[] {
  if (region !== 'gb') throw new RangeError(`no fallback links for region ${region} yet`);
  return defaultContacts
    .filter((contact) => !contact.audience || contact.audience === audience)
    .map((contact) => {
      const { source, checked } = sources[contact.id as keyof typeof sources];
      return { id: contact.id, text: linkText(contact), href: contact.href, source, checked };
    });
}
