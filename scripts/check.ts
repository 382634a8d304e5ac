/**
 * `npm run check`: checks every content file under src/content without building
 * pages, prints every problem at once in Chinese, exits 1 when there is any (warnings are
 * printed too and do not fail it).
 * Runs on Node's type stripping: `node scripts/check.ts [project root]`.
 */
import { resolve } from 'node:path';
import { checkContentDir } from '../src/lib/content/content-files.ts';

const root = resolve(process.argv[2] ?? '.');
const { problems, report, warnings, warningReport, files } = await checkContentDir(root);
if (problems.length) {
  process.stderr.write(report);
  process.exitCode = 1;
} else {
  process.stdout.write(`内容检查通过：${files} 个文件，没有发现问题。\n`);
}
if (warnings.length) process.stdout.write(`\n${warningReport}`);
