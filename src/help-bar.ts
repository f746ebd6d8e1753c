import { html, type TemplateResult } from 'lit-html';
import type { BarMode } from './config.js';
import { defaultContacts, safeHref, type Contact } from './contacts.js';

/**
 * The contacts the bar shows, each with its URL checked against the allow-list (and trimmed),
 * and always the emergency contact, whatever a host's replacement guidance says.
 */
export function barContacts(contacts: readonly Contact[]): Contact[] {
  const shown = contacts.flatMap((contact) => {
    const href = safeHref(contact.href);
    return href ? [{ ...contact, href }] : [];
  });
  if (!shown.some((contact) => contact.id === 'emergency')) {
    shown.push(defaultContacts.find((contact) => contact.id === 'emergency')!);
  }
  return shown;
}

/**
 * The help bar: a labelled landmark holding one link per contact, then the host's slotted
 * links. `landmark` is false for every bar but one on a page, so that a screen reader's list
 * of landmarks holds one "Get help now". `position` is where the bar is drawn: a bar that asked
 * to be pinned but is not the page's pinned one is drawn in the flow. Each link's
 * `data-contact` names its contact for the contact event. `exit`, the quick exit's control,
 * comes first.
 */
export function helpBar(
  contacts: readonly Contact[],
  label: string,
  position: BarMode,
  landmark: boolean,
  exit: unknown,
): TemplateResult {
  return html`<section
    part="bar"
    class="bar ${position}"
    role=${landmark ? 'region' : 'group'}
    aria-label=${label}
  >
    ${exit}${barContacts(contacts).map(
      (contact) =>
        html`<a
          part="contact contact-${contact.id}"
          class="contact"
          data-contact=${contact.id}
          href=${contact.href}
          aria-label=${contact.name}
          >${contact.label} <span>${contact.detail}</span></a
        >`,
    )}
    <slot name="contact"></slot>
  </section>`;
}
