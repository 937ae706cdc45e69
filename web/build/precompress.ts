/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible built file, so the server sends them as they are.
 * The gzip copies come from Zopfli (the same gzip format, 3–5 % smaller than zlib's best, once per build): most
 * phones that send `br` get brotli, but the visitor's budget is counted in gzip, what every browser accepts.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this a compressed copy saves less than its own header costs. */
const MIN_BYTES = 512;
/** Zopfli's passes: past 5 the files shrink by bytes while the build slows by seconds. */
const ZOPFLI_ITERATIONS = 5;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

function readIfThere(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export async function precompress(distDir: string): Promise<number> {
  const todo = [...files(distDir)].filter((path) => COMPRESSIBLE.test(path) && statSync(path).size >= MIN_BYTES);
  await Promise.all(todo.map(async (path) => {
    const body = readIfThere(path);
    // Another build emptied the folder meanwhile (a shared checkout): that build writes its own copies.
    if (!body) return;
    writeFileSync(`${path}.br`, brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
    writeFileSync(`${path}.gz`, await gzipAsync(body, { numiterations: ZOPFLI_ITERATIONS }));
  }));
  return todo.length;
}
