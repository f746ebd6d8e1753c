/**
 * Checks shared by many tests, one copy each: the warning a bad setting gives, the help bar is
 * there with its emergency contact, the widget shows its defaults, a widget on a host page
 * works, no markup became a script.
 */
import { expect } from '@open-wc/testing';
import type { OnlineSafetyHelp } from '../../src/online-safety-help.js';
import { facts } from '../fixtures/facts.js';
import { barLinks, barOf, isShown, panelOf, qa, style, toggles } from './dom.js';
import { activate, rendered, type HostPage } from './host-page.js';

/** The accepted values a warning about each attribute must name, as the documentation gives them. */
export const acceptedValues: Record<string, RegExp> = {
  audience: /parents.*young-people/,
  region: /gb, ie, us, ca, au, nz, other, auto/,
  'heading-level': /1 to 6/,
  sections: /how-grooming-works.*none/s,
  open: /how-grooming-works.*all/s,
  bar: /fixed.*sticky.*inline/,
  theme: /auto.*light.*dark/,
  'quick-exit': /off, on, or space-separated https: addresses/,
};

/**
 * One short warning for each attribute named, in order, each naming its attribute and the
 * values it accepts; and no other warning.
 */
export function expectWarnings(warnings: readonly string[], ...attributes: string[]): void {
  expect(warnings, warnings.join('\n')).to.have.length(attributes.length);
  attributes.forEach((attribute, i) => {
    expect(warnings[i])
      .to.include(`${attribute}=`)
      .and.include('Accepted values')
      .and.match(acceptedValues[attribute]);
    expect(warnings[i].length, 'warning length').to.be.below(600);
  });
}

/** The help bar is drawn, and its emergency link is on screen, goes to 999 and says so. */
export function expectHelpBar(el: OnlineSafetyHelp): void {
  const emergency = barLinks(el).find((a) => a.getAttribute('href') === facts.emergency.href);
  expect(emergency, 'emergency link').to.exist;
  expect(isShown(emergency!), 'emergency link shown').to.be.true;
  expect(emergency!.getAttribute('aria-label')).to.match(facts.emergency.name);
}

/**
 * The widget shows its defaults: every section, collapsed, under an h2 heading; the bar pinned
 * (fixed); the light colours (on a page that asks for no dark scheme).
 */
export function expectDefaults(el: OnlineSafetyHelp): void {
  expect(qa(el, 'h2 > [part~="toggle"][aria-expanded="false"]')).to.have.length(
    facts.sections.length,
  );
  expect(qa(el, '[aria-expanded="true"]')).to.have.length(0);
  expect(style(barOf(el)).position).to.equal('fixed');
  expect(style(qa(el, '[part~="base"]')[0]).backgroundColor).to.equal('rgb(255, 255, 255)');
}

/**
 * A widget on a host page is upgraded and works as a person uses it: a section opens or closes
 * at a click; every link in its bar (the three contacts, then any the host slotted in) is shown,
 * styled by the widget, followed when activated, and the page is told which contact was used.
 */
export async function expectWorking(page: HostPage, el: OnlineSafetyHelp): Promise<void> {
  expect(el, 'element').to.exist;
  expect(el).to.be.instanceOf(page.window.customElements.get('online-safety-help')!);
  await rendered(page, el);

  const links = barLinks(el);
  const builtIn = qa<HTMLAnchorElement>(el, '[part~="bar"] a');
  expect(builtIn.map((a) => a.getAttribute('href'))).to.deep.equal([
    facts.ceop.href,
    facts.nspcc.href,
    facts.emergency.href,
  ]);
  const ids = ['ceop', 'nspcc', 'emergency', ...links.slice(builtIn.length).map(() => 'host')];
  const bar = barOf(el);
  links.forEach((link, i) => {
    expect(isShown(link), link.href).to.be.true;
    // Styled by the widget's own stylesheet: white (or red) buttons on the dark bar.
    expect(style(link).backgroundColor, `${link.href} background`).not.to.equal(
      style(bar).backgroundColor,
    );
    const result = activate(page, link);
    expect(result.followed, link.href).to.be.true;
    expect(result.contacts, link.href).to.deep.equal([{ id: ids[i], href: link.href }]);
  });

  const all = toggles(el);
  expect(all.length, 'section toggles').to.be.greaterThan(0);
  const toggle = all.find((t) => t.getAttribute('aria-expanded') === 'false') ?? all[0];
  const wasOpen = toggle.getAttribute('aria-expanded') === 'true';
  toggle.click();
  await el.updateComplete;
  expect(toggle.getAttribute('aria-expanded'), toggle.id).to.equal(String(!wasOpen));
  expect(isShown(panelOf(toggle)), `${toggle.id} panel shown`).to.equal(!wasOpen);
}

/**
 * A setting value of markup whose scripts, if they ever ran, would set `window[marker]`: an
 * image that fails to load and an inline script.
 */
export const markup = (marker: string) =>
  `"><img src=x onerror="window.${marker}=true"><script>window.${marker}=true</script>`;

/**
 * Nothing of a `markup(marker)` value became markup in the widget, and none of its script ran.
 * An image that fails runs its `onerror` a network round trip later, so the check waits for the
 * same image, put into the page as HTML, to run its own: by then a copy the widget had let
 * through would have run too. That the control ran also shows that the page runs inline handlers.
 */
export async function expectNoInjection(el: OnlineSafetyHelp, marker: string): Promise<void> {
  const win = el.ownerDocument.defaultView! as unknown as Window & Record<string, unknown>;
  expect(el.shadowRoot!.querySelectorAll('img, script, iframe')).to.have.length(0);
  const control = `${marker}Control`;
  const probe = win.document.createElement('div');
  probe.hidden = true;
  probe.innerHTML = `<img src="x" onerror="window.${control}=true">`;
  const failed = new Promise((resolve) =>
    probe.firstElementChild!.addEventListener('error', resolve, { once: true }),
  );
  win.document.body.append(probe);
  await failed;
  await new Promise((resolve) => win.setTimeout(resolve));
  probe.remove();
  expect(win[control], 'the same markup put into the page runs its onerror').to.equal(true);
  expect(win[marker], 'a script from the setting ran').to.equal(undefined);
}
