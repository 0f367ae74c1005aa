import type { RepositoryRule } from './rule.js';

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
        message: `built-in calendar "${id}" has the same id as a ${taken.kind} in ${taken.doc.source.path}`,
        hint: 'rename that document, or stop including the built-in calendar',
      });
    });
  },
};
