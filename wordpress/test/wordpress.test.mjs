// The plugin as its users meet it: the built zip uploaded through WordPress's own admin screen
// into the site that run.sh brought up, then the block, the shortcode, the settings page and the
// site-wide help bar used in headless Chromium, as an administrator, an editor, a contributor and
// a visitor. Prints one line per test and exits 1 if any failed.
/* global document, window, customElements, getComputedStyle, innerHeight, fetch, URLSearchParams, requestAnimationFrame, setTimeout, CSS, wp -- in page.evaluate, which runs in the page */
import { execFileSync } from 'node:child_process';
import { deepStrictEqual, equal, ok } from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { defaultContacts } from '../../lib/contacts.js';
import { getTheCodeTests } from './get-the-code.mjs';
import { audienceSections, defaultGuidance, sectionIds } from '../../lib/content.js';
import { regionSettings } from '../../lib/config.js';
import { fallbackLinks } from '../../lib/fallback.js';
import { regionSettingNames } from '../../lib/regions.js';

const W = process.env.W;
const site = JSON.parse(readFileSync(join(W, 'run/site.json'), 'utf8'));
const origin = new URL(site.base).origin;
const zip = resolve('dist/online-safety-help-wordpress.zip');
const slug = 'online-safety-help';
const pluginDir = join(W, 'wp-content/plugins', slug);
const screenshots = process.env.OSH_WP_SCREENSHOTS === '1';
const fixedClock = readFileSync(resolve('test/fixtures/clock.js'), 'utf8');

// ---------------------------------------------------------------------------------------------
// A small runner: tests run in order (later ones use what earlier ones made); a failure is
// reported and the run goes on, unless the test is marked as one the rest depend on.
// OSH_WP_ONLY=<pattern> runs only the tests whose names match it (and those they depend on).
const results = [];
const only = process.env.OSH_WP_ONLY && new RegExp(process.env.OSH_WP_ONLY, 'i');
async function test(name, body, { required = false } = {}) {
  if (only && !required && !only.test(name)) {
    console.log(`skip    ${name} (OSH_WP_ONLY does not match it)`);
    return;
  }
  const start = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok      ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `FAILED  ${name}\n        ${String(error?.stack ?? error).replace(/\n/g, '\n        ')}`,
    );
    if (required)
      throw new Error(`stopping: "${name}" is needed by the tests after it`, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------
// The browser: Debian's Chromium, kept off the network. Every request not to the site is
// recorded and aborted.
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--disable-dev-shm-usage'],
});
const contexts = {};

/** A page in the browser context of `role` ('visitor' or a user role), watched. */
async function open(role, { javascript = true, width = 1280, height = 800 } = {}) {
  contexts[role] ??= await browser.createBrowserContext();
  const page = await contexts[role].newPage();
  page.setDefaultTimeout(60_000);
  await page.setViewport({ width, height });
  await page.setJavaScriptEnabled(javascript);
  // Every document's clock (frames included) is the browser tests' fixed clock, a Monday at noon
  // in the UK with the NSPCC's lines open, so that what the help bar says of the opening hours
  // does not depend on when the tests run.
  await page.evaluateOnNewDocument(fixedClock);
  // Reduced motion: the editor's panels then open without a smooth scroll that moves a control
  // away from under the pointer.
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  const watch = { requests: [], errors: [], dialogs: [], acceptDialogs: false };
  page.watch = watch;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    watch.requests.push(request.url());
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      request.continue();
    } else {
      request.abort();
    }
  });
  page.on('pageerror', (error) => watch.errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A request to another site, aborted above, is in watch.requests; its message is no error.
    const blocked = !(message.location()?.url ?? '').startsWith(`${origin}/`);
    if (blocked && /^Failed to load resource: net::ERR_/.test(message.text())) return;
    watch.errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    return watch.acceptDialogs ? dialog.accept() : dialog.dismiss();
  });
  return page;
}

async function signIn(role) {
  const page = await open(role);
  const { user, pass } = site.users[role];
  await page.goto(`${origin}/wp-admin/`);
  if (new URL(page.url()).pathname.startsWith('/wp-admin')) return page; // signed in already
  await page.goto(`${origin}/wp-login.php`);
  // Set, not typed: the login page selects the name field's text 200 ms after it loads.
  await page.$eval('#user_login', (input, value) => (input.value = value), user);
  await page.$eval('#user_pass', (input, value) => (input.value = value), pass);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  ok(new URL(page.url()).pathname.startsWith('/wp-admin'), `${role} signed in: ${page.url()}`);
  return page;
}

