import { OnlineSafetyHelp } from 'online-safety-help/react.js';

export function SafetyPage() {
  return (
    <OnlineSafetyHelp
      open="signs-of-grooming"
      onContact={(event) => console.log('help contact used:', event.detail.id)}
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
    </OnlineSafetyHelp>
  );
}
