/**
 * The checks only a Markdown entry has: its file name and folder, its front matter, a
 * body where one is required, the HTML it may contain and the images it shows.
 */
import { findUnsafe } from '../security/unsafe-markup.ts';
import { checkBody } from '../security/check-body.ts';
import { splitMarkdown, type YamlSource } from './frontmatter.ts';
import { closest } from './suggest.ts';
import type { ContentFile, Problem } from './problems.ts';

/** Collections whose body may not be empty (also read by the new-entry command). */
export const BODY_REQUIRED = new Set([
  'notices',
  'stories',
  'appeals',
  'commendations',
  'programmes',
]);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks a Markdown file's name, front matter and body, reporting through `push` (with
 * `ifMissing`, a problem that holds only when that image is not on disk). Returns the
 * entry it holds, or undefined when the file cannot be read as an entry at all.
 */
export function checkMarkdown(
  file: ContentFile,
  text: string,
  schemas: Record<string, unknown>,
  push: (problem: Problem, ifMissing?: string) => void,
): { id: string; data: Record<string, unknown>; source: YamlSource } | undefined {
  const name = file.path.split('/').pop() ?? file.path;
  const id = name.replace(/\.(md|mdx)$/, '');
  // Files Astro would not load, or would load under another address: say so rather than drop them.
  if (!schemas[file.collection]) {
    const folders = Object.keys(schemas);
    push({
      file: file.path,
      line: 1,
      key: '',
      written: `文件夹“${file.collection}”`,
      expected: `src/content/ 下的栏目文件夹之一：${folders.join('、')}`,
      fix: `是否想放在：${closest(file.collection, folders).join('、')}？把文件移到正确的文件夹`,
    });
    return undefined;
  }
  if (!/\.mdx?$/.test(name)) {
    push({
      file: file.path,
      line: 1,
      key: '',
      written: `文件名“${name}”`,
      expected: '扩展名为 .md 的 Markdown 文件',
      fix: `把文件改名为 ${name.replace(/\.[^.]*$/, '')}.md`,
    });
    return undefined;
  }
  if ((file.path.split(`/${file.collection}/`).pop() ?? '').includes('/')) {
    push({
      file: file.path,
      line: 1,
      key: '',
      written: `放在子文件夹中的“${name}”`,
      expected: `直接放在 src/content/${file.collection}/ 下的文件`,
      fix: `把文件移到 src/content/${file.collection}/，用文件名区分年份，例如 2021-yantaohui.md`,
    });
    return undefined;
  }
  if (!ID.test(id)) {
    push({
      file: file.path,
      line: 1,
      key: '',
      written: `文件名“${name}”`,
      expected: '文件名只用小写字母、数字和连字符，例如 2020-yantaohui.md',
      fix: '把文件改名；可用 npm run new 生成',
    });
  }
  const md = splitMarkdown(text);
  if (!md.frontmatter) {
    push({
      file: file.path,
      line: 1,
      key: '',
      written: '文件开头没有前言',
      expected: '以 --- 开始、以 --- 结束的前言（front matter）',
      fix: '在文件第一行写 ---，写好字段后再写一行 ---',
    });
    return undefined;
  }
  for (const e of md.frontmatter.errors)
    push({
      file: file.path,
      line: e.line,
      key: '',
      written: e.message,
      expected: '合法的 YAML 前言',
      fix: '检查缩进、冒号后的空格和引号是否成对',
    });
  if (md.frontmatter.errors.length) return undefined;
  const data = (md.frontmatter.data ?? {}) as Record<string, unknown>;
  if (BODY_REQUIRED.has(file.collection) && !md.body.trim()) {
    push({
      file: file.path,
      line: md.bodyLine,
      key: '',
      written: '正文为空',
      expected: '前言之后的正文',
      fix: '在第二个 --- 之后写正文',
    });
  }
  // Markdown: the rendered tree against the allowlist (src/lib/security/check-body.ts); MDX is code, checked by pattern only.
  for (const f of file.path.endsWith('.mdx') ? findUnsafe(md.body) : checkBody(md.body)) {
    const fix =
      'refusal' in f && f.refusal === 'image'
        ? '改用 Markdown 图片写法，图片放在本文件旁的 images/ 文件夹'
        : '删除这段 HTML；链接请用 Markdown 写法 [文字](https://…)';
    push({
      file: file.path,
      line: md.bodyLine + f.line - 1,
      key: '正文',
      written: f.found,
      expected: f.reason,
      fix,
    });
  }
  // Markdown images: ![说明](路径 "标题") or ![说明](<路径 with spaces>). Whether a local image exists is asked on every run.
  for (const m of md.body.matchAll(/!\[([^\]]*)\]\(\s*(?:<([^>\n]*)>|([^)\s]+))[^)\n]*\)/g)) {
    const line = md.bodyLine + md.body.slice(0, m.index).split('\n').length - 1;
    if (!m[1]?.trim())
      push({
        file: file.path,
        line,
        key: '正文',
        written: m[0],
        expected: '每张图片都要有说明文字（alt）',
        fix: '写成 ![图片说明](路径)',
      });
    const src = m[2] ?? m[3] ?? '';
    if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
      push(
        {
          file: file.path,
          line,
          key: '正文',
          written: src,
          expected: '存在的图片文件',
          fix: '检查路径和文件名，图片放在本文件旁的 images/ 文件夹',
        },
        src,
      );
    }
  }
  return { id, data, source: md.frontmatter };
}
