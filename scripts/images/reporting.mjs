// docs/reporting.md: the 2nd tertialrapport 2027 and the gevinstplan of the example.
import { join } from 'node:path';

export default async function ({ root, tmp, plan, shoot }) {
  const example = join(root, 'examples', 'nye-asker');
  plan(example, 'report', 'tertialrapport', '--report', 'tertial-2-2027', '--format', 'html', '--out', join(tmp, 'tertial.html'));
  plan(example, 'report', 'gevinstplan', '--format', 'html', '--out', join(tmp, 'gevinstplan.html'));
  await shoot(join(tmp, 'tertial.html'), 'tertialrapport.png');
  await shoot(join(tmp, 'gevinstplan.html'), 'gevinstplan.png');
}
