/**
 * The fallback links: plain links a host puts inside the element, shown and working before the
 * script runs or if it never does. Generated from the contact data, so that the docs, the code
 * builder, the WordPress plugin and `fallback.json` (for CMS modules in any language) print the
 * same links the help bar holds, each with the official page it comes from and the day it was
 * checked. Not part of the one-file bundle.
 */
import type { Audience, Region } from './config.js';
import { regionContacts, sources, type Contact } from './contacts.js';

export interface FallbackLink {
  /** The contact's id, as in the help bar and its contact event. */
  readonly id: string;
  /** The link's text: the contact's label, with its number for a phone link. */
  readonly text: string;
  /**
   * Where the link goes. Absent where there is no address: print `text` as text, not as a link
   * (in `other`, the emergency contact, which has no one number to call).
   */
  readonly href?: string;
  /** The official page its facts come from, and the day they were checked against it. */
  readonly source: string;
  readonly checked: string;
}

/**
 * A phone or text link's text holds its number ("NSPCC Helpline 0808 800 5000", "Kids Help Phone
 * Text CONNECT to 686868"); a contact without a link reads whole ("Emergency: call your local
 * emergency number or the police").
 */
const linkText = ({ label, detail, href }: Contact): string =>
  href === undefined
    ? `${label}: ${detail[0].toLowerCase()}${detail.slice(1)}`
    : /^(tel|sms):/.test(href)
      ? `${label} ${detail.split(',')[0]}`
      : label;

/** The fallback links for readers in `region` of `audience`, in the help bar's order. */
export function fallbackLinks(region: Region, audience: Audience): FallbackLink[] {
  return regionContacts[region]
    .filter((contact) => !contact.audience || contact.audience === audience)
    .map((contact) => {
      const { id, href } = contact;
      const { source, checked } = sources[region === 'gb' ? id : `${region}-${id}`];
      const text = linkText(contact);
      return href === undefined
        ? { id, text, source, checked }
        : { id, text, href, source, checked };
    });
}
