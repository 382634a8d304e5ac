import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ImportError, readInput } from './read-input.ts';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ole = (...parts: Buffer[]) =>
  new Uint8Array(Buffer.concat([Buffer.from(OLE), Buffer.alloc(504), ...parts]));

describe('readInput: bad input gets a Chinese message saying what to do', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'plan.txt', /plan\.txt 是空的/],
    ['a file of blanks', Buffer.from(' \n\r\n\t '), 'plan.txt', /是空的/],
    ['an empty .docx', new Uint8Array(), 'plan.docx', /是空的/],
    ['old binary Word (.doc)', ole(), 'plan.doc', /旧版 Word 文档（\.doc）.*另存为/],
    ['a .doc renamed .docx', ole(), 'plan.docx', /旧版 Word 文档/],
    [
      'a password-protected .docx',
      ole(Buffer.from('EncryptionInfo', 'utf16le')),
      'plan.docx',
      /设置了打开密码.*清空密码/,
    ],
    [
      'a broken .docx (zip cut short)',
      Buffer.from('PK\u0003\u0004broken'),
      'plan.docx',
      /无法打开 plan\.docx：文件已损坏/,
    ],
    [
      'a .docx that is no zip at all',
      Buffer.from('这不是 Word 文档'),
      'plan.docx',
      /文件已损坏，或不是 Word 文档/,
    ],
    ['a PDF', Buffer.from('%PDF-1.7\n...'), 'plan.pdf', /PDF 文件，无法导入/],
    ['another kind of file', Buffer.from('x'), 'plan.wps', /无法导入 \.wps 文件/],
    [
      'bytes that are no Chinese text',
      new Uint8Array([0x81, 0x30, 0xff, 0xfe, 0x00, 0x81]),
      'plan.txt',
      /既不是 UTF-8 也不是 GBK/,
    ],
  ])('%s', async (_, bytes, name, message) => {
    const error = await readInput(bytes, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('没有写入任何文件');
  });
});

describe('readInput: encodings', () => {
  const text = '关于开展2020年扶贫日活动的通知\n一、活动时间';
  it.each([
    ['UTF-8', Buffer.from(text), 'UTF-8 编码', []],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'UTF-8 编码',
      [],
    ],
    [
      'GBK',
      iconv.encode(text, 'gbk'),
      'GB18030（GBK）编码',
      ['原文为 GBK/GB18030 编码，已转换为 UTF-8'],
    ],
    [
      'GB18030',
      iconv.encode(`${text}𠀀`, 'gb18030'),
      'GB18030（GBK）编码',
      ['原文为 GBK/GB18030 编码，已转换为 UTF-8'],
    ],
    [
      'UTF-16 with BOM',
      iconv.encode(text, 'utf-16le', { addBOM: true }),
      'UTF-16 编码',
      ['原文为 UTF-16 编码，已转换为 UTF-8'],
    ],
  ])('%s is read and reported', async (_, bytes, readAs, notes) => {
    const got = await readInput(new Uint8Array(bytes), 'plan.txt');
    expect(got.text.replace(/𠀀$/, '')).toBe(text);
    expect(got.readAs).toContain(readAs);
    expect(got.notes).toEqual(notes);
  });
  it('text pasted on standard input is 粘贴的文字', async () =>
    expect((await readInput(Buffer.from(text), '标准输入')).readAs).toBe('粘贴的文字，UTF-8 编码'));
});

describe('readInput: Word documents', () => {
  it('reads paragraphs one a line, and writes out Word’s automatic numbering by level', async () => {
    const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat]) => ({
      level: n,
      format,
      text: `%${n + 1}`,
      alignment: AlignmentType.START,
    });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'plan',
            levels: [
              level(0, LevelFormat.CHINESE_COUNTING),
              level(1, LevelFormat.CHINESE_COUNTING),
              level(2, LevelFormat.DECIMAL),
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('扶贫日活动方案'),
            new Paragraph({ text: '活动内容', numbering: { reference: 'plan', level: 0 } }),
            new Paragraph({ text: '集中活动', numbering: { reference: 'plan', level: 1 } }),
            new Paragraph({ text: '举办研讨会', numbering: { reference: 'plan', level: 2 } }),
            new Paragraph({ text: '发布倡议书', numbering: { reference: 'plan', level: 2 } }),
            new Paragraph({ text: '各地活动', numbering: { reference: 'plan', level: 1 } }),
            new Paragraph({ text: '工作要求', numbering: { reference: 'plan', level: 0 } }),
          ],
        },
      ],
    });
    const got = await readInput(new Uint8Array(await Packer.toBuffer(doc)), 'plan.docx');
    expect(got.text.split('\n')).toEqual([
      '扶贫日活动方案',
      '一、活动内容',
      '（一）集中活动',
      '1.举办研讨会',
      '2.发布倡议书',
      '（二）各地活动',
      '二、工作要求',
    ]);
    expect(got.readAs).toBe('Word 文档（.docx）');
    expect(got.notes).toEqual(['Word 的自动编号已写成文字（一、（一）1.），共 6 处，请核对']);
  });
});
