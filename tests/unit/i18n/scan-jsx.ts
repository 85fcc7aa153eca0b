import ts from 'typescript';

/** Attributes whose value a person sees or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

/** `label`, `title`… or a prop named like `submitLabel`, as an attribute or an object property. */
function isTextName(name: string): boolean {
  return TEXT_ATTRIBUTES.has(name) || name.endsWith('Label');
}

/** Letters in any script; what is left (×, ▾, ·, –, punctuation, digits) is not words. */
const WORDS = /\p{L}/u;

export interface Finding {
  line: number;
  text: string;
}

/** Literals an expression can render as they are: `'a'`, `x ? 'a' : 'b'`, `x && 'a'`, `` `a${x}` ``. */
function renderedLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node))
    return [node.head, ...node.templateSpans.map((s) => s.literal)];
  if (ts.isParenthesizedExpression(node)) return renderedLiterals(node.expression);
  if (ts.isConditionalExpression(node)) {
    return [...renderedLiterals(node.whenTrue), ...renderedLiterals(node.whenFalse)];
  }
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return renderedLiterals(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return [...renderedLiterals(node.left), ...renderedLiterals(node.right)];
    }
  }
  return [];
}

function textOf(node: ts.Node): string {
  if (
    ts.isJsxText(node) ||
    ts.isStringLiteralLike(node) ||
    ts.isTemplateHead(node) ||
    ts.isTemplateMiddle(node) ||
    ts.isTemplateTail(node)
  ) {
    return node.text;
  }
  return node.getText();
}

function attributeLiterals(attribute: ts.JsxAttribute): ts.Node[] {
  const value = attribute.initializer;
  if (value === undefined) return [];
  if (ts.isStringLiteral(value)) return [value];
  if (ts.isJsxExpression(value) && value.expression) return renderedLiterals(value.expression);
  return [];
}

/**
 * What a .tsx file shows that is not taken from the catalogue: JSX text, text attributes
 * (aria-label, title, placeholder, alt, label, …Label) and `label:` properties.
 */
export function findHardcodedText(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) found.push(node);
    if (ts.isJsxAttribute(node) && isTextName(node.name.getText())) {
      found.push(...attributeLiterals(node));
    }
    // Menu items and the like: `{ label: 'Export vCard' }` ends up on screen too.
    if (ts.isPropertyAssignment(node) && isTextName(node.name.getText())) {
      found.push(...renderedLiterals(node.initializer));
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      found.push(...renderedLiterals(node.expression));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found
    .filter((node) => WORDS.test(textOf(node)))
    .map((node) => ({
      line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: textOf(node).trim(),
    }));
}
