import type { Okonomiplan } from '../../model/okonomiplan/model.js';
import type { FormatOf } from '../formats.js';
import type { Renderer } from '../render.js';
import { budgetCsv } from './csv.js';
import { budgetJson } from './json.js';
import { budgetMarkdown } from './markdown.js';
import { budgetText } from './text.js';
import { budgetView } from './view.js';

/** The formats of `plan budget`, as the registry (src/output/formats.ts) lists them. */
export type BudgetFormat = FormatOf<'budget'>;

/** The formatters of `plan budget`, by format: JSON from the model's names, the others from the view. */
export const BUDGET_FORMATTERS: Record<BudgetFormat, Renderer<Okonomiplan>> = {
  text: (model, { locale }) => budgetText(budgetView(model, locale), locale),
  md: (model, { locale }) => budgetMarkdown(budgetView(model, locale), locale),
  json: (model) => budgetJson(model),
  csv: (model, { locale }) => budgetCsv(budgetView(model, locale), locale),
};
