// Fails when types/api.d.ts is not what openapi-typescript makes of the OpenAPI document the Maven build wrote.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(dirname(fileURLToPath(import.meta.url)));
const document = join(web, '..', 'target', 'openapi', 'openapi.yaml');
const committed = join(web, 'types', 'api.d.ts');
const fix = 'Run `./mvnw package -DskipTests` and then `npm --prefix web run types`, and commit web/types/api.d.ts.';

if (!existsSync(document)) {
  console.error(`${relative(process.cwd(), document)} is missing: the Maven build writes it. ${fix}`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'api-types-'));
try {
  const generated = join(scratch, 'api.d.ts');
  const run = spawnSync(join(web, 'node_modules', '.bin', 'openapi-typescript'), [document, '--output', generated], {
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) {
    console.error(run.stdout, run.stderr, run.error ?? '');
    console.error('openapi-typescript could not generate the types (did `npm --prefix web ci` run?).');
    process.exit(1);
  }
  const expected = readFileSync(generated, 'utf8');
  const actual = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  if (expected !== actual) {
    const want = expected.split('\n');
    const have = actual.split('\n');
    let line = 0;
    while (line < want.length && want[line] === have[line]) line++;
    console.error(
      `web/types/api.d.ts differs from the types of target/openapi/openapi.yaml, first at line ${line + 1}:\n` +
        `  committed: ${have[line] ?? '(end of file)'}\n` +
        `  generated: ${want[line] ?? '(end of file)'}\n${fix}`,
    );
    process.exit(1);
  }
  console.log('web/types/api.d.ts matches target/openapi/openapi.yaml');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
