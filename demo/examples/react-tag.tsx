import 'online-safety-help';
import type {} from 'online-safety-help/jsx.js';

export function SafetyPage() {
  return (
    <online-safety-help
      heading-level={3}
      bar="sticky"
      ononline-safety-help-contact={(event) => console.log('help contact used:', event.detail.id)}
    >
      {/* example: fallback-links */}
      <a href="https://www.ceop.police.uk/Safety-Centre/">Report to CEOP</a>
      <a href="tel:08088005000">NSPCC Helpline 0808 800 5000</a>
      <a href="tel:999">Emergency 999</a>
      {/* /example */}
      {/* example: host-contact */}
      <a slot="contact" href="mailto:lead@school.example">
        Email our safeguarding lead
      </a>
      {/* /example */}
    </online-safety-help>
  );
}
