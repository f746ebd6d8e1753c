// A @web/test-runner reporter that closes the run with the tests counted per engine and one
// plain "N passed, N failed, N skipped" line, so that a log shows how much ran where.
export function engineSummary() {
  let line = '';
  // Printed at exit, after the runner's own closing lines (written once reporters have stopped).
  process.on('exit', () => process.stdout.write(line));
  return {
    stop({ sessions }) {
      const engines = new Map();
      const count = (suite, totals) => {
        for (const test of suite.tests) {
          totals[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
        }
        for (const child of suite.suites) count(child, totals);
      };
      for (const session of sessions) {
        const name = session.browser.name;
        if (!engines.has(name)) engines.set(name, { passed: 0, failed: 0, skipped: 0 });
        const totals = engines.get(name);
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has no results of its own: count it as a failure.
        else if (!session.passed) totals.failed += 1;
      }
      const all = { passed: 0, failed: 0, skipped: 0 };
      const parts = [];
      for (const [name, totals] of engines) {
        for (const key in all) all[key] += totals[key];
        const counts = Object.entries(totals).filter(([key, n]) => n || key === 'passed');
        parts.push(`${name} ${counts.map(([key, n]) => `${n} ${key}`).join(', ')}`);
      }
      line =
        `Per engine: ${parts.join('; ')}\n` +
        `wtr: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped\n`;
    },
  };
}
