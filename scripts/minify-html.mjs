// Lit's html`` and svg`` literals reach the bundle as written, indentation
// included. In HTML a run of white space that holds a line break reads the
// same as one space (between attributes, between words, between tags), so
// each such run becomes a single space. A literal with <pre> or <textarea>,
// where white space is content, is left as written.
import ts from 'typescript';

const tags = new Set(['html', 'svg']);
const preformatted = /<(pre|textarea)\b/i;

/** The static text parts of every html``/svg`` literal: [start, end) offsets into `code`. */
export function htmlLiteralParts(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const parts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const text = literals.map((literal) => literal.getText(source)).join('');
      if (!preformatted.test(text)) {
        for (const literal of literals) {
          // Inside the delimiters: ` or } before, ` or ${ after.
          const start = literal.getStart(source) + 1;
          const end = literal.getEnd() - (ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1);
          parts.push([start, end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return parts;
}

/** Collapses every white-space run with a line break in the literals' static text to one space. */
export function collapseHtmlWhitespace(code, output, fileName) {
  if (!/\b(html|svg)`/.test(code)) return;
  for (const [start, end] of htmlLiteralParts(code, fileName)) {
    for (const match of code.slice(start, end).matchAll(/[ \t]*\n\s*/g)) {
      output.update(start + match.index, start + match.index + match[0].length, ' ');
    }
  }
}
