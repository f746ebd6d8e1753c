// `npm start`: serves the demo pages, which load the built one-file bundle as a host would.
export default {
  rootDir: '.',
  port: 8000,
  open: false,
  appIndex: 'demo/index.html',
  watch: false,
};
