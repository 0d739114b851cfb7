// One analysis figure, measured in a Node process of its own (run.mjs starts one per figure): what else
// a process holds changes the timing (a second 10,000-partner arena alive made the analysis of the first
// ~50 % slower through the garbage collector and the caches), so figures are not measured side by side.
//
// Usage: node analysis.mjs <lib.js> <after|first|order> <partners>; prints one line of JSON.
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const [libFile, kind, size] = process.argv.slice(2);
const lib = await import(pathToFileURL(libFile).href);
const n = Number(size);
// 'after' runs for 1.5 s of timed calls. The others pay a structured clone of the arena before every call
// (tinybench counts only the timed part towards `time`), so they run a fixed number of times instead.
const fixed = kind !== 'after';
const bench = fixed
  ? new Bench({ time: 0, iterations: 60, warmupTime: 0, warmupIterations: 5 })
  : new Bench({ time: 1500, warmupTime: 300, warmupIterations: 20 });
let sink = 0;

if (kind === 'after') {
  // What runs after every change in the editor: the analysis of a new version of the document, one
  // partner moved, made the way the store makes it (immer + carried list order). The edit is not timed.
  let doc = lib.storedVersion(lib.benchArena(n));
  let step = 0;
  bench.add(kind, () => {
    sink += lib.analyse(doc).length;
  }, { beforeEach: () => { doc = lib.movedVersion(doc, step++); } });
} else if (kind === 'first' || kind === 'order') {
  // The first analysis of a document just read from the database (a structured clone, frozen as the
  // store freezes it), whose partner list is not known yet; 'order': that listing on its own.
  // A fresh copy for every iteration, not timed.
  const base = lib.benchArena(n);
  let opened = lib.openedVersion(base);
  const run = kind === 'first' ? () => lib.analyse(opened).length : () => lib.partnersInOrder(opened).length;
  bench.add(kind, () => {
    sink += run();
  }, { beforeEach: () => { opened = lib.openedVersion(base); } });
} else {
  throw new Error(`unknown analysis figure: ${kind}`);
}

await bench.run();
const r = bench.tasks[0].result;
if (r.state !== 'completed') throw new Error(`analysis ${kind} ${n}: ${r.state} ${r.error ?? ''}`);
if (sink < 0) console.error(sink);
console.log(JSON.stringify({ median: r.latency.p50, mean: r.latency.mean, samples: r.latency.samplesCount ?? r.latency.samples?.length }));
