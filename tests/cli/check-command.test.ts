/** npm run check: validates all content without building, and names every mistake. */
import { describe, expect, it } from 'vitest';
import { edit, node, sandbox } from './sandbox.ts';

describe('npm run check', () => {
  // How long it takes is a budget of npm run bench, not an assertion here.
  it('passes on the published content', () => {
    const box = sandbox();
    try {
      expect(node(box.dir, 'scripts/check-content.ts')).toMatchObject({
        code: 0,
        out: expect.stringContaining('all content is valid (2 report(s))'),
      });
    } finally {
      box.remove();
    }
  });
  it('fails with the file, the item and the field when staff make a mistake', () => {
    const box = sandbox();
    try {
      edit(
        box.dir,
        'content/reports/2023-midterm/values.yml',
        '  - id: forest-coverage\n    value: pending',
        '  - id: forest-coverage\n    value: 69.1',
      );
      const result = node(box.dir, 'scripts/check-content.ts');
      expect(result.code).toBe(1);
      expect(result.out).toContain(
        'content/reports/2023-midterm/values.yml: indicator "forest-coverage", field "source": 已填报数值,需填写来源名称 / a reported value needs its source',
      );
    } finally {
      box.remove();
    }
  });
});
