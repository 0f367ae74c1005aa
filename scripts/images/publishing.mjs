// docs/publishing.md: the HTML report in a browser and the årshjul page.
import { join } from 'node:path';

export default async function ({ root, tmp, plan, shoot }) {
  const example = join(root, 'examples', 'nye-asker');
  plan(example, 'report', 'handlingsprogram', '--format', 'html', '--out', join(tmp, 'report.html'));
  plan(example, 'arshjul', '--year', '2027', '--format', 'html', '--out', join(tmp, 'arshjul.html'));
  await shoot(join(tmp, 'report.html'), 'publishing-report.png', { scrollTo: '#fa-tjenester, section.focus-area' });
  await shoot(join(tmp, 'arshjul.html'), 'publishing-arshjul.png');
}
