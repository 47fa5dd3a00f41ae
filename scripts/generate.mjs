// postinstall: generate the Prisma clients for both providers into src/generated/{sqlite,postgres}.
// `prisma generate` needs no schema engine; prisma.config.ts picks the schema folder from TIDEMARK_PRISMA_PROVIDER.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');

for (const provider of ['sqlite', 'postgres']) {
  if (!existsSync(path.join(root, 'prisma', provider, 'schema.prisma'))) continue;
  const res = spawnSync(process.execPath, [cli, 'generate'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TIDEMARK_PRISMA_PROVIDER: provider },
  });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
