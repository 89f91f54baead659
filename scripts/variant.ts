// A throwaway copy of the repository under .variants/ (git-ignored), for builds with other content:
// the third-city proof and the scale benchmark. node_modules is hard-linked, because Turbopack follows
// no symlink out of its root.
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = /^(node_modules|\.next|out|build|\.git|\.variants|test-results|playwright-report|screenshots|\.scratch)$/;

/** Copy the repository (sources only) to .variants/<name>-XXXX and return its path. */
export function makeVariant(name: string, root = process.cwd()): string {
  mkdirSync(join(root, '.variants'), { recursive: true });
  const dir = mkdtempSync(join(root, '.variants', `${name}-`));
  for (const entry of readdirSync(root)) if (!SKIP.test(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  execSync(`cp -al ${JSON.stringify(join(root, 'node_modules'))} ${JSON.stringify(join(dir, 'node_modules'))}`);
  return dir;
}

/** Remove a variant made by makeVariant. */
export function removeVariant(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
