import type { LoadedDocument } from './parse-file.js';

/** Where one document of a file lies, and what it is (as far as it could be read). */
export interface DocumentOutline {
  /** 0-based index of the document inside its file. */
  index: number;
  kind?: string;
  id?: string;
  /** 1-based first and last line of the document. */
  line: number;
  endLine: number;
}

/** The documents of one checked file, for reports that list every document (JUnit). */
export interface FileOutline {
  path: string;
  documents: DocumentOutline[];
}

/** The outline of one parsed document: its lines and, when they are strings, its kind and id. */
export function outlineDocument(doc: LoadedDocument): DocumentOutline {
  // From the `---` lines when they tell (no yaml parse of a clean file), else from yaml.
  const [start, end] = doc.bounds?.() ?? [doc.yaml.range[0], doc.yaml.range[2]];
  const span = doc.source.span(start, Math.max(start, end - 1));
  const out: DocumentOutline = { index: doc.index, line: span.line, endLine: span.endLine };
  const data = doc.data;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const { kind, id } = data as Record<string, unknown>;
    if (typeof kind === 'string') out.kind = kind;
    if (typeof id === 'string') out.id = id;
  }
  return out;
}
