// Writes file.br and file.gz beside every compressible file of the build, so neither server compresses
// per request: `npm start` (@fastify/static, preCompressed) and nginx (gzip_static, brotli_static) send
// the copy the browser accepts. A copy that would not be smaller is not written.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE } from '../../server/rules';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) yield path;
  }
}

/** Writes file.br and file.gz when smaller than the file; returns the three sizes (a copy not written counts as the file). */
export async function precompressFile(file: string): Promise<{ raw: number; brotli: number; gzip: number }> {
  const data = readFileSync(file);
  const [b, g] = await Promise.all([
    br(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: 9 }),
  ]);
  for (const [suffix, copy] of [
    ['.br', b],
    ['.gz', g],
  ] as const) {
    // A new file, never written through: the build's files may be hard links shared with another copy.
    rmSync(file + suffix, { force: true });
    if (copy.length < data.length) writeFileSync(file + suffix, copy);
  }
  return { raw: data.length, brotli: Math.min(b.length, data.length), gzip: Math.min(g.length, data.length) };
}

/** Compresses every text file under dir; returns the bytes before and after for the report. */
export async function precompress(dir: string): Promise<{ files: number; raw: number; brotli: number; gzip: number }> {
  const totals = { files: 0, raw: 0, brotli: 0, gzip: 0 };
  const queue = [...textFiles(dir)];
  // zlib runs on libuv's thread pool: a few files at a time keep both cores busy.
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      const sizes = await precompressFile(file);
      totals.files++;
      totals.raw += sizes.raw;
      totals.brotli += sizes.brotli;
      totals.gzip += sizes.gzip;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return totals;
}

/** Size on disk of the brotli copy of a file, or of the file itself when it has none. */
export function sentSize(file: string): number {
  try {
    return statSync(`${file}.br`).size;
  } catch {
    return statSync(file).size;
  }
}
