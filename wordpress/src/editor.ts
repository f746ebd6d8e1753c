/**
 * The block in the editor: its settings in the block sidebar, and a live preview, which is the
 * server's own rendering of the block (the element with its fallback links) upgraded by the
 * widget's script. A plain script: WordPress provides `wp.*` as globals.
 */
(() => {
  const h = wp.element.createElement;
  const { __, sprintf } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { CheckboxControl, Disabled, Notice, PanelBody, SelectControl, TextControl } =
    wp.components;
  const domain = 'online-safety-help';
  const name = 'online-safety-help/guide';
  const sections = window.onlineSafetyHelpEditor?.sections ?? [];
  const regions = window.onlineSafetyHelpEditor?.regions ?? [];
  const fallbackRegions = window.onlineSafetyHelpEditor?.fallbackRegions ?? [];
  const allIds = sections.map((section) => section.id);

  interface Attributes {
    headingLevel: number;
    /** Shown sections; undefined: the readers' own (the element's default). */
    sections?: string[];
    open: string[];
    bar: string;
    theme: string;
    audience: string;
    /** The readers' country; `auto`: the reader's own, found by the widget on the device. */
    region: string;
    /** For `auto`: the country whose links the server prints before the script has run. */
    fallbackRegion: string;
    quickExit: string;
    contactLabel: string;
    contactHref: string;
  }

  /** Same rules as the server's (includes/values.php), to warn while the address is typed. */
  const allowedHref = (href: string): boolean =>
    /^(https:\/\/[^\s"'<>`]+|(tel|sms):\+?[0-9][0-9().\s-]{1,40}|mailto:[^\s@]+@[^\s@]+)$/i.test(
      href.trim(),
    );
  const allowedExit = (pages: string): boolean =>
    pages
      .split(/\s+/)
      .filter(Boolean)
      .every((page) => /^https:\/\/[a-z0-9.-]+(:[0-9]+)?([/?#]\S*)?$/i.test(page));

  /** The list with `id` added or removed, in the guidance's order. */
  const toggled = (list: readonly string[], id: string, on: boolean): string[] =>
    allIds.filter((each) => (each === id ? on : list.includes(each)));

  const options = (entries: [string, string][]) =>
    entries.map(([value, label]) => ({ value, label }));

  function Edit({ attributes, setAttributes }: WPBlockEditProps<Attributes>) {
    const shown = attributes.sections ?? allIds;
    const exitMode = ['', 'off', 'on'].includes(attributes.quickExit) ? attributes.quickExit : 'on';
    const exitPages =
      exitMode === 'on' && attributes.quickExit !== 'on' ? attributes.quickExit : '';
    const hrefProblem =
      attributes.contactHref.trim() !== '' && !allowedHref(attributes.contactHref);
    const exitProblem = exitPages !== '' && !allowedExit(exitPages);

    const guidance = h(
      PanelBody,
      { title: __('Guidance', domain) },
      h(SelectControl, {
        label: __('Readers', domain),
        value: attributes.audience,
        options: options([
          ['parents', __('Parents and carers', domain)],
          ['young-people', __('Young people', domain)],
        ]),
        onChange: (audience) => setAttributes({ audience }),
      }),
      h(SelectControl, {
        label: __("Readers' country", domain),
        help: __(
          "The help bar's contacts are this country's. Where the reader is: each reader's browser picks their country from the device's time zone, on the device.",
          domain,
        ),
        value: attributes.region,
        options: regions,
        onChange: (region) => setAttributes({ region }),
      }),
      attributes.region === 'auto' &&
        h(SelectControl, {
          label: __('Links without JavaScript', domain),
          help: __(
            "Before the page has loaded, and for readers whose browser never runs its script, the page's HTML holds this country's contacts as plain links. The help bar then shows the reader's own country.",
            domain,
          ),
          value: attributes.fallbackRegion,
          options: fallbackRegions,
          onChange: (fallbackRegion) => setAttributes({ fallbackRegion }),
        }),
      h(SelectControl, {
        label: __('Heading level', domain),
        help: __('The level of the section headings in the page outline.', domain),
        value: String(attributes.headingLevel),
        options: [1, 2, 3, 4, 5, 6].map((level) => ({
          value: String(level),
          // translators: %d: a heading level, 1 to 6.
          label: sprintf(__('Heading %d', domain), level),
        })),
        onChange: (level) => setAttributes({ headingLevel: Number(level) }),
      }),
    );

    const shownPanel = h(
      PanelBody,
      { title: __('Sections shown', domain) },
      h(CheckboxControl, {
        label: __('The sections written for the readers chosen above', domain),
        checked: attributes.sections === undefined,
        onChange: (on) => setAttributes({ sections: on ? undefined : allIds }),
      }),
      ...(attributes.sections === undefined
        ? []
        : sections.map((section) =>
            h(CheckboxControl, {
              key: section.id,
              label: section.heading,
              checked: shown.includes(section.id),
              onChange: (on) => setAttributes({ sections: toggled(shown, section.id, on) }),
            }),
          )),
      shown.length === 0 &&
        h(
          Notice,
          { status: 'info', isDismissible: false },
          __('No section: the block shows the help bar alone.', domain),
        ),
    );

    const openPanel = h(
      PanelBody,
      { title: __('Sections open at first', domain), initialOpen: false },
      ...sections
        .filter((section) => shown.includes(section.id))
        .map((section) =>
          h(CheckboxControl, {
            key: section.id,
            label: section.heading,
            checked: attributes.open.includes(section.id),
            onChange: (on) => setAttributes({ open: toggled(attributes.open, section.id, on) }),
          }),
        ),
    );

    const bar = h(
      PanelBody,
      { title: __('Help bar', domain) },
      h(SelectControl, {
        label: __('Position', domain),
        help: __(
          'Pinned: always at the bottom of the window (the first pinned bar on a page). The preview here always shows it in the block.',
          domain,
        ),
        value: attributes.bar,
        options: options([
          ['fixed', __('Pinned to the bottom of the window', domain)],
          ['sticky', __('Sticks to the bottom while the block is on screen', domain)],
          ['inline', __('In the block, after the guidance', domain)],
        ]),
        onChange: (position) => setAttributes({ bar: position }),
      }),
      h(SelectControl, {
        label: __('Colours', domain),
        value: attributes.theme,
        options: options([
          ['auto', __("Follow the reader's setting", domain)],
          ['light', __('Light', domain)],
          ['dark', __('Dark', domain)],
        ]),
        onChange: (theme) => setAttributes({ theme }),
      }),
      h(SelectControl, {
        label: __('Quick exit', domain),
        help: __(
          'A "Leave this page" control, and Shift pressed three times, replace the page with a safe one. It stays off in this preview.',
          domain,
        ),
        value: exitMode,
        options: options([
          ['', __('Default: on for young people only', domain)],
          ['off', __('Off', domain)],
          ['on', __('On', domain)],
        ]),
        onChange: (mode) => setAttributes({ quickExit: mode }),
      }),
      exitMode === 'on' &&
        h(TextControl, {
          label: __('Safe pages (optional)', domain),
          help: __(
            'One or more https: addresses separated by spaces, one picked at random each time. Empty: a weather page.',
            domain,
          ),
          value: exitPages,
          onChange: (pages) => setAttributes({ quickExit: pages.trim() === '' ? 'on' : pages }),
        }),
      exitProblem &&
        h(
          Notice,
          { status: 'warning', isDismissible: false },
          __('Only https: addresses are used; the others are left out.', domain),
        ),
    );

    const contact = h(
      PanelBody,
      { title: __('Your own contact', domain) },
      h(TextControl, {
        label: __('Label', domain),
        help: __('What the link says, for example "Email our safeguarding lead".', domain),
        value: attributes.contactLabel,
        onChange: (contactLabel) => setAttributes({ contactLabel }),
      }),
      h(TextControl, {
        label: __('Address', domain),
        help: __(
          'An address starting with https:, tel:, mailto: or sms:. Empty: the site-wide contact, if there is one.',
          domain,
        ),
        type: 'text',
        value: attributes.contactHref,
        onChange: (contactHref) => setAttributes({ contactHref }),
      }),
      hrefProblem &&
        h(
          Notice,
          { status: 'warning', isDismissible: false },
          __(
            'This address will not be shown: it must start with https:, tel:, mailto: or sms:.',
            domain,
          ),
        ),
    );

    return h(
      'div',
      useBlockProps(),
      h(InspectorControls, null, guidance, shownPanel, openPanel, bar, contact),
      h(Disabled, null, h(wp.serverSideRender, { block: name, attributes })),
    );
  }

  wp.blocks.registerBlockType<Attributes>(name, { edit: Edit, save: () => null });
})();
