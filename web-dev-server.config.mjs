// `npm start`: serves the demo pages, which load the built one-file bundle as a host would.
export default {
  rootDir: '.',
  port: 8000,
  open: false,
  watch: false,
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
