/**
 * The registry of kinds: one entry per kind of document the format knows, and the
 * one place that says what each kind is. Checking (schema, ids, references), the
 * generated types, the model, the diff, `plan init` and `plan schema` read it; a
 * test holds it equal to the `kind` consts of the schemas in `schemas/`.
 *
 * Adding a kind: its schema in `schemas/`, its entry here, `npm run gen:types`,
 * then the views that show it (docs/architecture.md).
 */

/**
 * The kinds of the repository's documents. Spelled out (the entries' `references`
 * name kinds, so deriving this from the registry would be circular); `satisfies`
 * below makes the registry have exactly these entries plus the catalog's.
 */
export type DocumentKind = 'Workspace' | 'MaterialityAssessment' | 'Plan' | 'Goal' | 'Indicator' | 'Measure' | 'Benefit' | 'Calendar' | 'Budget' | 'StatusReport';

/** The kinds read apart from the repository's documents. */
export type CatalogKind = 'SdgCatalog';

/** Every kind name, the catalog kind included. */
export type KindName = DocumentKind | CatalogKind;

/** A field that names another document (or a Workspace unit). */
export interface ReferenceField {
  /** The field's name; inside each item of `within` when that is given. */
  field: string;
  /** The kind it names; `unit` is a Workspace unit, `any` any document. */
  to: DocumentKind | 'unit' | 'any';
  /** A list of references rather than one. */
  many?: boolean;
  /** The list whose items hold the field (`events` of a Calendar). */
  within?: string;
}

/** A list inside a document whose items carry a key that is unique within the document. */
export interface ItemList {
  /** The list's field. */
  list: string;
  /** The key of each item. */
  key: 'id' | 'target' | 'unit';
  /** A list inside each item that has item ids of its own (a Budget frame's `changes`). */
  nested?: ItemList;
}

export interface KindSpec {
  /** The schema file in `schemas/`. */
  schema: string;
  /**
   * `document`: a document of the repository, with an `id`, checked and modelled.
   * `catalog`: read only from the file Workspace.catalog names; no id, never in the repository.
   */
  role: 'document' | 'catalog';
  /** Where documents of the kind live by convention: a folder (FORMAT.md: the `kind` decides), or `plan.yaml`. */
  folder?: string;
  /** The field holding the document's human title. */
  titleField?: 'title' | 'name';
  /** The fields that point at other documents. */
  references: readonly ReferenceField[];
  /** The lists whose items have ids unique within the document (`id/duplicate`). */
  items: readonly ItemList[];
  /** Lists the diff matches by a natural key, by field name, so reordering them is no change. */
  listKeys: Readonly<Record<string, string>>;
  /** The key of the kind's name in the label tables (e.g. `goal`). */
  label: string;
}

