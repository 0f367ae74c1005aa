// docs/reporting.md: the economic result and goal attainment of an årsberetning. The example's own
// årsberetning is for its Budget's basis year 2026, which has no operating row to work the net
// operating result from, so the picture uses a copy of the example with the årsberetning 2027 of
// test/fixtures/status-report/arsberetning-2027.yaml (its figures worked out by hand there).
import { copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';

export default async function ({ root, tmp, plan, shoot }) {
  const repo = join(tmp, 'nye-asker-2027');
  cpSync(join(root, 'examples', 'nye-asker'), repo, { recursive: true });
  copyFileSync(join(root, 'test', 'fixtures', 'status-report', 'arsberetning-2027.yaml'), join(repo, 'rapporter', 'arsberetning-2027.yaml'));
  plan(repo, 'report', 'arsberetning', '--report', 'arsberetning-2027', '--format', 'html', '--out', join(tmp, 'arsberetning.html'));
  await shoot(join(tmp, 'arsberetning.html'), 'arsberetning.png', { width: 1100, height: 1100, scrollTo: '.economic-result' });
}
