import { expect, fixture } from '@open-wc/testing';
import '../../src/online-safety-help-define.js';
import { OnlineSafetyHelp } from '../../src/online-safety-help.js';

const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;

/** The element renders its help bar with the emergency contact. */
async function expectWorking(el: HTMLElement & { updateComplete?: Promise<unknown> }) {
  await el.updateComplete;
  const emergency = el.shadowRoot?.querySelector('[part~="bar"] a[href="tel:999"]');
  expect(emergency, 'the emergency contact').to.exist;
}

describe('Registration: OnlineSafetyHelp.define()', () => {
  it('the package entry defines <online-safety-help>; defining it again changes nothing', () => {
    const defined = customElements.get('online-safety-help')!;
    // Each tag gets a subclass of its own, so that one class can serve several tags.
    expect(defined.prototype).to.be.instanceOf(OnlineSafetyHelp);
    expect(() => OnlineSafetyHelp.define()).not.to.throw();
    expect(OnlineSafetyHelp.define()).to.equal(defined);
  });

  it('a tag of the host’s own choosing gets a working element', async () => {
    const tag = unique('school-safety-help');
    const defined = OnlineSafetyHelp.define(tag);
    expect(customElements.get(tag)).to.equal(defined);
    const el = await fixture<HTMLElement>(`<${tag} bar="inline" sections="none"></${tag}>`);
    expect(el).to.be.instanceOf(OnlineSafetyHelp);
    await expectWorking(el as OnlineSafetyHelp);
  });

  it('a tag already taken by another element is left as it is, without an error', () => {
    const tag = unique('taken-help');
    class Other extends HTMLElement {}
    customElements.define(tag, Other);
    expect(OnlineSafetyHelp.define(tag)).to.equal(Other);
  });

  it('a registry of the host’s own is used instead of the page’s', () => {
    const defined = new Map<string, CustomElementConstructor>();
    const registry = {
      get: (tag: string) => defined.get(tag),
      define: (tag: string, constructor: CustomElementConstructor) => defined.set(tag, constructor),
    } as unknown as CustomElementRegistry;
    const result = OnlineSafetyHelp.define('scoped-safety-help', registry);
    expect(defined.get('scoped-safety-help')).to.equal(result);
    expect(customElements.get('scoped-safety-help')).to.equal(undefined);
  });
});
