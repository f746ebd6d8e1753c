import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'online-safety-help';
import type { ContactEventDetail } from 'online-safety-help';

@Component({
  selector: 'app-online-safety',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <online-safety-help [open]="openSections" (online-safety-help-contact)="onContact($event)">
      <!-- example: fallback-links -->
      <a href="https://www.ceop.police.uk/Safety-Centre/">Report to CEOP</a>
      <a href="tel:08088005000">NSPCC Helpline 0808 800 5000</a>
      <a href="tel:999">Emergency 999</a>
      <!-- /example -->
      <!-- example: host-contact -->
      <a slot="contact" href="mailto:lead@school.example">Email our safeguarding lead</a>
      <!-- /example -->
    </online-safety-help>
  `,
})
export class OnlineSafetyComponent {
  openSections = 'signs-of-grooming';

  onContact(event: Event) {
    const { id } = (event as CustomEvent<ContactEventDetail>).detail;
    console.log('help contact used:', id);
  }
}
