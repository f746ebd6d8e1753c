// Empties lib/, build/ and dist/ before a build, and removes the generated fallback.json, so that
// a module removed from src/ is not published.
import { rmSync } from 'node:fs';

for (const path of ['lib', 'build', 'dist', 'fallback.json'])
  rmSync(path, { recursive: true, force: true });
