// Finds the message keys the source uses, by reading it with the TypeScript compiler: each
// translator (`getTranslations`, `useTranslations`, `translatorFor`, and the parameters it is passed to) with its
// namespace, and each key it is called with. A key built at run time is resolved through the type
// checker where its parts are literal unions; what stays open is reported as a pattern with `*`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ANY = '*';

export type KeyUses = {
  /** Full keys written out, or resolved from literal types. */
  keys: Set<string>;
  /** Keys with a part only known at run time, e.g. `vocab.dealStage.*`, with where they occur. */
  patterns: Map<string, string[]>;
  /** Translator calls whose namespace or key could not be read at all. */
  unreadable: string[];
};

const root = path.resolve(__dirname, '../../..');
/** The functions that make a translator, and which of their arguments names the namespace. */
const factories = new Map([
  ['getTranslations', 0],
  ['useTranslations', 0],
  ['translatorFor', 1],
]);
const methods = new Set(['rich', 'markup', 'raw', 'has']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full.endsWith(path.join('lib', 'generated')) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

export function findKeyUses(): KeyUses {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const files = [...['app', 'components', 'lib'].flatMap((d) => sourceFiles(path.join(root, d))), path.join(root, 'proxy.ts')];
  const program = ts.createProgram(files, { ...options, noEmit: true, incremental: false });
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter((f) => files.includes(path.normalize(f.fileName)));

  // Each translator with its namespaces: one, or several where the namespace is a literal union.
  const translators = new Map<ts.Symbol, string[]>();
  const uses: KeyUses = { keys: new Set(), patterns: new Map(), unreadable: [] };
  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return `${path.relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };
  const walk = (visit: (node: ts.Node) => void) => {
    const go = (node: ts.Node) => {
      visit(node);
      ts.forEachChild(node, go);
    };
    ours.forEach(go);
  };

  /** The strings an expression can be: written out, or a literal union by its type; `*` for a part known only at run time. */
  const literals = (expr: ts.Expression): string[] => {
    if (ts.isStringLiteralLike(expr)) return [expr.text];
    if (ts.isParenthesizedExpression(expr)) return literals(expr.expression);
    if (ts.isConditionalExpression(expr)) return [...literals(expr.whenTrue), ...literals(expr.whenFalse)];
    if (ts.isTemplateExpression(expr)) {
      let out = [expr.head.text];
      for (const span of expr.templateSpans) {
        const parts = literals(span.expression);
        out = out.flatMap((prefix) => parts.map((part) => prefix + part + span.literal.text));
      }
      return out;
    }
    const type = checker.getTypeAtLocation(expr);
    const members = type.isUnion() ? type.types : [type];
    return members.every((m) => m.isStringLiteral()) ? members.map((m) => (m as ts.StringLiteralType).value) : [ANY];
  };

  /** The namespaces of a translator made by `expr` (`await getTranslations('ns')`…); undefined if it makes none, null if unreadable. */
  const madeTranslator = (expr: ts.Expression): string[] | null | undefined => {
    while (ts.isParenthesizedExpression(expr) || ts.isAwaitExpression(expr)) expr = expr.expression;
    if (!ts.isCallExpression(expr) || !ts.isIdentifier(expr.expression) || !factories.has(expr.expression.text)) return undefined;
    let arg: ts.Expression | undefined = expr.arguments[factories.get(expr.expression.text) ?? 0];
    if (arg && ts.isObjectLiteralExpression(arg)) {
      const prop = arg.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'namespace');
      if (prop && !ts.isPropertyAssignment(prop)) return null;
      arg = prop?.initializer;
    }
    if (!arg) return [''];
    const namespaces = literals(arg);
    return namespaces.includes(ANY) ? null : namespaces;
  };

  // 1. Translators kept in a variable, and their namespaces.
  walk((node) => {
    if (!ts.isVariableDeclaration(node) || !node.initializer) return;
    const namespaces = madeTranslator(node.initializer);
    if (namespaces === undefined) return;
    const symbol = checker.getSymbolAtLocation(node.name);
    if (namespaces === null || !symbol) uses.unreadable.push(`${where(node)}: namespace`);
    else translators.set(symbol, namespaces);
  });

  // 2. A translator passed to a function makes that function's parameter a translator too.
  for (let added = true; added; ) {
    added = false;
    walk((node) => {
      if (!ts.isCallExpression(node)) return;
      node.arguments.forEach((arg, i) => {
        const symbol = ts.isIdentifier(arg) ? checker.getSymbolAtLocation(arg) : undefined;
        const namespaces = symbol && translators.get(symbol);
        if (namespaces === undefined) return;
        const param = checker.getResolvedSignature(node)?.declaration?.parameters[i];
        const target = param && checker.getSymbolAtLocation(param.name);
        if (!target) uses.unreadable.push(`${where(arg)}: translator passed on`);
        else if (!translators.has(target)) {
          translators.set(target, namespaces);
          added = true;
        }
      });
    });
  }

  // 3. Every call of a translator, and the keys it can be called with.
  walk((node) => {
    if (!ts.isCallExpression(node)) return;
    let callee: ts.Expression = node.expression;
    if (ts.isPropertyAccessExpression(callee) && methods.has(callee.name.text)) callee = callee.expression;
    const symbol = ts.isIdentifier(callee) ? checker.getSymbolAtLocation(callee) : undefined;
    // A translator is called where it is made, too: translatorFor(locale, 'ns')('key').
    const namespaces = symbol ? translators.get(symbol) : madeTranslator(callee);
    if (namespaces === undefined) return;
    if (namespaces === null) {
      uses.unreadable.push(`${where(node)}: namespace`);
      return;
    }
    const arg = node.arguments[0];
    if (!arg) {
      uses.unreadable.push(`${where(node)}: no key`);
      return;
    }
    for (const namespace of namespaces) {
      for (const key of literals(arg)) {
        const full = namespace ? `${namespace}.${key}` : key;
        if (!full.includes(ANY)) uses.keys.add(full);
        else uses.patterns.set(full, [...(uses.patterns.get(full) ?? []), where(node)]);
      }
    }
  });
  uses.unreadable = [...new Set(uses.unreadable)];
  return uses;
}

/**
 * The client components ('use client' files) and, for each, what it imports from next-intl's
 * client side: none may, because no page puts a message provider in the browser.
 */
export function clientIntlImports(): { clientFiles: number; offending: string[] } {
  const files = ['app', 'components', 'lib'].flatMap((d) => sourceFiles(path.join(root, d)));
  const client = files.filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')));
  const offending = client.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from\s+['"](next-intl(?:\/navigation)?|use-intl|@\/lib\/i18n\/navigation)['"]/g)].map((m) => `${path.relative(root, file)} imports ${m[1]}`),
  );
  return { clientFiles: client.length, offending };
}
