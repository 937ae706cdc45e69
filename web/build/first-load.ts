/**
 * What a visitor's browser downloads before the visitor page can run: every script `index.html` loads or
 * modulepreloads (not the chunks fetched later by dynamic import). Shared by the build's budget check, the bench and
 * the static-assets test, so all three count the same files.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoadFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number | null;
}

export interface FirstLoad {
  files: FirstLoadFile[];
  bytes: number;
  gzipBytes: number;
  brotliBytes: number | null;
}

/** The visitor's first-load JavaScript budget, gzipped (kB as Vite prints them: 1,000 bytes). */
export const FIRST_LOAD_GZIP_BUDGET = 100_000;

/** Script and modulepreload URLs of an index.html, in document order. */
export function firstLoadScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url) urls.push(url);
  }
  return urls;
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

/** Sizes of the first load in a built `dist`; the compressed sizes are those of the precompressed files served. */
export function measureFirstLoad(distDir: string): FirstLoad {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = firstLoadScripts(html).map((url): FirstLoadFile => {
    const path = join(distDir, url.replace(/^\//, ''));
    const body = readFileSync(path);
    return { file: url, bytes: body.length, gzipBytes: sizeOf(`${path}.gz`) ?? gzipSync(body, { level: 9 }).length, brotliBytes: sizeOf(`${path}.br`) };
  });
  const sum = (f: (x: FirstLoadFile) => number) => files.reduce((s, x) => s + f(x), 0);
  return {
    files,
    bytes: sum((x) => x.bytes),
    gzipBytes: sum((x) => x.gzipBytes),
    brotliBytes: files.every((x) => x.brotliBytes !== null) ? sum((x) => x.brotliBytes ?? 0) : null,
  };
}
