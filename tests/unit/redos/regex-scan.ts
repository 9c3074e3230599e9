import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

// Finds every regular expression literal in the folders whose code reads posting text, with its
// file and line, so the adversarial-input test covers each one without a hand-kept list.

export interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [full] : [];
  });
}

export function sourceFiles(root: string, dirs: string[]): string[] {
  return dirs.flatMap((d) => tsFiles(join(root, d)));
}

export function regexLiterals(root: string, files: string[]): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const cut = literal.lastIndexOf("/");
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push({
          where: `${relative(root, file)}:${line + 1}`,
          source: literal.slice(1, cut),
          flags: literal.slice(cut + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}
