/**
 * Checks every content file before a build: each file on its own (check-file.ts, its
 * result kept by the file's bytes), then what holds between files: one id per entry, the
 * names entries refer to (references.ts: units, regions, campaigns, plans, enterprises,
 * villages, programmes, categories, areas), images on disk, and the books: appeals' ledgers and pairing lists
 * (check-books.ts). Warnings that do not stop a build go to `options.warnings`. Returns every problem at once, each with file, line, key, what was
 * written, what is expected and how to fix it, in Chinese.
 *
 * Past 250 lines because the checks between files (ids, names, images, plans) read best in one
 * pass over the content.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseYamlSource, splitMarkdown, type YamlSource } from './frontmatter.ts';
import { closest } from './suggest.ts';
import { REFERENCES, referenceText, type RefKind } from './references.ts';
import { checkFile, YAML_COLLECTIONS, type FileCheck, type Schemas } from './check-file.ts';
import { show, valueAt, type ContentFile, type Problem } from './problems.ts';
import { checkLedger, checkPairingLists, type BooksCheck } from './check-books.ts';
import { todayInShanghai } from './dates.ts';

/** File results from earlier runs by key, and the checker's version that every key includes. */
export interface CheckCache {
  /** A hash of the checker's own code and schemas: a new version makes every result stale. */
  version: string;
  /** Results by key (see checkKey); entries used by a run are marked in `used`. */
  results: Map<string, FileCheck>;
  /** Keys used by the last run, so stale results can be dropped before saving. */
  used: Set<string>;
}

/** The cache key of one file's result: its path, collection and bytes, and the checker's version. */
export function checkKey(file: ContentFile, version: string): string {
  return createHash('sha256')
    .update(`${version}\u0000${file.collection}\u0000${file.path}\u0000`)
    .update(file.bytes)
    .digest('hex');
}

/** One entry of a content file as the checks between files see it (raw YAML data). */
export interface Entry {
  file: ContentFile;
  id: string;
  data: Record<string, unknown>;
  basePath: (string | number)[];
  flagged: Set<string>;
  /** The 1-based line of a key path (the YAML is parsed again only when a problem needs a line). */
  lineOf: (path: readonly (string | number)[]) => number;
}

/** The day the check treats as today, and where its warnings (not errors) go. */
export interface ValidateOptions {
  /**
   * YYYY-MM-DD in China, the day the check runs by default. Not BUILD_DATE: that pins the
   * day pages are shown for (a build "as on" 2020-09-20 of content written later must pass).
   */
  today?: string;
  /** Warnings for the editor that do not stop the build (a quiet ledger). */
  warnings?: Problem[];
}

/** The file an image path in a content file points to: relative to the file, or from public/ when it starts with /. */
function localPath(root: string, file: string, src: string): string {
  let path = src.replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // A stray % stays as written.
  }
  return path.startsWith('/')
    ? resolve(root, 'public', `.${path}`)
    : resolve(root, dirname(file), path);
}

type Add = (
  e: Entry,
  path: (string | number)[],
  expected: string,
  fix: string,
  written?: string,
  linePath?: (string | number)[],
) => void;

/** A notice's relations: none to itself; one repealed by another is 废止. */
function checkNoticeRelations(e: Entry, add: Add) {
  for (const key of ['amends', 'replaces'] as const) {
    const list = e.data[key];
    if (Array.isArray(list))
      list.forEach((other, i) => {
        if (other === e.id) add(e, [key, i], '另一份通知的文件名', '不能填写本文自己的文件名');
      });
  }
  const repealedBy = e.data.repealedBy;
  if (repealedBy === e.id) add(e, ['repealedBy'], '另一份通知的文件名', '不能填写本文自己的文件名');
  if (typeof repealedBy === 'string' && e.data.validity !== '废止')
    add(
      e,
      ['validity'],
      '填写了 repealedBy（废止本文的通知）时，有效性 validity 应为 废止',
      '把 validity 改为 废止，或删除 repealedBy',
    );
}