/** A REST API call made by the page's signed-in user, with the user's REST nonce. */
async function rest(page, method, route, body, query = '') {
  return page.evaluate(
    async (method, route, body, query) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const response = await fetch(`/?rest_route=${encodeURIComponent(route)}${query}`, {
        method,
        headers: { 'X-WP-Nonce': nonce, 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: response.status, json: await response.json() };
    },
    method,
    route,
    body,
    query,
  );
}

/** The block's comment, its attributes escaped the way the block editor writes them. */
function block(attributes = {}) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:online-safety-help/guide ${Object.keys(attributes).length ? `${json} ` : ''}/-->`;
}
const paragraph = (text) => `<!-- wp:paragraph --><p>${text}</p><!-- /wp:paragraph -->`;

/** What a person (or a screen reader) gets from every <online-safety-help> on the page. */
function readWidgets() {
  return [...document.querySelectorAll('online-safety-help')].map((element) => {
    const root = element.shadowRoot;
    const bar = root?.querySelector('[part~="bar"]');
    const rect = bar?.getBoundingClientRect();
    const base = root?.querySelector('[part~="base"]');
    const fallback = element.querySelector(':scope > ul');
    return {
      attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
      children: [...element.children].map((child) =>
        child.localName === 'a' ? `a[slot=${child.getAttribute('slot')}]` : child.localName,
      ),
      // Each item: a link, or text where the contact has no address (call the local emergency number).
      fallbackLinks: [...(fallback?.querySelectorAll(':scope > li') ?? [])].map((item) => {
        const link = item.querySelector('a');
        return {
          href: link?.getAttribute('href') ?? null,
          text: (link ?? item).textContent.trim(),
          visible: (link ?? item).getClientRects().length > 0,
        };
      }),
      fallbackShown: !!fallback && fallback.getClientRects().length > 0,
      upgraded: !!customElements.get('online-safety-help') && !!bar,
      headings: [...(root?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((h) => ({
        level: Number(h.localName[1]),
        id: h.querySelector('button')?.id,
        text: h.textContent.trim(),
        open: h.querySelector('button')?.getAttribute('aria-expanded') === 'true',
      })),
      bar: bar && {
        role: bar.getAttribute('role'),
        label: bar.getAttribute('aria-label'),
        position: getComputedStyle(bar).position,
        pinned:
          getComputedStyle(bar).position === 'fixed' &&
          Math.abs(rect.bottom - innerHeight) < 1 &&
          rect.height > 0,
        visible: rect.height > 0 && rect.width > 0,
        contacts: [...bar.querySelectorAll('a')].map((a) => ({
          href: a.getAttribute('href'),
          name: a.getAttribute('aria-label'),
        })),
        host: [...(bar.querySelector('slot[name="contact"]')?.assignedElements() ?? [])].map(
          (a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() }),
        ),
      },
      colorScheme: base ? getComputedStyle(base).colorScheme : null,
    };
  });
}

/** Waits until every <online-safety-help> on the page has upgraded and rendered, then reads them. */
async function widgetsOn(page) {
  await page.waitForFunction(
    () =>
      customElements.get('online-safety-help') &&
      [...document.querySelectorAll('online-safety-help')].every(
        (element) => element.shadowRoot?.querySelector('[part~="bar"]') && !element.isUpdatePending,
      ),
    { timeout: 20_000 },
  );
  // The pinned bar is chosen among the elements once all have rendered; one frame settles it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  return page.evaluate(readWidgets);
}

/** The parents' contacts (the default audience): those for every audience, and theirs. */
const parentsContacts = defaultContacts.filter(
  (contact) => !contact.audience || contact.audience === 'parents',
);
/** The links the server prints for a region and audience: the widget's own fallback links. */
const fallbackOf = (region, audience = 'parents') =>
  fallbackLinks(region, audience).map(({ href, text }) => ({
    href: href || null,
    text,
    visible: true,
  }));
const expectedFallback = fallbackOf('gb');

/**
 * A few facts from the contact sheet (CONTACTS.md), written here rather than read from the
 * widget: each region's emergency number and where to report, and the UK's own contacts, which
 * no other region may offer.
 */
const sheet = {
  gb: { emergency: 'tel:999', report: 'https://www.ceop.police.uk/' },
  ca: { emergency: 'tel:911', report: 'https://www.cybertip.ca/' },
  nz: { emergency: 'tel:111', report: 'https://netsafe.org.nz/' },
};
const ukOnly = [
  'ceop.police.uk',
  'nspcc.org.uk',
  'childline.org.uk',
  'tel:999',
  'tel:08088005000',
  'tel:08001111',
];

/** The links (or bar contacts) hold the region's emergency number and place to report, and no UK-only contact. */
function expectRegion(links, region, label) {
  const hrefs = links.map((link) => link.href ?? '');
  ok(hrefs.includes(sheet[region].emergency), `${label}: ${sheet[region].emergency} in ${hrefs}`);
  ok(
    hrefs.some((href) => href.startsWith(sheet[region].report)),
    `${label}: ${sheet[region].report} in ${hrefs}`,
  );
  if (region !== 'gb') {
    const uk = hrefs.filter((href) => ukOnly.some((each) => href.includes(each)));
    deepStrictEqual(uk, [], `${label}: UK contacts outside the UK`);
  }
}
/** On a Monday at noon (the fixed clock) the NSPCC's lines are open: its name says until when. */
const expectedBar = parentsContacts.map(({ href, name, hoursText }) => ({
  href,
  name: hoursText ? `${name}, ${hoursText.open.replace('{time}', hoursText.times[22])}` : name,
}));
const headingOf = Object.fromEntries(
  defaultGuidance.sections.map(({ id, heading }) => [id, heading]),
);

/** The module script tag of the bundle, and any inline script the plugin would have added. */
function scriptTags(html) {
  return {
    bundle: [
      ...html.matchAll(/<script\b[^>]*\bsrc=["'][^"']*\/plugins\/online-safety-help\/[^>]*>/g),
    ].map((match) => match[0]),
    inline: [...html.matchAll(/<script\b[^>]*\bid=["']online-safety-help[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => !/\bsrc=/.test(tag)),
  };
}

/** Checks that nothing hostile reached the page: no handler, script, markup or live bad link. */
async function expectHarmless(page, label) {
  const found = await page.evaluate(() => {
    const everything = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [
        el,
        ...(el.shadowRoot ? everything(el.shadowRoot) : []),
      ]);
    const all = everything(document);
    const widgets = [...document.querySelectorAll('online-safety-help')];
    return {
      pwned: window.oshPwned ?? null,
      handlers: all
        .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
        .map((el) => el.outerHTML.slice(0, 160)),
      badLinks: all
        .filter(
          (el) => el.hasAttribute('href') || el.hasAttribute('src') || el.hasAttribute('action'),
        )
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action'))
        .filter(
          (url) => /^\s*(javascript|data|vbscript):/i.test(url) || /^[\s\W]*javascript/i.test(url),
        ),
      widgetMarkup: widgets.map((el) =>
        [...el.querySelectorAll('*')]
          .filter((child) => !['ul', 'li', 'a'].includes(child.localName))
          .map((child) => child.outerHTML.slice(0, 160)),
      ),
      widgetLinks: widgets.flatMap((el) =>
        [...el.querySelectorAll('a'), ...el.shadowRoot.querySelectorAll('a')].map((a) =>
          a.getAttribute('href'),
        ),
      ),
    };
  });
  equal(found.pwned, null, `${label}: a script ran`);
  deepStrictEqual(found.handlers, [], `${label}: event handler attributes on the page`);
  deepStrictEqual(found.badLinks, [], `${label}: javascript: or data: addresses on the page`);
  deepStrictEqual(
    found.widgetMarkup.flat(),
    [],
    `${label}: markup other than links inside a widget`,
  );
  for (const href of found.widgetLinks) {
    ok(/^(https:\/\/|tel:|mailto:|sms:)/.test(href), `${label}: a widget link to ${href}`);
  }
  deepStrictEqual(page.watch.dialogs, [], `${label}: a dialog opened`);
}

/** Every attribute value of a widget is one the element accepts. */
function expectAcceptedAttributes(widget) {
  const ids = `(${sectionIds.join('|')})`;
  const accepted = {
    'heading-level': /^[1-6]$/,
    sections: new RegExp(`^(none|${ids}( ${ids})*)$`),
    open: new RegExp(`^(all|${ids}( ${ids})*)$`),
    bar: /^(fixed|sticky|inline)$/,
    theme: /^(auto|light|dark)$/,
    audience: /^(parents|young-people)$/,
    region: new RegExp(`^(${regionSettings.join('|')})$`),
    'quick-exit': /^(off|on|https:\/\/[^\s"'<>]+( https:\/\/[^\s"'<>]+)*)$/,
  };
  for (const [name, value] of Object.entries(widget.attributes)) {
    ok(
      accepted[name]?.test(value),
      `attribute ${name}="${value}" is not one of its accepted values`,
    );
  }
  for (const host of widget.bar.host)
    ok(host.text.length <= 80, `a host label of ${host.text.length} characters`);
}

function phpState() {
  return JSON.parse(
    execFileSync('php', [resolve('wordpress/test/wp-setup.php'), 'state']).toString(),
  );
}

function phpFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return phpFiles(path);
    return name.endsWith('.php') ? [path] : [];
  });
}

// ---------------------------------------------------------------------------------------------
const pages = {};
let admin;

try {
  console.log(
    `wordpress: WordPress ${site.wordpress}, PHP ${site.php}, MariaDB ${site.database}, ${origin}`,
  );

  await test(
    'the built zip installs through Plugins → Add New → Upload Plugin, and activates',
    async () => {
      admin = await signIn('administrator');
      await admin.goto(`${origin}/wp-admin/plugin-install.php?tab=upload`);
      const input = await admin.waitForSelector('#pluginzip');
      await input.uploadFile(zip);
      await Promise.all([admin.waitForNavigation(), admin.click('#install-plugin-submit')]);
      const installed = await admin.$eval('.wrap', (wrap) => wrap.textContent);
      ok(/Plugin installed successfully/.test(installed), installed.slice(0, 400));
      await Promise.all([
        admin.waitForNavigation(),
        admin.click('.wrap a[href*="action=activate"]'),
      ]);
      const notice = await admin.$eval('#message p', (message) => message.textContent.trim());
      equal(notice, 'Plugin activated.');
      deepStrictEqual(phpState().active, [`${slug}/${slug}.php`]);
    },
    { required: true },
  );

  await test('php -l passes on every PHP file of the installed plugin', async () => {
    const files = phpFiles(pluginDir);
    ok(files.length >= 7, `${files.length} PHP files`);
    for (const file of files) {
      const out = execFileSync('php', ['-l', file]).toString();
      ok(/No syntax errors/.test(out), out);
    }
    console.log(`        ${files.length} files`);
  });

  await test(
    'test content is saved through the REST API',
    async () => {
      const content = {
        block: ['posts', 'Online safety', paragraph('How we keep pupils safe online.') + block()],
        blockSettings: [
          'posts',
          'Block with settings',
          block({
            sections: ['signs-of-grooming', 'where-it-happens', 'if-you-are-concerned'],
            open: ['signs-of-grooming'],
            headingLevel: 3,
            bar: 'sticky',
            theme: 'dark',
            audience: 'young-people',
            quickExit: 'https://www.bbc.co.uk/weather https://example.org/safe',
            contactLabel: 'Email our safeguarding lead',
            contactHref: 'mailto:safeguarding@school.example',
          }),
        ],
        school: [
          'pages',
          'Keeping children safe online',
          paragraph(
            'Children spend much of their lives online. Here is what every parent should know about online grooming, and who to contact if you are worried.',
          ) +
            block({
              open: ['signs-of-grooming'],
              contactLabel: 'Email our safeguarding lead',
              contactHref: 'mailto:safeguarding@school.example',
            }),
        ],
        shortcode: ['posts', 'Shortcode post', 'Read this.\n\n[online_safety_help]'],
        shortcodeSettings: [
          'posts',
          'Shortcode with settings',
          '[online_safety_help sections="aim-of-grooming how-grooming-works" open="all" heading-level="4" bar="inline" theme="light" audience="parents" quick_exit="off" contact_label="Call our safeguarding lead" contact_href="tel:01632 960123"]',
        ],
        plain: ['pages', 'About us', paragraph('We are a primary school.')],
        blockRegion: ['posts', 'Block in Canada', block({ region: 'ca' })],
        blockAuto: [
          'posts',
          "Block, reader's country",
          block({ region: 'auto', fallbackRegion: 'nz' }),
        ],
        shortcodeRegion: ['posts', 'Shortcode in Canada', '[online_safety_help region="ca"]'],
        shortcodeAuto: [
          'posts',
          "Shortcode, reader's country",
          '[online_safety_help region="auto" fallback_region="nz"]',
        ],
        hostileRegion: [
          'posts',
          'Regions not accepted',
          [
            block({ region: '"><script>window.oshPwned=1</script>', fallbackRegion: 'nz' }),
            block({ region: 'auto', fallbackRegion: '" onmouseover="alert(1)' }),
            block({ region: 'uk' }),
            `[online_safety_help region='"><img src=x onerror=alert(1)>' fallback_region="nz"]`,
            '[online_safety_help region="auto" fallback_region="javascript:alert(1)"]',
            '[online_safety_help region="fr"]',
            '[online_safety_help region="gb ca"]',
            '[online_safety_help region=" UK "]',
          ].join('\n\n'),
        ],
      };
      for (const [key, [type, title, body]] of Object.entries(content)) {
        const { status, json } = await rest(admin, 'POST', `/wp/v2/${type}`, {
          title,
          content: body,
          status: 'publish',
        });
        equal(status, 201, JSON.stringify(json).slice(0, 300));
        pages[key] = json.link;
      }
    },
    { required: true },
  );

  await test('without JavaScript, the server HTML of the block and of the shortcode holds every contact', async () => {
    for (const key of ['block', 'shortcode', 'school']) {
      const page = await open('visitor', { javascript: false });
      await page.goto(pages[key]);
      const [widget, ...others] = await page.evaluate(readWidgets);
      equal(others.length, 0, `${key}: one widget`);
      equal(widget.upgraded, false);
      deepStrictEqual(widget.fallbackLinks, expectedFallback, `${key}: fallback links`);
      ok(widget.fallbackShown, `${key}: fallback list shown`);
      if (key === 'school') {
        deepStrictEqual(widget.children, ['ul', 'a[slot=contact]']);
        const host = await page.$eval('online-safety-help > a[slot="contact"]', (a) => [
          a.getAttribute('href'),
          a.textContent,
          a.getClientRects().length > 0,
        ]);
        deepStrictEqual(host, [
          'mailto:safeguarding@school.example',
          'Email our safeguarding lead',
          true,
        ]);
      }
      await page.close();
    }
  });

  await test("without JavaScript, the server HTML holds the chosen region's links: Canada's for region ca, and for auto the fallback region's (New Zealand), with region=\"auto\" on the element", async () => {
    for (const [key, region, links] of [
      ['blockRegion', 'ca', 'ca'],
      ['shortcodeRegion', 'ca', 'ca'],
      ['blockAuto', 'auto', 'nz'],
      ['shortcodeAuto', 'auto', 'nz'],
    ]) {
      const page = await open('visitor', { javascript: false });
      await page.goto(pages[key]);
      const [widget, ...others] = await page.evaluate(readWidgets);
      equal(others.length, 0, `${key}: one widget`);
      equal(widget.attributes.region, region, `${key}: region`);
      deepStrictEqual(widget.fallbackLinks, fallbackOf(links), `${key}: fallback links`);
      expectRegion(widget.fallbackLinks, links, key);
      ok(widget.fallbackShown, `${key}: fallback list shown`);
      await page.close();
    }
  });

  await test("with JavaScript, the block's and the shortcode's region reach the help bar, and for auto the reader's time zone corrects the fallback region", async () => {
    for (const [key, zone, region] of [
      ['blockRegion', 'Pacific/Auckland', 'ca'],
      ['shortcodeRegion', 'Europe/London', 'ca'],
      ['blockAuto', 'America/Toronto', 'ca'],
      ['shortcodeAuto', 'Europe/London', 'gb'],
    ]) {
      const page = await open('visitor');
      await page.emulateTimezone(zone);
      await page.goto(pages[key]);
      const [widget] = await widgetsOn(page);
      ok(widget.upgraded, key);
      equal(widget.fallbackShown, false, `${key}: fallback hidden after upgrade`);
      expectRegion(widget.bar.contacts, region, `${key} in ${zone}`);
      deepStrictEqual(page.watch.errors, [], key);
      await page.close();
    }
  });

  await test('region values that are not accepted are dropped: the element gets gb or no region, and the server prints the UK links', async () => {
    const page = await open('visitor', { javascript: false });
    await page.goto(pages.hostileRegion);
    const widgets = await page.evaluate(readWidgets);
    deepStrictEqual(
      widgets.map((widget) => widget.attributes.region),
      ['gb', 'auto', 'gb', undefined, 'auto', undefined, undefined, 'gb'],
    );
    for (const widget of widgets) {
      deepStrictEqual(widget.fallbackLinks, expectedFallback, JSON.stringify(widget.attributes));
    }
    await page.close();
    const live = await open('visitor');
    await live.emulateTimezone('Europe/London');
    await live.goto(pages.hostileRegion);
    for (const widget of await widgetsOn(live)) {
      ok(widget.upgraded && widget.bar.visible);
      deepStrictEqual(widget.bar.contacts, expectedBar, JSON.stringify(widget.attributes));
      expectAcceptedAttributes(widget);
    }
    await expectHarmless(live, 'region values');
    await live.close();
  });

  await test('the block and the shortcode upgrade: guidance, help bar, fallback hidden; one module script, no inline script', async () => {
    for (const key of ['block', 'shortcode']) {
      const page = await open('visitor');
      const response = await page.goto(pages[key]);
      const html = await response.text();
      const tags = scriptTags(html);
      equal(tags.bundle.length, 1, `${key}: ${tags.bundle}`);
      ok(/\btype="module"/.test(tags.bundle[0]), tags.bundle[0]);
      ok(
        tags.bundle[0].includes(`src='${origin}/wp-content/plugins/${slug}/${slug}.js?ver=`),
        tags.bundle[0],
      );
      deepStrictEqual(tags.inline, [], `${key}: inline scripts of the plugin`);
      const [widget, ...others] = await widgetsOn(page);
      equal(others.length, 0);
      ok(widget.upgraded);
      equal(widget.fallbackShown, false, `${key}: fallback hidden after upgrade`);
      deepStrictEqual(
        widget.headings.map(({ level, id, text, open }) => ({ level, id, text, open })),
        audienceSections.parents.map((id) => ({ level: 2, id, text: headingOf[id], open: false })),
      );
      deepStrictEqual(widget.bar.contacts, expectedBar);
      equal(widget.bar.role, 'region');
      ok(widget.bar.pinned, `${key}: the bar is pinned to the bottom of the window`);
      deepStrictEqual(page.watch.errors, []);
      await page.close();
    }
  });

  await test('a page without the widget loads no script of the plugin', async () => {
    const page = await open('visitor');
    const response = await page.goto(pages.plain);
    const html = await response.text();
    deepStrictEqual(scriptTags(html), { bundle: [], inline: [] });
    equal(await page.$$eval('online-safety-help', (all) => all.length), 0);
    ok(!page.watch.requests.some((url) => url.includes(`/plugins/${slug}/`)));
    await page.close();
  });

  await test("the block's settings reach the element", async () => {
    const page = await open('visitor');
    await page.goto(pages.blockSettings);
    const [widget] = await widgetsOn(page);
    deepStrictEqual(widget.attributes, {
      'heading-level': '3',
      sections: 'where-it-happens signs-of-grooming if-you-are-concerned',
      open: 'signs-of-grooming',
      bar: 'sticky',
      theme: 'dark',
      audience: 'young-people',
      region: 'gb',
      'quick-exit': 'https://www.bbc.co.uk/weather https://example.org/safe',
    });
    deepStrictEqual(
      widget.headings.map(({ level, id, open }) => ({ level, id, open })),
      ['where-it-happens', 'signs-of-grooming', 'if-you-are-concerned'].map((id) => ({
        level: 3,
        id,
        open: id === 'signs-of-grooming',
      })),
    );
    equal(widget.bar.position, 'sticky');
    equal(widget.colorScheme, 'dark');
    deepStrictEqual(widget.bar.host, [
      { href: 'mailto:safeguarding@school.example', text: 'Email our safeguarding lead' },
    ]);
    await page.close();
  });

  await test("the shortcode's attributes reach the element", async () => {
    const page = await open('visitor');
    await page.goto(pages.shortcodeSettings);
    const [widget] = await widgetsOn(page);
    deepStrictEqual(widget.attributes, {
      'heading-level': '4',
      sections: 'how-grooming-works aim-of-grooming',
      open: 'all',
      bar: 'inline',
      theme: 'light',
      audience: 'parents',
      'quick-exit': 'off',
    });
    deepStrictEqual(
      widget.headings.map(({ level, id, open }) => ({ level, id, open })),
      ['how-grooming-works', 'aim-of-grooming'].map((id) => ({ level: 4, id, open: true })),
    );
    equal(widget.bar.position, 'relative');
    equal(widget.colorScheme, 'light');
    deepStrictEqual(widget.bar.host, [
      { href: 'tel:01632960123', text: 'Call our safeguarding lead' },
    ]);
    await page.close();
  });

  // ---------------------------------------------------------------------------------------------
  // The code builder's shortcode and HTML (get-the-code.mjs), before the site-wide bar is on.
  await getTheCodeTests({ test, open, signIn, rest, widgetsOn, origin });

  await test("under a strict Content-Security-Policy (script-src 'self'), the widget still upgrades", async () => {
    const page = await open('visitor');
    await page.evaluateOnNewDocument(() => {
      window.oshViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.oshViolations.push(`${event.blockedURI} ${event.sample}`),
      );
    });
    const response = await page.goto(`${pages.school}?osh-csp=1`);
    ok(/script-src 'self'/.test(response.headers()['content-security-policy']));
    const [widget] = await widgetsOn(page);
    ok(widget.upgraded && widget.bar.pinned);
    const violations = await page.evaluate(() => window.oshViolations);
    // WordPress's own inline scripts (the emoji loader) are refused; none is the plugin's.
    deepStrictEqual(
      violations.filter((text) => /online-safety|onlineSafety/i.test(text)),
      [],
    );
    console.log(`        ${violations.length} inline script(s) of WordPress itself refused`);
    await page.close();
  });

  await test('the block editor loads, the block is inserted from the inserter, and its preview is live', async () => {
    const page = await open('administrator', { width: 1280, height: 860 });
    // The school's own time zone: with the block's country set to auto, the preview is the UK's.
    await page.emulateTimezone('Europe/London');
    await page.goto(`${origin}/wp-admin/post-new.php`);
    await page.waitForFunction(
      () =>
        window.wp?.data?.select('core/editor')?.getCurrentPostId() &&
        document.querySelector('.edit-post-layout'),
    );
    const type = await page.evaluate(() => {
      const found = wp.blocks.getBlockType('online-safety-help/guide');
      return found && { title: found.title, category: found.category };
    });
    deepStrictEqual(type, { title: 'Online safety help', category: 'widgets' });
    // A title and a paragraph, then the block from the inserter's search.
    await page.click('.editor-post-title__input, .wp-block-post-title');
    await page.keyboard.type('Online safety at Oakfield');
    await page.keyboard.press('Enter');
    await page.keyboard.type(
      'What every parent should know, and who to contact if you are worried.',
    );
    await page.click('button[aria-label="Toggle block inserter"]');
    const search = await page.waitForSelector('.block-editor-inserter__search input');
    await search.type('online safety');
    const item = await page.waitForSelector(
      '::-p-xpath(//button[contains(@class, "block-editor-block-types-list__item")][.//span[normalize-space()="Online safety help"]])',
    );
    await item.click();
    await page.click('button[aria-label="Toggle block inserter"]');
    // The preview: the server's rendering of the block, upgraded, its bar kept in the block.
    await page.waitForFunction(
      () =>
        document.querySelector('.wp-block online-safety-help')?.shadowRoot?.querySelectorAll('h2')
          .length === 5,
      { timeout: 30_000 },
    );
    const first = await page.evaluate(() => {
      const element = document.querySelector('.wp-block online-safety-help');
      return {
        bar: element.getAttribute('bar'),
        quickExit: element.getAttribute('quick-exit'),
        position: getComputedStyle(element.shadowRoot.querySelector('[part~="bar"]')).position,
      };
    });
    deepStrictEqual(first, { bar: 'inline', quickExit: 'off', position: 'relative' });

    // Settings in the sidebar change the preview.
    const settings = await page.$('.edit-post-header button[aria-label="Settings"]');
    if ((await settings.evaluate((button) => button.getAttribute('aria-expanded'))) !== 'true') {
      await settings.click();
    }
    const fieldFor = (panel, label) =>
      page.evaluate(
        async (panel, label) => {
          const body = [
            ...document.querySelectorAll('.block-editor-block-inspector .components-panel__body'),
          ].find(
            (each) =>
              each.querySelector('.components-panel__body-title').textContent.trim() === panel,
          );
          if (!body.classList.contains('is-opened')) {
            body.querySelector('.components-panel__body-toggle').click();
            await new Promise((done) => requestAnimationFrame(done));
          }
          const found = [...body.querySelectorAll('label')].find(
            (element) => element.textContent.trim() === label,
          );
          return `#${CSS.escape(found.htmlFor)}`;
        },
        panel,
        label,
      );
    await page.waitForSelector('.block-editor-block-inspector .components-panel__body');
    await page.select(await fieldFor('Guidance', 'Heading level'), '3');
    // The readers' country: all eight choices, with their names; the links without JavaScript
    // are asked for only with auto.
    const countryField = await fieldFor('Guidance', "Readers' country");
    const countries = await page.$$eval(`${countryField} option`, (options) =>
      options.map((option) => [option.value, option.textContent.trim()]),
    );
    deepStrictEqual(Object.fromEntries(countries), { ...regionSettingNames });
    deepStrictEqual(
      countries.map(([value]) => value),
      [...regionSettings],
    );
    const fallbackLabel = 'Links without JavaScript';
    const fallbackSelect = () =>
      page.evaluate(
        (label) =>
          [...document.querySelectorAll('.block-editor-block-inspector label')].some(
            (each) => each.textContent.trim() === label,
          ),
        fallbackLabel,
      );
    equal(await fallbackSelect(), false, 'no fallback region for gb');
    await page.select(countryField, 'auto');
    await page.waitForFunction(
      () =>
        document.querySelector('.wp-block online-safety-help')?.getAttribute('region') === 'auto',
      { timeout: 30_000 },
    );
    const fallbackField = await fieldFor('Guidance', fallbackLabel);
    deepStrictEqual(
      await page.$$eval(`${fallbackField} option`, (options) => options.map((o) => o.value)),
      regionSettings.filter((region) => region !== 'auto'),
    );
    equal(await page.$eval(fallbackField, (select) => select.value), 'gb');
    await page.type(await fieldFor('Your own contact', 'Label'), 'Email our safeguarding lead');
    await page.type(
      await fieldFor('Your own contact', 'Address'),
      'mailto:safeguarding@school.example',
    );
    const previewShows = (open) =>
      page
        .waitForFunction(
          (open) => {
            const root = document.querySelector('.wp-block online-safety-help')?.shadowRoot;
            const host = root?.querySelector('slot[name="contact"]')?.assignedElements() ?? [];
            return (
              root?.querySelectorAll('h3').length === 5 &&
              root.querySelector('#signs-of-grooming')?.getAttribute('aria-expanded') ===
                String(open) &&
              host[0]?.getAttribute('href') === 'mailto:safeguarding@school.example'
            );
          },
          { timeout: 30_000 },
          open,
        )
        .catch(async (error) => {
          const state = await page.evaluate(() => ({
            html: document
              .querySelector('.wp-block-online-safety-help-guide')
              ?.outerHTML.slice(0, 1500),
            attributes: wp.data
              .select('core/block-editor')
              .getBlocks()
              .map((each) => [each.name, each.attributes]),
          }));
          throw new Error(`${error.message}: ${JSON.stringify(state)}`);
        });
    await previewShows(false);
    if (screenshots) {
      // The sidebar from its top: the readers and their country.
      await page.evaluate(() => {
        document.activeElement.blur();
        let box = document.querySelector('.block-editor-block-inspector');
        for (; box; box = box.parentElement) box.scrollTop = 0;
      });
      await page.screenshot({ path: 'docs/wordpress-editor.png' });
    }
    const openBox = await fieldFor(
      'Sections open at first',
      'How can I tell if my child is being groomed online?',
    );
    await page.waitForSelector(openBox, { visible: true });
    await page.click(openBox);
    await page.waitForFunction((box) => document.querySelector(box)?.checked, {}, openBox);
    await previewShows(true);
    // Published, the page shows what the editor set.
    await page.click('.editor-post-publish-panel__toggle');
    await page.click('.editor-post-publish-panel .editor-post-publish-button');
    await page.waitForFunction(() => wp.data.select('core/editor').isCurrentPostPublished());
    pages.editor = await page.evaluate(() => wp.data.select('core/editor').getPermalink());
    deepStrictEqual(page.watch.errors, []);
    await page.close();

    const visitor = await open('visitor');
    await visitor.goto(pages.editor);
    const [widget] = await widgetsOn(visitor);
    equal(widget.attributes['heading-level'], '3');
    equal(widget.attributes.open, 'signs-of-grooming');
    equal(widget.attributes.region, 'auto');
    ok(widget.bar.pinned);
    deepStrictEqual(widget.bar.host, [
      { href: 'mailto:safeguarding@school.example', text: 'Email our safeguarding lead' },
    ]);
    await visitor.close();
  });

  if (screenshots) {
    await test('screenshot of a front-end page', async () => {
      const page = await open('visitor');
      await page.goto(pages.school);
      await widgetsOn(page);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: 'docs/wordpress-page.png' });
      await page.close();
    });
  }

  await test('an Editor and a Contributor can neither open the settings page nor post to it', async () => {
    const before = phpState().option;
    for (const role of ['editor', 'contributor']) {
      const page = await signIn(role);
      const response = await page.goto(`${origin}/wp-admin/options-general.php?page=${slug}`);
      equal(response.status(), 403, `${role}: opening the page`);
      equal(await page.$('form[action="options.php"]'), null);
      ok(/not allowed/.test(await page.$eval('body', (body) => body.textContent)));
      // A valid nonce of this user's own, as if found: the capability check must still refuse.
      const posted = await page.evaluate(async (slug) => {
        const nonce = await (await fetch(`/?osh-nonce=${slug}-options`)).text();
        const response = await fetch('/wp-admin/options.php', {
          method: 'POST',
          redirect: 'manual',
          body: new URLSearchParams({
            option_page: slug,
            action: 'update',
            _wpnonce: nonce,
            _wp_http_referer: `/wp-admin/options-general.php?page=${slug}`,
            'online_safety_help[sitewide]': '1',
            'online_safety_help[contact_label]': 'Changed by a non-administrator',
            'online_safety_help[contact_href]': 'https://changed.example/',
          }),
        });
        return { status: response.status, nonce };
      }, slug);
      ok(
        /^[0-9a-f]{10}$/.test(posted.nonce),
        `${role}: a nonce of the user's own: ${posted.nonce}`,
      );
      equal(posted.status, 403, `${role}: posting the form`);
      await page.close();
    }
    deepStrictEqual(phpState().option, before, 'the option is unchanged');
  });

  const hostileShortcodes = [
    `[online_safety_help sections='"><script>window.oshPwned=1</script>' open="all onmouseover=alert(1)" heading_level="3 onclick=alert(1)" bar='fixed" onmouseover="alert(1)' theme="<img src=x onerror=alert(1)>" audience="javascript:alert(1)" quick_exit="javascript:alert(1) data:text/html,hi http://plain.example/" contact_label='"><img src=x onerror=alert(1)>' contact_href="javascript:alert(document.cookie)"]`,
    `[online_safety_help contact_label="Lead" contact_href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="]`,
    `[online_safety_help contact_label="Lead" contact_href=" JaVaScRiPt:alert(1)"]`,
    `[online_safety_help contact_label="Lead" contact_href="&#106;avascript:alert(1)"]`,
    `[online_safety_help contact_label="Lead" contact_href='https://ok.example/" onmouseover="alert(1)']`,
    `[online_safety_help contact_label="Lead" contact_href="https://ok.example/${'a'.repeat(5000)}" sections="${'signs-of-grooming '.repeat(500)}"]`,
    `[online_safety_help contact_label="${'A'.repeat(5000)}" contact_href="mailto:lead@school.example"]`,
  ];
  const hostileBlocks = [
    block({
      headingLevel: '3"><script>window.oshPwned=1</script>',
      sections: ['"><script>window.oshPwned=1</script>', 'signs-of-grooming'],
      open: 'all" onmouseover="alert(1)',
      bar: 'fixed" onmouseover="alert(1)',
      theme: 'dark><img src=x onerror=alert(1)>',
      audience: 'parents" onclick="alert(1)',
      quickExit: 'javascript:alert(1)',
      contactLabel: '<script>window.oshPwned=1</script>Lead',
      contactHref: 'javascript:alert(1)',
    }),
    block({ contactLabel: 'Lead', contactHref: 'data:text/html,<script>alert(1)</script>' }),
    block({ contactLabel: 'x'.repeat(3000), contactHref: 'sms:0800" onmouseover="alert(1)' }),
  ];
  const hostile = [...hostileShortcodes, ...hostileBlocks].join('\n\n');

  await test('hostile shortcode and block attributes saved by a Contributor reach no page as markup, script or live link', async () => {
    const contributor = await signIn('contributor');
    const { status, json } = await rest(contributor, 'POST', '/wp/v2/posts', {
      title: 'Hostile post',
      content: hostile,
      status: 'pending',
    });
    equal(status, 201, JSON.stringify(json).slice(0, 300));
    await contributor.close();
    // An administrator reviewing the post is the one such content would aim at.
    const page = await open('administrator');
    await page.goto(`${origin}/?p=${json.id}&preview=true`);
    const widgets = await widgetsOn(page);
    await expectHarmless(page, 'contributor post');
    ok(widgets.length >= hostileShortcodes.length, `${widgets.length} widgets`);
    for (const widget of widgets) {
      ok(widget.upgraded && widget.bar.visible);
      deepStrictEqual(widget.bar.contacts, expectedBar);
      expectAcceptedAttributes(widget);
    }
    await page.close();
  });

  await test('the same hostile attributes saved unfiltered (by an administrator) are reduced by the plugin itself', async () => {
    const { status, json } = await rest(admin, 'POST', '/wp/v2/posts', {
      title: 'Hostile post, unfiltered',
      content: hostile,
      status: 'publish',
    });
    equal(status, 201);
    const raw = await rest(admin, 'GET', `/wp/v2/posts/${json.id}`, undefined, '&context=edit');
    ok(raw.json.content.raw.includes('<script>window.oshPwned=1</script>'), 'stored as written');
    const page = await open('visitor');
    await page.goto(json.link);
    const widgets = await widgetsOn(page);
    await expectHarmless(page, 'unfiltered post');
    equal(widgets.length, hostileShortcodes.length + hostileBlocks.length);
    for (const widget of widgets) {
      ok(widget.upgraded && widget.bar.visible);
      deepStrictEqual(widget.bar.contacts, expectedBar);
      expectAcceptedAttributes(widget);
    }
    // The over-long label is cut; no address that is not allowed (or is over-long) became a link.
    deepStrictEqual(
      widgets.flatMap((widget) => widget.bar.host),
      [{ href: 'mailto:lead@school.example', text: 'A'.repeat(80) }],
    );
    await page.close();
  });

  const settingsUrl = `${origin}/wp-admin/options-general.php?page=${slug}`;
  async function saveSettings(page, values) {
    await page.goto(settingsUrl);
    const checked = await page.$eval('#online-safety-help-sitewide', (box) => box.checked);
    if (checked !== values.sitewide) await page.click('#online-safety-help-sitewide');
    for (const [id, value] of [
      ['#online-safety-help-contact-label', values.label],
      ['#online-safety-help-contact-href', values.href],
      ['#online-safety-help-quick-exit-pages', values.exitPages ?? ''],
    ]) {
      await page.$eval(id, (input) => (input.value = ''));
      await page.type(id, value);
    }
    await page.select('#online-safety-help-quick-exit', values.exit ?? '');
    await page.select('#online-safety-help-region', values.region ?? 'gb');
    if (values.fallbackRegion) {
      await page.select('#online-safety-help-fallback-region', values.fallbackRegion);
    }
    // A value no option offers, as a hand-made request would post it.
    for (const [id, value] of Object.entries(values.forged ?? {})) {
      await page.$eval(
        id,
        (select, value) => {
          select.options[0].value = value;
          select.selectedIndex = 0;
        },
        value,
      );
    }
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    return page.$$eval('.notice, .error, .updated', (notices) =>
      notices.map((n) => n.textContent.trim()),
    );
  }

  await test('hostile values posted to the settings form are dropped or escaped, and the help bar still shows', async () => {
    const page = await open('administrator');
    const notices = await saveSettings(page, {
      sitewide: true,
      label: '<img src=x onerror=alert(1)>Safeguarding "lead"',
      href: 'javascript:alert(document.cookie)',
      exit: 'on',
      exitPages: 'javascript:alert(1) https://www.bbc.co.uk/weather data:text/html,hi',
      forged: {
        '#online-safety-help-region': '"><script>window.oshPwned=1</script>',
        '#online-safety-help-fallback-region': 'auto',
      },
    });
    ok(
      notices.some((text) => /contact address was not saved/.test(text)),
      notices.join(' | '),
    );
    const stored = phpState().option;
    deepStrictEqual(stored, {
      sitewide: true,
      contact_label: 'Safeguarding "lead"',
      contact_href: '',
      theme: 'auto',
      audience: 'parents',
      region: 'gb',
      fallback_region: 'gb',
      quick_exit: 'https://www.bbc.co.uk/weather',
    });
    equal(
      await page.$eval('#online-safety-help-contact-label', (input) => input.value),
      'Safeguarding "lead"',
    );
    await page.close();
    const visitor = await open('visitor');
    await visitor.goto(pages.plain);
    const [widget, ...others] = await widgetsOn(visitor);
    equal(others.length, 0);
    ok(widget.bar.pinned);
    deepStrictEqual(widget.bar.contacts, expectedBar);
    deepStrictEqual(widget.bar.host, [], 'no contact without an allowed address');
    await expectHarmless(visitor, 'site-wide bar');
    await visitor.close();
  });

  await test('the settings page turns the site-wide bar on with a host contact; it shows on another page, and its requests go only to the site', async () => {
    const page = await open('administrator');
    const notices = await saveSettings(page, {
      sitewide: true,
      label: 'Call our safeguarding lead',
      href: 'tel:01632 960123',
      exit: '',
    });
    ok(
      notices.some((text) => /Settings saved/.test(text)),
      notices.join(' | '),
    );
    await page.close();

    const visitor = await open('visitor');
    await visitor.goto(pages.plain);
    const [widget, ...others] = await widgetsOn(visitor);
    equal(others.length, 0);
    deepStrictEqual(widget.attributes, {
      sections: 'none',
      bar: 'fixed',
      theme: 'auto',
      audience: 'parents',
      region: 'gb',
    });
    deepStrictEqual(widget.headings, []);
    ok(widget.bar.pinned);
    deepStrictEqual(widget.bar.contacts, expectedBar);
    deepStrictEqual(widget.bar.host, [
      { href: 'tel:01632960123', text: 'Call our safeguarding lead' },
    ]);
    const elsewhere = visitor.watch.requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'),
    );
    deepStrictEqual(elsewhere, [], 'requests to other sites');
    ok(visitor.watch.requests.some((url) => url.includes(`/plugins/${slug}/${slug}.js`)));
    console.log(`        ${visitor.watch.requests.length} requests, all to ${origin}`);
    deepStrictEqual(visitor.watch.errors, []);
    await visitor.close();
  });

  await test('with the site-wide bar on, a page with the block or the shortcode shows one pinned bar, with the site contact when it has none', async () => {
    const expected = {
      block: [{ href: 'tel:01632960123', text: 'Call our safeguarding lead' }],
      shortcode: [{ href: 'tel:01632960123', text: 'Call our safeguarding lead' }],
      school: [{ href: 'mailto:safeguarding@school.example', text: 'Email our safeguarding lead' }],
    };
    for (const [key, host] of Object.entries(expected)) {
      const page = await open('visitor');
      await page.goto(pages[key]);
      const widgets = await widgetsOn(page);
      equal(widgets.length, 1, `${key}: one element`);
      equal(widgets.filter((widget) => widget.bar.pinned).length, 1, `${key}: one pinned bar`);
      equal(await page.evaluate(() => document.querySelectorAll('[role="region"]').length), 0);
      deepStrictEqual(widgets[0].bar.host, host, `${key}: host contact`);
      await page.close();
    }
  });

  await test('the settings page sets the site-wide bar\'s country: eight choices with their names, the links without JavaScript asked only for auto; another page then holds that country\'s links, with region="auto"', async () => {
    const page = await open('administrator');
    await page.goto(settingsUrl);
    const choices = await page.$$eval('#online-safety-help-region option', (options) =>
      options.map((option) => [option.value, option.textContent.trim()]),
    );
    deepStrictEqual(
      choices.map(([value]) => value),
      [...regionSettings],
    );
    deepStrictEqual(Object.fromEntries(choices), { ...regionSettingNames });
    const fallbackShown = () =>
      page.$eval('#online-safety-help-fallback-region', (select) => ({
        shown: select.getClientRects().length > 0,
        label: document.querySelector(`label[for="${select.id}"]`).textContent.trim(),
        choices: [...select.options].map((option) => option.value),
      }));
    const fallbackField = {
      label: 'Links without JavaScript',
      choices: regionSettings.filter((region) => region !== 'auto'),
    };
    deepStrictEqual(await fallbackShown(), { shown: false, ...fallbackField }, 'for gb');
    await page.select('#online-safety-help-region', 'auto');
    deepStrictEqual(await fallbackShown(), { shown: true, ...fallbackField }, 'for auto');
    const notices = await saveSettings(page, {
      sitewide: true,
      label: 'Call our safeguarding lead',
      href: 'tel:01632 960123',
      region: 'auto',
      fallbackRegion: 'nz',
    });
    ok(
      notices.some((text) => /Settings saved/.test(text)),
      notices.join(' | '),
    );
    const { region, fallback_region: fallback } = phpState().option;
    deepStrictEqual([region, fallback], ['auto', 'nz']);
    if (screenshots) {
      // A window tall enough for the whole form (a full-page capture cuts the admin menu short).
      await page.setViewport({ width: 1280, height: 1100 });
      await page.screenshot({ path: 'docs/wordpress-settings.png' });
    }
    await page.close();

    const visitor = await open('visitor', { javascript: false });
    await visitor.goto(pages.plain);
    const [widget, ...others] = await visitor.evaluate(readWidgets);
    equal(others.length, 0);
    equal(widget.attributes.region, 'auto');
    deepStrictEqual(widget.fallbackLinks, fallbackOf('nz'));
    expectRegion(widget.fallbackLinks, 'nz', 'site-wide bar without JavaScript');
    await visitor.close();
    for (const [zone, country] of [
      ['Pacific/Auckland', 'nz'],
      ['America/Toronto', 'ca'],
    ]) {
      const live = await open('visitor');
      await live.emulateTimezone(zone);
      await live.goto(pages.plain);
      const [bar] = await widgetsOn(live);
      ok(bar.bar.pinned);
      expectRegion(bar.bar.contacts, country, `site-wide bar in ${zone}`);
      await live.close();
    }
  });

  await test('deleting the plugin removes its option', async () => {
    ok(phpState().option, 'the option exists before');
    const page = await open('administrator');
    page.watch.acceptDialogs = true;
    await page.goto(`${origin}/wp-admin/plugins.php`);
    await Promise.all([
      page.waitForNavigation(),
      page.click(`tr[data-slug="${slug}"] .deactivate a`),
    ]);
    await page.click(`tr[data-slug="${slug}"] .delete a`);
    await page.waitForFunction(
      (slug) => !document.querySelector(`tr[data-slug="${slug}"]:not(.plugin-deleted-tr)`),
      {},
      slug,
    );
    const state = phpState();
    equal(state.option, null);
    equal(state.folder, false);
    await page.close();
  });

  await test("WordPress's debug log holds nothing from the plugin's own files", async () => {
    const log = readFileSync(join(W, 'logs/wp-debug.log'), 'utf8');
    const lines = log.split('\n').filter(Boolean);
    const ours = lines.filter((line) => line.includes(`/plugins/${slug}/`));
    deepStrictEqual(ours, []);
    console.log(`        ${lines.length} line(s) in the log, none from the plugin`);
  });
} catch (error) {
  console.log(String(error?.message ?? error));
  results.push({ name: 'run', ok: false });
} finally {
  await browser.close();
}

const failed = results.filter((result) => !result.ok).length;
console.log(`wordpress: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
