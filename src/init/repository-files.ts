import type { NewFile } from '../write/write-files.js';
import { DOCUMENT_GLOBS } from './scaffold.js';

/** The files around the documents: .gitignore, a GitHub workflow and VS Code settings wiring the schemas. */
export function repositoryFiles(version: string): NewFile[] {
  return [
    { path: '.gitignore', content: ['node_modules/', '# reports written by plan in CI', '*.sarif', 'plan-junit.xml', ''].join('\n') },
    {
      path: '.github/workflows/plan.yml',
      content: [
        'name: plan',
        'on:',
        '  push:',
        '  pull_request:',
        'permissions:',
        '  contents: read',
        'jobs:',
        '  validate:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: actions/setup-node@v4',
        '        with:',
        '          node-version: 20',
        '      # Annotations on the changed files, a table of all problems in the job summary, and a JUnit report.',
        '      # The report goes to the runner\'s temporary folder, outside the checkout: a pull request',
        '      # cannot put a file, folder or link in its place, or have its own file uploaded instead.',
        `      - run: npx --yes planverk@${version} validate --format github --output-file "junit=$RUNNER_TEMP/plan-junit.xml"`,
        '      - uses: actions/upload-artifact@v4',
        '        if: always()',
        '        with:',
        '          name: plan-junit',
        '          path: ${{ runner.temp }}/plan-junit.xml',
        '',
      ].join('\n'),
    },
    {
      path: '.vscode/settings.json',
      content: `${JSON.stringify({ 'yaml.schemas': { './schemas/planverk.schema.json': DOCUMENT_GLOBS }, 'yaml.validate': true, 'yaml.completion': true, 'yaml.hover': true }, null, 2)}\n`,
    },
    { path: '.vscode/extensions.json', content: `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n` },
  ];
}
