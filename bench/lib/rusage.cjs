// Preloaded into every measured process (node --require): when the process exits it
// appends its peak resident memory and CPU time to the file named by BENCH_RUSAGE_FILE.
'use strict';
const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').appendFileSync(file, `${JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })}\n`);
  });
}
