/**
 * A small Vue 3 app around the element, as a Vue site would write it: a template compiled in
 * the browser, with `isCustomElement` telling Vue's compiler the tag is not a Vue component.
 * Bundled by esbuild for the test run, with `vue` aliased to its full build (the one with the
 * template compiler), as a Vite config would alias it.
 */
import { createApp } from 'vue';
import { defaultGuidance } from 'online-safety-help';

const app = createApp({
  data: () => ({
    level: 3,
    guidance: { ...defaultGuidance, barLabel: 'Help for Oakfield parents' },
    contacts: [] as string[],
    toggles: [] as string[],
  }),
  template: `
    <main>
      <h1>Oakfield online safety</h1>
      <online-safety-help
        :heading-level="level"
        open="signs-of-grooming"
        bar="inline"
        :guidance.prop="guidance"
        @online-safety-help-contact="contacts.push($event.detail.id)"
        @online-safety-help-toggle="toggles.push($event.detail.id)"
      >
        <a slot="contact" href="https://oakfield.example/safeguarding">Our safeguarding lead</a>
      </online-safety-help>
      <button type="button" @click="level = 4">Use level 4 headings</button>
      <p id="contacts">Contacts used: {{ contacts.join(', ') || 'none' }}</p>
      <p id="toggles">Sections toggled: {{ toggles.join(', ') || 'none' }}</p>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'online-safety-help';
app.mount('#root');