/** An activity's status: only a moved one has a previous time; a cancelled one says why. */
function checkActivityStatus(e: Entry, add: Add) {
  const status = typeof e.data.status === 'string' ? e.data.status : 'scheduled';
  if (e.data.previousWhen !== undefined && status !== 'postponed' && status !== 'rescheduled')
    add(
      e,
      ['previousWhen'],
      '只有延期（postponed）或改期（rescheduled）的活动才填写原定时间 previousWhen',
      '把 status 改为 postponed 或 rescheduled，或删除 previousWhen',
    );
  if (status === 'cancelled' && e.data.statusNote === undefined)
    add(
      e,
      ['statusNote'],
      '取消（cancelled）的活动须填写状态说明 statusNote',
      '写一句取消的原因，例如 statusNote: 因疫情防控需要取消',
      undefined,
      ['status'],
    );
}

/** The parsed YAML of a file (the front matter of Markdown), for line numbers. */
function yamlOf(file: ContentFile): YamlSource | null {
  const text = new TextDecoder('utf-8').decode(file.bytes);
  return YAML_COLLECTIONS[file.collection]
    ? parseYamlSource(text)
    : splitMarkdown(text).frontmatter;
}

/**
 * Checks all content files together; the result is empty when everything may be
 * published. With a cache, a file whose bytes (and the checker) are unchanged takes its
 * earlier result, problems included: only the checks between files run again.
 */
