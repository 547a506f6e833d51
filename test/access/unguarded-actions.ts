import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Calls that check the session and role; a server action must make one before it does anything else. */
export const GUARDS = ["requireRole", "checkRole"] as const;

export interface ActionCheck {
  file: string;
  action: string;
  guarded: boolean;
}

/**
 * Every exported async function of a `"use server"` file, and whether its first statement calls a guard,
 * directly or through a wrapper declared in the same file (`const reviewer = () => requireRole(...)`).
 */
export function checkServerActions(file: string): ActionCheck[] {
  const source = parse(file);
  const guards = new Set<string>([...GUARDS, ...guardWrappers(source), ...importedGuardWrappers(source, file)]);
  const check = (action: string, statement: ts.Statement | undefined) => ({
    file,
    action,
    guarded: Boolean(statement && (callsAny(statement, guards) || runsGuardedCallback(statement, guards))),
  });
  const inline = inlineActions(source).map(({ name, body }) => check(name, body.statements[1]));
  if (!startsWithUseServer(source.statements)) return inline;
  return [...exportedActions(source).map(({ name, body }) => check(name, body?.statements[0])), ...inline];
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** Names imported from a sibling module (`./list-edits`) that is itself a guard wrapper there. */
function importedGuardWrappers(source: ts.SourceFile, file: string): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!specifier.startsWith(".") || !bindings || !ts.isNamedImports(bindings)) continue;
    const target = [".ts", ".tsx", ""].map((ext) => path.join(path.dirname(file), specifier + ext)).find(existsSync);
    if (!target) continue;
    const wrappers = new Set(guardWrappers(parse(target)));
    for (const element of bindings.elements) {
      if (wrappers.has((element.propertyName ?? element.name).text)) names.push(element.name.text);
    }
  }
  return names;
}

function startsWithUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  const first = statements[0];
  return Boolean(
    first &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use server",
  );
}

/** Functions marked `"use server"` inside a component or page: their guard must follow the directive. */
function inlineActions(source: ts.SourceFile): { name: string; body: ts.Block }[] {
  const found: { name: string; body: ts.Block }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body)) {
      if (startsWithUseServer(node.body.statements)) found.push({ name: functionName(node), body: node.body });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function functionName(node: ts.SignatureDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return `inline action at line ${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/** Names of module-level functions whose body starts by calling a guard. */
function guardWrappers(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && startsWithGuard(statement.body))
      names.push(statement.name.text);
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (!ts.isIdentifier(declaration.name) || !init) continue;
      if ((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && startsWithGuard(init.body))
        names.push(declaration.name.text);
    }
  }
  return names;
}

function startsWithGuard(body: ts.ConciseBody | undefined): boolean {
  if (!body) return false;
  const first = ts.isBlock(body) ? body.statements[0] : body;
  return Boolean(first && callsAny(first, new Set(GUARDS)));
}

function exportedActions(source: ts.SourceFile): { name: string; body: ts.Block | undefined }[] {
  const actions: { name: string; body: ts.Block | undefined }[] = [];
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name)
      actions.push({ name: statement.name.text, body: statement.body });
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (!ts.isIdentifier(declaration.name)) continue;
      const body = init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init.body : undefined;
      // An exported value that is not a function literal (a wrapped handler, say) cannot be checked here.
      actions.push({ name: declaration.name.text, body: body && ts.isBlock(body) ? body : undefined });
    }
  }
  return actions;
}

function isExported(statement: ts.Statement): boolean {
  return Boolean(
    ts.canHaveModifiers(statement) &&
    ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword),
  );
}

/** Whether the node contains a call to one of the names, outside nested functions. */
/**
 * `return asTagResult(async () => { const user = await reviewer(); … })`: the action's first statement hands a
 * callback whose first statement is the guard to a runner that maps its errors to an answer (the tagging actions
 * answer a database outage, which the guard's user lookup can meet, as "retry"). Runners call the callback first.
 */
function runsGuardedCallback(statement: ts.Statement, guards: ReadonlySet<string>): boolean {
  const expression = statementExpression(statement);
  const call = expression && ts.isAwaitExpression(expression) ? expression.expression : expression;
  if (!call || !ts.isCallExpression(call)) return false;
  const callback = call.arguments[0];
  if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return false;
  const first = ts.isBlock(callback.body) ? callback.body.statements[0] : callback.body;
  return Boolean(first && callsAny(first, guards));
}

/** What a `return x`, `x;` or `const y = x` statement evaluates. */
function statementExpression(statement: ts.Statement): ts.Expression | undefined {
  if (ts.isReturnStatement(statement) || ts.isExpressionStatement(statement)) return statement.expression;
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations[0]?.initializer;
  return undefined;
}

function callsAny(node: ts.Node, names: ReadonlySet<string>): boolean {
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && names.has(node.expression.text)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, (child) => callsAny(child, names) || undefined) ?? false;
}
