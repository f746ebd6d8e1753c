// `npm start`: serves the demo pages, which load the built one-file bundle as a host would, and
// every snippet of the docs as a page of its own at /docs-snippets/.
import { docSnippets } from './test/support/doc-snippets.mjs';

export default {
  rootDir: '.',
  port: 8000,
  open: false,
  watch: false,
  plugins: [docSnippets()],
  middleware: [
    // The demo lives in demo/; the bare address leads there.
    (context, next) => {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
