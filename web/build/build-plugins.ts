/** Vite plugins of the production build: precompressed copies, then the visitor's first-load budget (fails the build). */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_LOAD_GZIP_BUDGET, measureFirstLoad, type FirstLoad } from './first-load';
import { precompress } from './precompress';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function describeFirstLoad(load: FirstLoad): string {
  const lines = load.files.map((f) => `  ${f.file}  ${kb(f.bytes)} raw, ${kb(f.gzipBytes)} gzip${f.brotliBytes === null ? '' : `, ${kb(f.brotliBytes)} brotli`}`);
  const br = load.brotliBytes === null ? '' : `, ${kb(load.brotliBytes)} brotli`;
  return [`visitor first load: ${kb(load.bytes)} JavaScript, ${kb(load.gzipBytes)} gzip${br} (budget ${kb(FIRST_LOAD_GZIP_BUDGET)} gzip)`, ...lines].join('\n');
}

export function productionAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'hidamari:production-assets',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await precompress(outDir);
        const load = measureFirstLoad(outDir);
        this.info(describeFirstLoad(load));
        if (load.gzipBytes > FIRST_LOAD_GZIP_BUDGET) {
          this.error(
            `The visitor's first load is ${kb(load.gzipBytes)} of gzipped JavaScript, over its ${kb(FIRST_LOAD_GZIP_BUDGET)} budget ` +
            '(visitors are often on old phones and slow links). Move what the intake form does not need behind a dynamic ' +
            'import(), or keep staff-only code and libraries out of web/src/visitor and web/src/lib.\n' + describeFirstLoad(load),
          );
        }
      },
    },
  };
}