export function validateContent(
  files: readonly ContentFile[],
  schemas: Schemas,
  root = '.',
  cache?: CheckCache,
  options: ValidateOptions = {},
): Problem[] {
  const today = options.today ?? todayInShanghai();
  const problems: Problem[] = [];
  const entries: Entry[] = [];

  for (const file of files) {
    let result: FileCheck | undefined;
    if (cache) {
      const key = checkKey(file, cache.version);
      result = cache.results.get(key);
      if (!result) cache.results.set(key, (result = checkFile(file, schemas)));
      cache.used.add(key);
    } else result = checkFile(file, schemas);
    for (const { problem, ifMissing } of result.problems) {
      if (ifMissing === undefined || !existsSync(localPath(root, file.path, ifMissing)))
        problems.push(problem);
    }
    let source: YamlSource | null | undefined;
    for (const e of result.entries) {
      const lineOf = (path: readonly (string | number)[]) =>
        (source ??= yamlOf(file))?.lineOf([...e.basePath, ...path]) ?? 1;
      entries.push({
        file,
        id: e.id,
        data: e.data,
        basePath: e.basePath,
        flagged: new Set(e.flagged),
        lineOf,
      });
    }
  }

  const report =
    (list: Problem[]) =>
    (
      e: Entry,
      path: (string | number)[],
      expected: string,
      fix: string,
      written = show(valueAt(e.data, path)),
      linePath = path,
    ) =>
      list.push({
        file: e.file.path,
        line: e.lineOf(linePath),
        key: [...path].join('.'),
        written,
        expected,
        fix,
      });
  const add = report(problems);
  const isFlagged = (e: Entry, path: readonly (string | number)[]) =>
    path.some((_, i) => e.flagged.has([...e.basePath, ...path.slice(0, i + 1)].join('.')));

  // Identity: one id per entry, one name per unit and region.
  const seen = new Map<string, Entry>();
  for (const e of entries) {
    const key = `${e.file.collection}/${e.id.toLowerCase()}`;
    const first = seen.get(key);
    if (first && e.id) {
      const idKey = YAML_COLLECTIONS[e.file.collection];
      if (idKey)
        add(
          e,
          [idKey],
          `每一项的 ${idKey} 唯一`,
          `与 ${first.file.path} 第 ${first.lineOf([idKey])} 行重复，请改用另一个 ${idKey}`,
          e.id,
        );
      else
        problems.push({
          file: e.file.path,
          line: 1,
          key: '',
          written: e.id,
          expected: '每条内容的名称（文件名）唯一',
          fix: `与 ${first.file.path} 重名，请改文件名`,
        });
    } else seen.set(key, e);
  }
  // The entries of each collection, grouped once for the checks below.
  const byCollection = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byCollection.get(e.file.collection) ?? [];
    list.push(e);
    byCollection.set(e.file.collection, list);
  }
  const lists = Object.values(REFERENCES).filter((r) => r.key === 'name');
  for (const { collection } of lists) {
    const names = new Set<string>();
    for (const e of byCollection.get(collection) ?? []) {
      const name = String(e.data.name ?? '');
      if (names.has(name)) add(e, ['name'], '名称唯一', '删除重复的一项', name);
      names.add(name);
    }
  }

  // References: names that must exist elsewhere (the lists and folders of references.ts).
  const known = Object.fromEntries(
    Object.entries(REFERENCES).map(([kind, r]) => {
      const of = byCollection.get(r.collection) ?? [];
      return [kind, of.map((e) => (r.key === 'id' ? e.id : String(e.data.name ?? '')))];
    }),
  ) as Record<RefKind, string[]>;
  const books: BooksCheck = {
    add,
    warn: report(options.warnings ?? []),
    isFlagged,
    today,
  };
  const refer = (e: Entry, path: (string | number)[], kind: RefKind) => {
    const value = valueAt(e.data, path);
    if (value === undefined || value === null || isFlagged(e, path)) return;
    const name = String(value);
    if (known[kind].includes(name)) return;
    const near = closest(name, known[kind]);
    add(
      e,
      path,
      referenceText(kind),
      near.length ? `是否想写：${near.join('、')}？若是新的，请先在列表中添加` : '请先在列表中添加',
    );
  };
  const referAll = (e: Entry, key: string, kind: RefKind) => {
    const list = e.data[key];
    if (Array.isArray(list)) list.forEach((_, i) => refer(e, [key, i], kind));
  };
  for (const e of entries) {
    switch (e.file.collection) {
      case 'units':
        refer(e, ['parent'], 'unit');
        break;
      case 'notices':
        refer(e, ['campaign'], 'campaign');
        refer(e, ['publisher'], 'unit');
        refer(e, ['signedBy'], 'unit');
        referAll(e, 'amends', 'plan');
        referAll(e, 'replaces', 'plan');
        refer(e, ['repealedBy'], 'plan');
        checkNoticeRelations(e, add);
        (Array.isArray(e.data.deadlines) ? e.data.deadlines : []).forEach((d, i) => {
          refer(e, ['deadlines', i, 'to'], 'unit');
          const units = (d as Record<string, unknown>).units;
          if (Array.isArray(units))
            units.forEach((_, j) => refer(e, ['deadlines', i, 'units', j], 'unit'));
        });
        break;
      case 'activities':
        refer(e, ['campaign'], 'campaign');
        referAll(e, 'lead', 'unit');
        referAll(e, 'partners', 'unit');
        referAll(e, 'regions', 'region');
        refer(e, ['category'], 'category');
        referAll(e, 'areas', 'area');
        refer(e, ['plan'], 'plan');
        checkActivityStatus(e, add);
        break;
      case 'commendations':
        refer(e, ['campaign'], 'campaign');
        refer(e, ['region'], 'region');
        refer(e, ['conferredBy'], 'unit');
        break;
      case 'stories':
        refer(e, ['region'], 'region');
        if (e.data.cover && typeof e.data.cover === 'object' && !isFlagged(e, ['cover', 'src'])) {
          const src = String((e.data.cover as Record<string, unknown>).src ?? '');
          if (src && !existsSync(localPath(root, e.file.path, src)))
            add(
              e,
              ['cover', 'src'],
              '存在的图片文件（相对于本文件的路径）',
              '检查路径和文件名，图片放在本文件旁的 images/ 文件夹',
            );
        }
        break;
      case 'appeals':
        refer(e, ['campaign'], 'campaign');
        referAll(e, 'organizers', 'unit');
        checkLedger(e, books);
        break;
      case 'enterprises':
        refer(e, ['region'], 'region');
        break;
      case 'villages':
        refer(e, ['region'], 'region');
        break;
      case 'programmes':
        refer(e, ['campaign'], 'campaign');
        referAll(e, 'regions', 'region');
        referAll(e, 'organizers', 'unit');
        refer(e, ['plan'], 'plan');
        break;
      case 'pairings':
        refer(e, ['programme'], 'programme');
        refer(e, ['region'], 'region');
        (Array.isArray(e.data.pairings) ? e.data.pairings : []).forEach((_, i) => {
          refer(e, ['pairings', i, 'enterprise'], 'enterprise');
          refer(e, ['pairings', i, 'village'], 'village');
        });
        break;
    }
  }
  checkPairingLists(
    entries.filter((e) => e.file.collection === 'pairings'),
    entries.filter((e) => e.file.collection === 'programmes'),
    entries.filter((e) => e.file.collection === 'villages'),
    books,
  );
  options.warnings?.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
