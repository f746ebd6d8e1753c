// Main-thread CPU time by kind of work, read from a Chromium trace the way Lighthouse's
// "main-thread work breakdown" reads it: each event's self time (its thread time minus its
// children's) goes to its group; an event of no known group belongs to its parent's group.

const GROUPS = {
  script: [
    'EventDispatch',
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireIdleCallback',
    'FireAnimationFrame',
    'RunMicrotasks',
    'V8.Execute',
    'v8.compile',
    'v8.compileModule',
    'v8.parseOnBackground',
  ],
  styleLayout: [
    'ScheduleStyleRecalculation',
    'RecalcStyles',
    'UpdateLayoutTree',
    'InvalidateLayout',
    'Layout',
  ],
  gc: ['GCEvent', 'MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase', 'BlinkGCMarking'],
};
const groupOf = new Map(
  Object.entries(GROUPS).flatMap(([group, names]) => names.map((name) => [name, group])),
);

export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'loading'];

/**
 * Milliseconds of main-thread CPU time per group for the renderer that parsed a document from
 * `origin` (with a same-origin iframe, the same renderer runs both documents); null when the trace
 * holds no such document, so that a lost trace reads as no figure rather than as no work.
 */
export function mainThreadBreakdown(events, origin) {
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(origin),
  );
  if (!parse) return null;
  const totals = { script: 0, styleLayout: 0, gc: 0, other: 0 };
  const tasks = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur != null)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const { group, cpu, children } = stack.pop();
      totals[group] += Math.max(0, cpu - children) / 1000;
    }
  };
  for (const event of tasks) {
    close(event.ts);
    const parent = stack.at(-1);
    const cpu = event.tdur ?? event.dur;
    if (parent) parent.children += cpu;
    const group = groupOf.get(event.name) ?? parent?.group ?? 'other';
    stack.push({ end: event.ts + event.dur, group, cpu, children: 0 });
  }
  close(Infinity);
  return totals;
}
