/**
 * A small React 19 app around the element, as a React site would write it, bundled by esbuild
 * for the test run (see web-test-runner.config.mjs). It imports the package by its name, so the
 * test also covers package.json's `exports` and the built lib/.
 *
 * `?use=wrapper` renders the React wrapper; `?use=element` renders the tag itself, which React 19
 * supports natively (properties for known props, `on<event-name>` for listeners). `&country`
 * renders, beside it, a bar alone with the built-in guidance of New Zealand, whose choice of
 * country the app hears of.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import {
  OnlineSafetyHelp,
  type ContactEventDetail,
  type RegionEventDetail,
} from 'online-safety-help/react.js';
import { defaultGuidance } from 'online-safety-help';
import type {} from 'online-safety-help/jsx.js';

// An object can only reach the element as a property, never as an attribute.
const guidance = { ...defaultGuidance, barLabel: 'Help for Oakfield parents' };

/** A bar alone, with New Zealand's built-in guidance: the reader may choose another country. */
function Country({ use }: { use: string }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const onRegion = (event: CustomEvent<RegionEventDetail>) =>
    setChosen((seen) => [...seen, event.detail.region]);
  return (
    <>
      {use === 'element' ? (
        <online-safety-help
          id="country"
          region="nz"
          sections="none"
          bar="inline"
          ononline-safety-help-region={onRegion}
        />
      ) : (
        <OnlineSafetyHelp
          id="country"
          region="nz"
          sections="none"
          bar="inline"
          onRegion={onRegion}
        />
      )}
      <p id="regions">Countries chosen: {chosen.join(', ') || 'none'}</p>
    </>
  );
}

function App({ use, country }: { use: string; country: boolean }) {
  const [level, setLevel] = useState(3);
  const [contacts, setContacts] = useState<string[]>([]);
  const [toggles, setToggles] = useState<string[]>([]);
  const onContact = (event: CustomEvent<ContactEventDetail>) =>
    setContacts((seen) => [...seen, event.detail.id]);
  const safeguardingLead = (
    <a slot="contact" href="https://oakfield.example/safeguarding">
      Our safeguarding lead
    </a>
  );
  return (
    <main>
      <h1>Oakfield online safety</h1>
      {use === 'element' ? (
        <online-safety-help
          heading-level={level}
          open="signs-of-grooming"
          bar="inline"
          guidance={guidance}
          ononline-safety-help-contact={onContact}
          ononline-safety-help-toggle={(e) => setToggles((seen) => [...seen, e.detail.id])}
        >
          {safeguardingLead}
        </online-safety-help>
      ) : (
        <OnlineSafetyHelp
          headingLevel={level}
          open="signs-of-grooming"
          bar="inline"
          guidance={guidance}
          onContact={onContact}
          onToggle={(e) => setToggles((seen) => [...seen, e.detail.id])}
        >
          {safeguardingLead}
        </OnlineSafetyHelp>
      )}
      <button type="button" onClick={() => setLevel(4)}>
        Use level 4 headings
      </button>
      <p id="contacts">Contacts used: {contacts.join(', ') || 'none'}</p>
      <p id="toggles">Sections toggled: {toggles.join(', ') || 'none'}</p>
      {country && <Country use={use} />}
    </main>
  );
}

const root = createRoot(document.getElementById('root')!);
// Rendered before the page's load event, so the test finds the element at once.
const query = new URLSearchParams(location.search);
flushSync(() => root.render(<App use={query.get('use') ?? ''} country={query.has('country')} />));
