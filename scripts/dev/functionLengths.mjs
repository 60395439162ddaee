// Lengths of every function in src/, nested functions counted within their parent (a reader holds the
// whole at once). Used by tests/unit/architecture.test.ts; run by hand it prints the longest and the median:
//   node scripts/dev/functionLengths.mjs [dir] [count]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A readable name for a function node: its own, or the variable, property or call it belongs to. */
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText();
  }
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

/** Every function of one file: `{ file, name, line, lines }`. */
export function functionsOf(file, text = readFileSync(file, 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file, name: nameOf(node), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The TypeScript files under `dir`, recursively. */
export function sourceFiles(dir = 'src') {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .map((path) => join(dir, path));
}

export const allFunctions = (dir = 'src') => sourceFiles(dir).flatMap((file) => functionsOf(file));

if (import.meta.url === `file://${process.argv[1]}`) {
  const functions = allFunctions(process.argv[2] ?? 'src').sort((a, b) => b.lines - a.lines);
  const count = Number(process.argv[3] ?? 10);
  const sorted = functions.map((f) => f.lines).sort((a, b) => a - b);
  for (const f of functions.slice(0, count))
    console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`);
  console.log(
    `functions: ${functions.length}, over 80 lines: ${functions.filter((f) => f.lines > 80).length}, median: ${sorted[Math.floor(sorted.length / 2)]} lines`,
  );
}
