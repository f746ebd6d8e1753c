import { html, nothing, type TemplateResult } from 'lit-html';
import type { Audience, BarMode } from './config.js';
import { defaultContacts, safeHref, type Contact } from './contacts.js';
import { lineState } from './opening-hours.js';

/** A contact as the bar shows it at one moment: with its phone lines' state, where it has one. */
export interface ShownContact extends Contact {
  /** The phone lines' state, or their hours where UK time is not known. */
  readonly status?: string;
  /** Milliseconds until the phone lines open or close. */
  readonly changesIn?: number;
}

/**
 * A contact as it is at the instant `now`: open phone lines say until when; closed ones say
 * when they open, and the contact becomes its 24-hour route; where the device's clock gives no
 * usable time, the hours are stated and neither is claimed.
 */
function atTime(contact: Contact, now: number): ShownContact {
  const { hours, clock, hoursText: text, whenClosed } = contact;
  if (!hours || !text) return contact;
  const state = lineState(now, hours, clock);
  const status = state
    ? (state.open ? text.open : text.closed).replace('{time}', text.times[state.hour])
    : text.unknown;
  const shown = state && !state.open && whenClosed ? { ...contact, ...whenClosed } : contact;
  return { ...shown, status, name: `${shown.name}, ${status}`, changesIn: state?.changesIn };
}

/**
 * The contacts the bar shows to `audience` at the instant `now`, each with its URL checked
 * against the allow-list (and trimmed), and always the emergency contact, whatever a host's
 * replacement guidance says.
 */
export function barContacts(
  contacts: readonly Contact[],
  audience: Audience,
  now: number,
): ShownContact[] {
  const shown = contacts.flatMap((contact) => {
    if (contact.audience && contact.audience !== audience) return [];
    const current = atTime(contact, now);
    const href = safeHref(current.href);
    return href ? [{ ...current, href }] : [];
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
 * comes first. The links are wrapped so that, in a short window, they can scroll inside the bar
 * while what the quick exit shows above the bar is not clipped.
 */
export function helpBar(
  contacts: readonly ShownContact[],
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
    <div class="links">
      ${exit}${contacts.map((contact) => {
        // A phone number is what a reader needs to read: it stands apart from what follows it
        // ("0800 1111, free, 24 hours"), in larger type.
        const [number, detail] = contact.href.startsWith('tel:')
          ? contact.detail.split(/, (.*)/)
          : ['', contact.detail];
        return html`<a
          part="contact contact-${contact.id}"
          class="contact"
          data-contact=${contact.id}
          href=${contact.href}
          aria-label=${contact.name}
          >${contact.label} ${number ? html`<b>${number}</b>` : nothing}
          ${detail ? html`<span>${detail}</span>` : nothing}
          ${contact.status ? html`<span class="hours">${contact.status}</span>` : nothing}</a
        >`;
      })}
      <slot name="contact"></slot>
    </div>
  </section>`;
}
