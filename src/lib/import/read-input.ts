/**
 * A plan document's bytes → its text: a Word .docx through mammoth, a .txt or .md in UTF-8
 * or GBK/GB18030 (detected and converted with iconv-lite), or text from standard input. What
 * cannot be read is an {@link ImportError} with a Chinese message saying what to do instead.
 */
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { Parser } from 'htmlparser2';

/** Input that cannot be imported: the message is for the editor, in Chinese. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** A document's text and how it was read, for the review report. */
export interface InputText {
  text: string;
  /** How the text was read, e.g. "Word 文档（.docx）" or "文本文件，GB18030（GBK）编码". */
  readAs: string;
  /** What was done on the way, in Chinese (an encoding converted, numbering written out). */
  notes: string[];
}

const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);
/** An OLE compound file: old binary Word (.doc), or an encrypted (password-protected) .docx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
/** "EncryptionInfo" in UTF-16LE: the stream an encrypted Office file keeps in its compound file. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';

/** Reads a document (`name` is its file name, or "标准输入" for pasted text). */
export async function readInput(bytes: Uint8Array, name: string): Promise<InputText> {
  const ext = extensionOf(name);
  if (bytes.length === 0 || (ext !== '.docx' && !/\S/.test(Buffer.from(bytes).toString('latin1'))))
    throw new ImportError(`${name} 是空的，没有可导入的内容。没有写入任何文件。`);
  if (startsWith(bytes, OLE)) {
    if (Buffer.from(bytes).includes(ENCRYPTION_INFO))
      throw new ImportError(
        `${name} 设置了打开密码，无法读取。请在 Word 中打开它，选“文件 → 信息 → 保护文档 → 用密码进行加密”，清空密码后保存，再导入。没有写入任何文件。`,
      );
    throw new ImportError(
      `${name} 是旧版 Word 文档（.doc），无法直接读取。请在 Word 或 WPS 中打开它，“另存为”Word 文档（.docx）后再导入。没有写入任何文件。`,
    );
  }
  if (startsWith(bytes, PDF))
    throw new ImportError(
      `${name} 是 PDF 文件，无法导入。请找到方案的 Word 文档（.docx），或把 PDF 中的文字复制到一个 .txt 文件后再导入。没有写入任何文件。`,
    );
  if (ext === '.docx' || startsWith(bytes, ZIP)) return readDocx(bytes, name);
  if (ext && !TEXT_EXTENSIONS.includes(ext))
    throw new ImportError(
      `无法导入 ${ext} 文件（${name}）。可导入：Word 文档（.docx）、文本文件（.txt、.md，UTF-8 或 GBK 编码），或把文字粘贴到标准输入。没有写入任何文件。`,
    );
  return readText(bytes, name);
}

/** Text in UTF-8 (with or without BOM), UTF-16 with BOM, or else GB18030 (a superset of GBK and GB2312). */
function readText(bytes: Uint8Array, name: string): InputText {
  const kind = name === '标准输入' ? '粘贴的文字' : '文本文件';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return {
      text: iconv.decode(Buffer.from(bytes), encoding),
      readAs: `${kind}，UTF-16 编码`,
      notes: ['原文为 UTF-16 编码，已转换为 UTF-8'],
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), readAs: `${kind}，UTF-8 编码`, notes: [] };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    if (!/\p{Script=Han}/u.test(text))
      throw new ImportError(
        `${name} 既不是 UTF-8 也不是 GBK 编码的中文文本，无法读取。请用记事本或 WPS 打开它，另存为 UTF-8 编码的 .txt 后再导入。没有写入任何文件。`,
      );
    return {
      text,
      readAs: `${kind}，GB18030（GBK）编码`,
      notes: ['原文为 GBK/GB18030 编码，已转换为 UTF-8'],
    };
  }
}

/** The markers official documents number their levels with (GB/T 9704): 一、 （一） 1. （1）. */
const CHINESE_NUMBERS = '一二三四五六七八九十';
function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE_NUMBERS[n - 1]!;
  if (n < 20) return `十${CHINESE_NUMBERS[n - 11]}`;
  return `${CHINESE_NUMBERS[Math.floor(n / 10) - 1]}十${n % 10 ? CHINESE_NUMBERS[(n % 10) - 1] : ''}`;
}
const MARKERS = [
  (n: number) => `${chineseNumber(n)}、`,
  (n: number) => `（${chineseNumber(n)}）`,
  (n: number) => `${n}.`,
  (n: number) => `（${n}）`,
];

/** A node of mammoth's document model, as far as numbering needs it (its types leave it untyped). */
interface DocNode {
  type: string;
  value?: string;
  children: DocNode[];
  numbering?: { level: string; isOrdered: boolean } | null;
}
const { transforms } = mammoth as unknown as {
  transforms: { paragraph(f: (p: DocNode) => DocNode): (document: unknown) => unknown };
};

/**
 * A .docx's paragraphs, one a line. Word's automatic numbering is not text in the file, so each
 * numbered paragraph gets its marker written out by level, as official documents number them.
 */
async function readDocx(bytes: Uint8Array, name: string): Promise<InputText> {
  const counters: number[] = [];
  let numbered = 0;
  const numberParagraph = (p: DocNode): DocNode => {
    if (!p.numbering?.isOrdered) return p;
    const level = Math.min(Number(p.numbering.level) || 0, MARKERS.length - 1);
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    for (let i = 0; i < level; i++) counters[i] ??= 1;
    numbered++;
    const marker = { type: 'text', value: MARKERS[level]!(counters[level]!), children: [] };
    return { ...p, children: [{ type: 'run', children: [marker] }, ...p.children] };
  };
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    ({ value: html, messages } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { transformDocument: transforms.paragraph(numberParagraph) },
    ));
  } catch (error) {
    throw new ImportError(
      `无法打开 ${name}：文件已损坏，或不是 Word 文档（${error instanceof Error ? error.message : String(error)}）。请在 Word 或 WPS 中打开它，另存为 .docx 后再导入。没有写入任何文件。`,
    );
  }
  const notes = [];
  if (numbered) notes.push(`Word 的自动编号已写成文字（一、（一）1.），共 ${numbered} 处，请核对`);
  const unread = messages.filter((m) => m.type === 'error');
  if (unread.length) notes.push(`Word 文档中有 ${unread.length} 处无法读取：${unread[0]!.message}`);
  return { text: blocksOf(html).join('\n'), readAs: 'Word 文档（.docx）', notes };
}

/** The text of each block (paragraph, heading, list item, table cell) of mammoth's HTML. */
function blocksOf(html: string): string[] {
  const blocks: string[] = [];
  let current = '';
  const end = () => {
    if (current.trim()) blocks.push(current.trim());
    current = '';
  };
  const BLOCK = /^(?:p|h[1-6]|li|td|th|br)$/;
  const parser = new Parser(
    {
      onopentag: (tag) => BLOCK.test(tag) && end(),
      ontext: (text) => (current += text),
      onclosetag: (tag) => BLOCK.test(tag) && end(),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  end();
  return blocks;
}
