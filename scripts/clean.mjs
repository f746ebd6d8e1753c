// Empties lib/, build/ and dist/ before a build, so that a module removed from src/ is not published.
import { rmSync } from 'node:fs';

for (const folder of ['lib', 'build', 'dist']) rmSync(folder, { recursive: true, force: true });
