// Lists exports that no other file uses: they should not be exported (or, unused even in their
// own file, not exist). Exits 1 when it finds any. Run by scripts/test-all.sh.
//   node scripts/check-exports.mjs
import ts from 'typescript';

const ROOTS = /^(src|entrypoints|tests)\//;
// WXT loads each entrypoint's default export.
const LOADED_BY_TOOLS = /^(entrypoints\/[^/]+\.tsx?|entrypoints\/[^/]+\/index\.tsx?)$/;

const configPath = ts.findConfigFile('.', ts.sys.fileExists, 'tsconfig.json');
const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
const { options, fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd());
const program = ts.createProgram(fileNames, options);
const checker = program.getTypeChecker();
const cwd = `${process.cwd()}/`;
const ours = program.getSourceFiles().filter((file) => !file.isDeclarationFile && file.fileName.startsWith(cwd));
const relative = (file) => file.fileName.slice(cwd.length);

/** Symbols whose declaration lives in another file than a place that names them. */
const usedElsewhere = new Set();
const resolve = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
/** What a name refers to; in `const { a } = await import('./m')`, also the property `a` it reads. */
function symbolsNamedAt(node) {
  const symbols = [checker.getSymbolAtLocation(node)];
  const binding = node.parent;
  if (ts.isBindingElement(binding) && ts.isObjectBindingPattern(binding.parent) && (binding.propertyName ?? binding.name) === node) {
    const type = checker.getTypeAtLocation(binding.parent);
    for (const part of type.isUnion() ? type.types : [type]) symbols.push(part.getProperty(node.text));
  }
  return symbols.filter(Boolean);
}
for (const file of ours) {
  const visit = (node) => {
    if (ts.isIdentifier(node) || ts.isStringLiteral(node)) {
      for (const symbol of symbolsNamedAt(node)) {
        for (const candidate of [symbol, resolve(symbol)]) {
          if (candidate.declarations?.some((d) => d.getSourceFile() !== file)) usedElsewhere.add(candidate);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

const unused = [];
for (const file of ours) {
  const path = relative(file);
  if (!ROOTS.test(path)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    if (exported.escapedName === 'default' && LOADED_BY_TOOLS.test(path)) continue;
    const target = resolve(exported);
    // Re-exports are checked where they are declared.
    if (!target.declarations?.some((d) => d.getSourceFile() === file)) continue;
    if (usedElsewhere.has(exported) || usedElsewhere.has(target)) continue;
    const declaration = target.declarations.find((d) => d.getSourceFile() === file);
    const line = file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
    unused.push(`${path}:${line} ${exported.name}`);
  }
}

if (unused.length) {
  console.error(`Exported but used by no other file (${unused.length}): unexport them, or remove them if nothing uses them.`);
  for (const entry of unused) console.error(`  ${entry}`);
  process.exit(1);
}
console.log('Every export is used by another file.');
