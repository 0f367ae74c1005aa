// docs/publishing.md: the HTML report in a browser, the årshjul page, and pages of `plan site`
// (the nb front page with the scorecard rollup, an English goal page with its chart and data table).
import { join } from 'node:path';

export default async function ({ root, tmp, plan, shoot }) {
  const example = join(root, 'examples', 'nye-asker');
  plan(example, 'report', 'handlingsprogram', '--format', 'html', '--out', join(tmp, 'report.html'));
  plan(example, 'arshjul', '--year', '2027', '--format', 'html', '--out', join(tmp, 'arshjul.html'));
  await shoot(join(tmp, 'report.html'), 'publishing-report.png', { scrollTo: '#fa-tjenester, section.focus-area' });
  await shoot(join(tmp, 'arshjul.html'), 'publishing-arshjul.png');
  plan(example, 'site', '--out', join(tmp, 'site'));
  await shoot(join(tmp, 'site', 'nb', 'index.html'), 'publishing-site-front.png', { height: 900 });
  await shoot(join(tmp, 'site', 'en', 'goal', 'baerekraftig-mobilitet.html'), 'publishing-site-goal.png', { height: 900 });
}
