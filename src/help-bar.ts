import { html, type TemplateResult } from 'lit-html';
import { defaultContacts, safeHref, type Contact } from './contacts.js';

export type BarPosition = 'fixed' | 'sticky' | 'inline';

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
 * links. `landmark` is false for a second bar on the same page, so that a screen reader's list
 * of landmarks holds one "Get help now".
 */
export function helpBar(
  contacts: readonly Contact[],
  label: string,
  position: BarPosition,
  landmark: boolean,
): TemplateResult {
  return html`<section
    part="bar"
    class=${position}
    role=${landmark ? 'region' : 'group'}
    aria-label=${label}
  >
    ${barContacts(contacts).map(
      (contact) =>
        html`<a part="contact contact-${contact.id}" href=${contact.href} aria-label=${contact.name}
          >${contact.label} <span>${contact.detail}</span></a
        >`,
    )}
    <slot name="contact"></slot>
  </section>`;
}
