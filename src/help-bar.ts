import { html, nothing } from 'lit-html';
import type { Audience, Region } from './config.js';
import { safeHref, type Contact } from './contacts.js';
import { lineState } from './opening-hours.js';
import { regionNames } from './regions.js';

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
  // Without a name of its own, a link is named by its text, which holds the status.
  const name = shown.name && `${shown.name}, ${status}`;
  return { ...shown, status, name, changesIn: state?.changesIn };
}

/**
 * The contacts the bar shows to `audience` at the instant `now`, each with its URL checked
 * against the allow-list (and trimmed; a contact without one is shown as text), and always an
 * emergency contact (`emergency`, the region's own), whatever a host's replacement guidance says.
 */
export function barContacts(
  contacts: readonly Contact[],
  audience: Audience,
  now: number,
  emergency: Contact,
): ShownContact[] {
  const shown = contacts.flatMap((contact): ShownContact[] => {
    if (contact.audience && contact.audience !== audience) return [];
    const current = atTime(contact, now);
    const href = safeHref(current.href);
    return href || current.href === undefined ? [{ ...current, href }] : [];
  });
  if (!shown.some((contact) => contact.id === 'emergency')) shown.push(emergency);
  return shown;
}

/**
 * The reader's choice of country: a tile like the contacts, reading "Help for" and the country
 * shown ("elsewhere" for `other`, to fit a phone's narrow tile), under a native select labelled
 * "Help for", whose value names the country for screen readers (so the tile's copy is hidden
 * from them). The select is transparent, so that the tile's words can wrap where a select's
 * cannot; it takes every tap and draws the focus ring. `select` is the element's own
 * (`regionSelect`), made once and kept, so that the first render makes no template per country;
 * the region shown is selected after each render.
 */
export const regionControl = (region: Region, select: HTMLSelectElement) =>
  html`<div class="region">
    <p class="contact">
      <label for="region">Help for</label>
      <span aria-hidden="true">${region === 'other' ? 'elsewhere' : regionNames[region]}</span>
    </p>
    ${select}
  </div>`;

/** The choice of country's select, with every region; `choose` is told the one a person picks. */
export function regionSelect(choose: (region: Region) => void): HTMLSelectElement {
  const select = document.createElement('select');
  select.id = 'region';
  for (const [code, name] of Object.entries(regionNames)) select.add(new Option(name, code));
  select.addEventListener('change', () => choose(select.value as Region));
  return select;
}

/**
 * The help bar's links, one per contact. Each link's `data-contact` names its contact for the
 * contact event. A phone number is what a reader needs to read: it stands apart from what
 * follows it ("0800 1111, free, 24 hours"), in larger type. One template holds every line a
 * contact may have, the lines it lacks hidden, so that the first render prepares one template
 * rather than four. Without an address (no one number to call), the contact is an anchor
 * without href: text, read as it is shown.
 */
export const contactLinks = (contacts: readonly ShownContact[]) =>
  contacts.map((contact) => {
    const [number, detail] = contact.href?.startsWith('tel:')
      ? contact.detail.split(/, (.*)/)
      : ['', contact.detail];
    return html`<a
      part="contact contact-${contact.id}"
      class="contact"
      data-contact=${contact.id}
      href=${contact.href ?? nothing}
      aria-label=${contact.name ?? nothing}
      >${contact.label} <b ?hidden=${!number}>${number}</b>
      <span ?hidden=${!detail}>${detail}</span>
      <span class="hours" ?hidden=${!contact.status}>${contact.status}</span></a
    >`;
  });
