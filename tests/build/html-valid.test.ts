/** Valid HTML: html-validate (rules in .htmlvalidate.json) on every built page. */
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { allPages, distDir } from '../support/dist.ts';

const validator = new HtmlValidate();

describe('every built page is valid HTML', () => {
  it('has pages to check', () => {
    expect(allPages().length).toBeGreaterThan(10);
  });
  it.each(allPages())('%s', async (path) => {
    const report = await validator.validateFile(join(distDir, path));
    const errors = report.results.flatMap((r) =>
      r.messages.map(
        (m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`,
      ),
    );
    expect(errors).toEqual([]);
  });
});
