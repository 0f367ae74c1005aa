// docs/arshjul.md and README.md: the example's wheel for 2027, and the wheel of a busy year
// (test/fixtures/busy-calendar-100: 100 events with meeting series, month marks and spans).
import { join } from 'node:path';

export default async function ({ root, tmp, plan, shoot }) {
  const wheels = [
    [join(root, 'examples', 'nye-asker'), 'arshjul.png'],
    [join(root, 'test', 'fixtures', 'busy-calendar-100'), 'arshjul-busy-100.png'],
  ];
  for (const [repo, png] of wheels) {
    const svg = join(tmp, png.replace(/\.png$/, '.svg'));
    plan(repo, 'arshjul', '--year', '2027', '--format', 'svg', '--out', svg);
    await shoot(svg, png, { width: 1800, height: 1600, selector: 'svg' });
  }
}
