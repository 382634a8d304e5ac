/**
 * One real `astro build` of a copy of the project with one broken activity file: the
 * build must stop, and what the editor sees must be the Chinese report naming the file,
 * the line, the key, what was written and what is expected.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'fupinri-build-error-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const broken = 'src/content/activities/2020-99-cuowu-shili.md';
const text = [
  '---', //                                   1
  'title: 举办研讨会', //                      2
  'campaign: "2020"', //                      3
  'when: "2020-08"', //                       4
  'lead: [地委宣传处]', //                    5
  'category: 理论研讨', //                    6
  'summary: 牵头单位的名称写错了一个字。', // 7
  '---', //                                   8
  '',
  '地委宣传部牵头举办研讨会。',
  '',
].join('\n');

describe('a broken content file stops `astro build`', () => {
  it('with the Chinese report naming file, line, key, what was written and what is expected', () => {
    for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(project, name), join(copy, name), { recursive: true });
    }
    symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'), 'dir');
    writeFileSync(join(copy, broken), text);

    const run = spawnSync(join(copy, 'node_modules/.bin/astro'), ['build'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 180_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;

    expect(run.status, output).not.toBe(0);
    expect(output).toContain('内容检查发现 1 处问题');
    expect(output).toContain(`${broken}:5  字段 lead.0`);
    expect(output).toContain('写的是：“地委宣传处”');
    expect(output).toContain('应为：src/content/units.yaml 中的单位名称');
    expect(output).toMatch(/修改：是否想写：地委宣传部/);
    // The report is not buried under a stack trace of the integration.
    expect(output).not.toContain('Stack trace');
    expect(existsSync(join(copy, 'dist', 'index.html'))).toBe(false);
  }, 200_000);
});
