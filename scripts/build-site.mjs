// `npm run build:site`: writes site/, a folder for any static host (GitHub Pages, say), served
// at / or under a sub-path such as /online-safety-help/: every address in it is relative.
//
//   index.html, CHANGELOG.html, …  README.md and the Markdown files it links to, as HTML pages
//   docs/*.html, docs/*.png        the docs, and the images they show
//   demo/                          the example pages and the code builder (demo/get-the-code.html)
//   dist/, build/get-the-code.js   the bundle with its .sri, and the builder's script
//
// A link to a Markdown file becomes a link to its page (docs/x.md#a → docs/x.html#a, README.md
// → index.html); a link to another file of the repository copies that file (LICENSE as
// LICENSE.txt, which a static host serves as text). Run after `npm run build`, whose output it
// copies. Prints the number of pages and the size of the site.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import { gfmHeadingId } from 'marked-gfm-heading-id';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(join(root, file), 'utf8');

/** Where a file of the repository is in the site. */
function sitePath(file) {
  if (file === 'README.md') return 'index.html';
  if (file.endsWith('.md')) return `${file.slice(0, -3)}.html`;
  // A file without an extension is served as text by every host once it has one.
  if (!posix.basename(file).includes('.')) return `${file}.txt`;
  return file;
}

/** Files the site holds as they are, besides those that pages link to. */
const assets = () => [
  'dist/online-safety-help.js',
  'dist/online-safety-help.js.sri',
  'build/get-the-code.js',
  ...['demo', 'demo/get-the-code'].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => /\.(html|css)$/.test(name))
      .map((name) => `${folder}/${name}`),
  ),
];

/**
 * Builds the site into `out` (default site/). Returns what it wrote: the pages, and every file
 * with its size.
 */
export function buildSite(out = join(root, 'site')) {
  for (const file of ['dist/online-safety-help.js.sri', 'build/get-the-code.js']) {
    if (!existsSync(join(root, file)))
      throw new Error(`${file} is missing: run npm run build first`);
  }
  rmSync(out, { recursive: true, force: true });
  const written = new Map();
  const write = (file, content) => {
    const target = join(out, file);
    mkdirSync(dirname(target), { recursive: true });
    if (content === undefined)
      copyFileSync(
        join(
          root,
          file.endsWith('.txt') && !existsSync(join(root, file)) ? file.slice(0, -4) : file,
        ),
        target,
      );
    else writeFileSync(target, content);
    written.set(file, statSync(target).size);
  };

  /** Repository files that pages link to, still to be written, by repository path. */
  const queue = ['README.md'];
  const queued = new Set(queue);
  const need = (file) => {
    if (!queued.has(file)) {
      queued.add(file);
      queue.push(file);
    }
  };

  /**
   * The address in the site of an address written in `from` (a repository path): a file of the
   * repository becomes its page or its copy, and is queued; other addresses stay as they are.
   */
  function rewrite(href, from) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(href) || !href) return href;
    if (href.startsWith('/')) throw new Error(`${from}: ${href} is not relative`);
    const [path, hash = ''] = href.split(/(?=#)/);
    const file = posix.normalize(posix.join(posix.dirname(from), decodeURI(path)));
    if (
      file.startsWith('..') ||
      !existsSync(join(root, file)) ||
      statSync(join(root, file)).isDirectory()
    ) {
      throw new Error(`${from}: ${href} names no file of the repository`);
    }
    need(file);
    const relative = posix.relative(posix.dirname(sitePath(from)), sitePath(file));
    return `${encodeURI(relative)}${hash}`;
  }

  const attributes = (html, from) =>
    html.replace(
      /\b(href|src)="([^"]*)"/g,
      (_, name, value) => `${name}="${rewrite(value, from)}"`,
    );

  const pages = [];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (file.endsWith('.md')) {
      const { html, title } = markdownPage(file, rewrite);
      write(sitePath(file), pageHtml(html, title, sitePath(file)));
      pages.push(sitePath(file));
    } else if (file.endsWith('.html')) {
      write(file, attributes(read(file), file));
      pages.push(file);
    } else {
      write(sitePath(file));
    }
    if (queue.length === 0) {
      for (const asset of assets()) need(asset);
    }
  }
  write('site.css', read('scripts/site.css'));
  // GitHub Pages runs Jekyll on a branch unless told not to; the site is plain files.
  write('.nojekyll', '');
  return { pages: pages.sort(), files: written };
}

/** A Markdown file as HTML, with GitHub's heading ids and its addresses rewritten. */
function markdownPage(file, rewrite) {
  const marked = new Marked(gfmHeadingId(), {
    gfm: true,
    walkTokens(token) {
      if (token.type === 'link' || token.type === 'image') token.href = rewrite(token.href, file);
      if (token.type === 'html') {
        token.text = token.text.replace(
          /\b(href|src)="([^"]*)"/g,
          (_, name, value) => `${name}="${rewrite(value, file)}"`,
        );
      }
    },
    renderer: {
      // An address on localhost is where `npm start` serves, on the reader's own machine: text.
      link(token) {
        return /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(token.href)
          ? this.parser.parseInline(token.tokens)
          : false;
      },
      // A wide table scrolls on its own, not the page; it can be scrolled by keyboard.
      table(token) {
        return `<div class="table" tabindex="0">${this.constructor.prototype.table.call(this, token)}</div>`;
      },
    },
  });
  const source = read(file);
  const html = marked.parse(source);
  const title = /^#\s+(.+)$/m.exec(source)?.[1].replace(/[`*_]/g, '') ?? file;
  return { html, title };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A page of the site around `body`, with links relative to where the page is. */
function pageHtml(body, title, path) {
  const up = (target) => posix.relative(posix.dirname(path), target) || posix.basename(target);
  const nav = [
    ['index.html', 'online-safety-help'],
    ['demo/get-the-code.html', 'Get the code'],
    ['demo/index.html', 'Example: school page'],
    ['demo/game.html', 'Example: game community'],
  ]
    .map(([target, text]) => {
      const current = target === path ? ' aria-current="page"' : '';
      return `<li><a href="${up(target)}"${current}>${text}</a></li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} – online-safety-help</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${up('site.css')}" />
  </head>
  <body>
    <header><nav aria-label="Site"><ul>${nav}</ul></nav></header>
    <main id="main">
${body}
    </main>
  </body>
</html>
`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { pages, files } = buildSite();
  const bytes = [...files.values()].reduce((sum, size) => sum + size, 0);
  console.log(
    `site/: ${pages.length} pages (${pages.filter((p) => !p.startsWith('demo/')).length} from Markdown), ${files.size} files, ${(bytes / 1024).toFixed(0)} KiB`,
  );
}
