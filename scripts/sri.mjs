// Writes the bundle's Subresource Integrity hash beside it, for pinned CDN snippets.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'dist/online-safety-help.js';
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
writeFileSync(`${file}.sri`, `${integrity}\n`);
console.log(`${file}.sri: ${integrity}`);
