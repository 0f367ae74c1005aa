import type { NewFile } from '../write/write-files.js';
import type { PlanverkSource } from './planverk-source.js';
import { DOCUMENT_GLOBS } from './scaffold.js';
import { workflowFiles } from './workflows.js';

/** The files around the documents: .gitignore, the GitHub workflows and VS Code settings wiring the schemas. */
export function repositoryFiles(source: PlanverkSource): NewFile[] {
  return [
    { path: '.gitignore', content: ['node_modules/', '# reports written by plan in CI', '*.sarif', 'plan-junit.xml', ''].join('\n') },
    ...workflowFiles(source),
    {
      path: '.vscode/settings.json',
      content: `${JSON.stringify({ 'yaml.schemas': { './schemas/planverk.schema.json': DOCUMENT_GLOBS }, 'yaml.validate': true, 'yaml.completion': true, 'yaml.hover': true }, null, 2)}\n`,
    },
    { path: '.vscode/extensions.json', content: `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n` },
  ];
}
