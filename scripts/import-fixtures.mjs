// Writes tests/fixtures/import/** from scripts/import-fixtures/corpus.mjs, and the README table.
// Run: node scripts/import-fixtures.mjs. The very large inputs (a million-vertex ring, a file over the
// size limit, too many features or vertices) are generated inside tests/unit/importPipeline.test.ts
// instead of being committed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORPUS } from './import-fixtures/corpus.mjs';

const root = 'tests/fixtures/import';
for (const folder of ['good', 'repaired', 'injection', 'bad'])
  rmSync(join(root, folder), { recursive: true, force: true });
for (const [path, { bytes }] of Object.entries(CORPUS)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), bytes);
}

const rows = Object.entries(CORPUS).map(([path, { expect, why }]) => `| \`${path}\` | ${expect} | ${why ?? ''} |`);
writeFileSync(
  join(root, 'README.md'),
  `# Import fixtures

Written by \`node scripts/import-fixtures.mjs\` (from \`scripts/import-fixtures/corpus.mjs\`); asserted one by one
in \`tests/unit/importPipeline.test.ts\`. Folders: \`good/\` accepted as is, \`repaired/\` accepted with a repair
note, \`injection/\` accepted with hostile-looking text kept as plain text, \`bad/\` refused with the code shown.
Generated in the tests, not committed: a ring of 1,000,000 vertices (\`ring-too-large\`), a file over 64 MB
(\`file-too-large\`), 100,001 polygons (\`too-many-features\`) and 3,000,001 vertices (\`too-many-vertices\`)
in \`importDetails.test.ts\`; a worker that crashes, cannot start or runs out of time (\`worker-failed\`,
\`worker-unavailable\`, \`timeout\`) in \`importClient.test.ts\`; and \`internal-error\` (a bug, which no file can
cause) in \`importPipeline.test.ts\`, which also checks that every refusal code has a file here or one of these.

| File | Expected outcome | What it is |
| --- | --- | --- |
${rows.join('\n')}
`,
);
console.log(`${rows.length} fixtures written to ${root}`);
