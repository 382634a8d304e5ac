/** Splits a Markdown file into front matter and body, keeping line numbers for every key. */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

/** A parsed YAML source that can say on which line each key stands. */
export interface YamlSource {
  /** The plain data (null when the YAML did not parse). */
  data: unknown;
  /** YAML syntax errors, each with its 1-based line in the file. */
  errors: { line: number; message: string }[];
  /** The 1-based line in the file of the value at a path (the nearest parent that exists). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** A YAML syntax error in Chinese, by the parser's error code, with the parser's own words after it. */
export function yamlErrorText(code: string, message: string): string {
  const quote = /quote/i.test(message);
  const zh: Record<string, string> = {
    BLOCK_AS_IMPLICIT_KEY:
      '值里有英文冒号“: ”，或缩进没有对齐（值里有英文冒号时，请给整个值加英文双引号）',
    MULTILINE_IMPLICIT_KEY: '字段名后面缺少“: ”，或上一行的缩进没有对齐',
    MISSING_CHAR: quote
      ? '引号没有成对（缺少结尾的引号）'
      : /\]/.test(message)
        ? '方括号 [ ] 没有成对'
        : '缺少字符（例如字段名后面的冒号或值）',
    DUPLICATE_KEY: '同一个字段写了两次',
    TAB_AS_INDENT: '用了 Tab 键缩进，请改用空格',
    BAD_INDENT: '缩进没有对齐，或方括号 [ ] 没有成对',
    BAD_SCALAR_START: '值以 @、` 等特殊字符开头，请给整个值加英文双引号',
    UNEXPECTED_TOKEN: '这里有多余的内容（检查引号后面是否还有文字、缩进是否对齐）',
  };
  return `${zh[code] ?? 'YAML 语法错误'}（${message}）`;
}

/** Parses YAML that starts at `firstLine` (1-based) of its file. */
export function parseYamlSource(source: string, firstLine = 1): YamlSource {
  const doc: Document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => firstLine + source.slice(0, offset).split('\n').length - 1;
  const errors = doc.errors.map((e) => ({
    line: lineAt(e.pos[0]),
    message: yamlErrorText(e.code, e.message.split('\n')[0] ?? e.message),
  }));
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let offset = 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyNode = pair.key as { range?: [number, number] };
        offset = keyNode.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as { range?: [number, number] }).range?.[0] ?? offset;
      } else break;
    }
    return lineAt(offset);
  };
  return { data: errors.length ? null : doc.toJS(), errors, lineOf };
}

/** A Markdown file cut into its parts. */
export interface MarkdownSource {
  /** The front matter, or null when the file has none. */
  frontmatter: YamlSource | null;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

/** Cuts a Markdown file at its `---` front-matter fences. */
export function splitMarkdown(source: string): MarkdownSource {
  // The closing fence must stand at the start of a line: `summary: 甲---` does not close it.
  const match = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { frontmatter: null, body: source, bodyLine: 1 };
  const yamlText = match[1] ?? '';
  return {
    frontmatter: parseYamlSource(yamlText, 2),
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