/** Every kind, in the order the format introduces them (FORMAT.md). */
export const KIND_REGISTRY = {
  Workspace: {
    schema: 'workspace.schema.json',
    role: 'document',
    folder: 'plan.yaml',
    titleField: 'name',
    references: [],
    items: [{ list: 'units', key: 'id' }],
    listKeys: { units: 'id' },
    label: 'workspace',
  },
  MaterialityAssessment: {
    schema: 'materiality-assessment.schema.json',
    role: 'document',
    folder: 'materiality',
    titleField: 'title',
    references: [],
    items: [{ list: 'entries', key: 'target' }],
    listKeys: { entries: 'target' },
    label: 'materialityAssessment',
  },
  Plan: {
    schema: 'plan.schema.json',
    role: 'document',
    folder: 'plans',
    titleField: 'title',
    references: [
      { field: 'parent', to: 'Plan' },
      { field: 'materiality', to: 'MaterialityAssessment' },
    ],
    items: [{ list: 'focusAreas', key: 'id' }],
    listKeys: { focusAreas: 'id' },
    label: 'plan',
  },
  Goal: {
    schema: 'goal.schema.json',
    role: 'document',
    folder: 'goals',
    titleField: 'title',
    references: [
      { field: 'plan', to: 'Plan' },
      { field: 'parent', to: 'Goal' },
      { field: 'indicators', to: 'Indicator', many: true },
    ],
    items: [],
    listKeys: {},
    label: 'goal',
  },
  Indicator: {
    schema: 'indicator.schema.json',
    role: 'document',
    folder: 'indicators',
    titleField: 'title',
    references: [],
    items: [],
    listKeys: { targets: 'year', actuals: 'year' },
    label: 'indicator',
  },
  Measure: {
    schema: 'measure.schema.json',
    role: 'document',
    folder: 'measures',
    titleField: 'title',
    references: [
      { field: 'plan', to: 'Plan' },
      { field: 'goals', to: 'Goal', many: true },
      { field: 'responsible', to: 'unit' },
    ],
    items: [],
    listKeys: { budget: 'year' },
    label: 'measure',
  },
  Benefit: {
    schema: 'benefit.schema.json',
    role: 'document',
    folder: 'benefits',
    titleField: 'title',
    references: [
      { field: 'measure', to: 'Measure' },
      { field: 'owner', to: 'unit' },
      { field: 'indicator', to: 'Indicator' },
    ],
    items: [],
    listKeys: {},
    label: 'benefit',
  },
  Calendar: {
    schema: 'calendar.schema.json',
    role: 'document',
    folder: 'calendars',
    titleField: 'title',
    references: [{ field: 'relatesTo', to: 'any', within: 'events' }],
    items: [{ list: 'events', key: 'id' }],
    listKeys: { events: 'id' },
    label: 'calendar',
  },
  Budget: {
    schema: 'budget.schema.json',
    role: 'document',
    folder: 'okonomiplan',
    titleField: 'title',
    references: [
      { field: 'plan', to: 'Plan' },
      { field: 'unit', to: 'unit', within: 'frames' },
    ],
    items: [{ list: 'frames', key: 'unit', nested: { list: 'changes', key: 'id' } }],
    listKeys: {},
    label: 'budget',
  },
  StatusReport: {
    schema: 'status-report.schema.json',
    role: 'document',
    folder: 'rapporter',
    titleField: 'title',
    references: [
      { field: 'plan', to: 'Plan' },
      { field: 'unit', to: 'unit', within: 'units' },
      { field: 'measure', to: 'Measure', within: 'measures' },
      { field: 'benefit', to: 'Benefit', within: 'benefits' },
    ],
    items: [],
    listKeys: {},
    label: 'statusReport',
  },
  SdgCatalog: {
    schema: 'catalog.schema.json',
    role: 'catalog',
    references: [],
    items: [],
    listKeys: {},
    label: 'sdgCatalog',
  },
} as const satisfies { [K in DocumentKind]: KindSpec & { role: 'document' } } & { [K in CatalogKind]: KindSpec & { role: 'catalog' } };

/** Every kind name, in registry order. */
export const KIND_NAMES = Object.keys(KIND_REGISTRY) as KindName[];

/** The document kinds, in registry order. */
export const DOCUMENT_KINDS = KIND_NAMES.filter((k): k is DocumentKind => KIND_REGISTRY[k].role === 'document');

/** The registry entry of a kind. */
export function kindSpec(kind: KindName): KindSpec {
  return KIND_REGISTRY[kind];
}

/** Whether `value` names a kind of the registry (an own key: `toString` is no kind). */
export function isKindName(value: unknown): value is KindName {
  return typeof value === 'string' && Object.hasOwn(KIND_REGISTRY, value);
}

/** Whether `value` names a document kind. */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return isKindName(value) && KIND_REGISTRY[value].role === 'document';
}

/** Schema files that are no kind of their own: the shared definitions. */
export const SHARED_SCHEMAS = ['common.schema.json'] as const;

/** A kind name with its English indefinite article: "a Goal", "an Indicator", "a unit". */
export function withArticle(kind: string): string {
  return `${/^[AEIOU]/i.test(kind) ? 'an' : 'a'} ${kind}`;
}
