// Prints bench results (bench/work/results.json, or the file given) as Markdown tables,
// for docs/PERFORMANCE.md.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? new URL('./work/results.json', import.meta.url);
const { commit, machine, runs, date, rows } = JSON.parse(readFileSync(file, 'utf8'));
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
console.log(`Commit measured: \`${commit}\` on ${date.slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGB} GB memory, node ${machine.node}; load average at the start ${machine.load}. Wall time: median of ${runs} runs (1 run for the slow comparison figures on 10,000 documents and more).\n`);
let corpus;
for (const r of rows) {
  if (r.corpus !== corpus) {
    corpus = r.corpus;
    console.log(`\n**${corpus === '-' ? 'startup (ratio to node -e 0)' : corpus}**\n`);
    console.log('| what | wall ms | × floor | CPU ms | × floor CPU | peak RSS MB |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  }
  if (r.unavailable) console.log(`| ${r.what} | n/a (${r.unavailable}) | | | | |`);
  else console.log(`| ${r.what}${r.code ? ` (exit ${r.code})` : ''} | ${fmt(r.wall)} | ${fmt(r.ratioWall, 2)} | ${fmt(r.cpu)} | ${fmt(r.ratioCpu, 2)} | ${fmt(r.rss)} |`);
}
