import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** A built-in calendar that the workspace includes cannot share its id with a document. */
export const calendarIncludeClash: RepositoryRule = {
  id: 'id/duplicate',
  run(ctx) {
    const workspace = ctx.repo.workspace;
    if (!workspace?.valid) return;
    (workspace.data.calendars?.include ?? []).forEach((id, i) => {
      const taken = ctx.repo.byId.get(id);
      if (!taken) return;
      ctx.report(workspace, ['calendars', 'include', i], 'value', {
        rule: this.id,
        message: ruleText(ctx)['calendar-include-clash'].clash(id, taken.kind, taken.doc.source.path),
        hint: ruleText(ctx)['calendar-include-clash'].hint,
      });
    });
  },
};
