import ts from 'typescript';

/** A function's size as the team measures it: lines of code outside JSX markup. */
export interface FunctionSize {
  /** `path:line` of the function's first line. */
  at: string;
  /** Its name, or how it is bound (`const startSession = () => …`), or `(anonymous)`. */
  name: string;
  /** Lines of its body holding code that is not JSX markup, blank lines and comment-only lines left out. */
  lines: number;
}

const isFunction = (n: ts.Node): n is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(n) ||
  ts.isFunctionExpression(n) ||
  ts.isArrowFunction(n) ||
  ts.isMethodDeclaration(n) ||
  ts.isConstructorDeclaration(n) ||
  ts.isGetAccessorDeclaration(n) ||
  ts.isSetAccessorDeclaration(n);

const isJsx = (n: ts.Node): boolean => ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n);

function nameOf(fn: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (fn.name) return fn.name.getText(source);
  const parent = fn.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) {
    return parent.name.getText(source);
  }
  return '(anonymous)';
}

/** 0-based line numbers covered by JSX markup (outermost JSX nodes, their embedded code included). */
function jsxLines(source: ts.SourceFile): Set<number> {
  const lines = new Set<number>();
  const visit = (n: ts.Node): void => {
    if (isJsx(n)) {
      const from = source.getLineAndCharacterOfPosition(n.getStart(source)).line;
      const to = source.getLineAndCharacterOfPosition(n.getEnd()).line;
      for (let l = from; l <= to; l++) lines.add(l);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return lines;
}

const isCodeLine = (text: string): boolean => {
  const t = text.trim();
  return t !== '' && !t.startsWith('//') && !t.startsWith('/*') && !t.startsWith('*');
};

/**
 * Every function of `text` (a .ts, .tsx or .mjs file's source) with its size. A nested function's lines
 * count in the function around it too: a long closure is a long function. A line that holds JSX
 * markup counts for nothing, so a component is measured by its logic, not by its markup.
 */
export function functionSizes(path: string, text: string): FunctionSize[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.m?js$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const lineTexts = text.split('\n');
  const markup = jsxLines(source);
  const out: FunctionSize[] = [];
  const visit = (n: ts.Node): void => {
    if (isFunction(n) && n.body) {
      const from = source.getLineAndCharacterOfPosition(n.body.getStart(source)).line;
      const to = source.getLineAndCharacterOfPosition(n.body.getEnd()).line;
      let lines = 0;
      for (let l = from; l <= to; l++) if (!markup.has(l) && isCodeLine(lineTexts[l] ?? '')) lines++;
      const start = source.getLineAndCharacterOfPosition(n.getStart(source)).line;
      out.push({ at: `${path}:${start + 1}`, name: nameOf(n, source), lines });
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}
