// Fails when the one-file bundle grows past its budget; prints gzip and brotli sizes.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET = 13312; // bytes after gzip -9: 13 KiB, with every region
const file = 'dist/online-safety-help.js';
const source = readFileSync(file);
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;

console.log(
  `${file}: ${source.length} B raw, ${gzip} B gzip -9, ${brotli} B brotli (budget ${BUDGET} B gzip)`,
);
if (gzip > BUDGET) {
  console.error(`Over budget by ${gzip - BUDGET} B.`);
  process.exit(1);
}
