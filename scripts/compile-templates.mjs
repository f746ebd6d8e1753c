// Compiles src/ once more, for the one-file bundle only, into build/compiled/: the html`` and
// css`` literals minified, then Lit's templates prepared at build time by Lit's own compiler
// (@lit-labs/compiler), so that the page skips that work on first render. lib/, which npm users
// import, keeps plain templates and is compiled by `tsc` alone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { compileLitTemplates } from '@lit-labs/compiler';
import { minifyHTMLLiterals } from 'minify-literals';

const fail = (diagnostics) => {
  if (!diagnostics.length) return;
  console.error(ts.formatDiagnostics(diagnostics, ts.createCompilerHost({})));
  process.exit(1);
};

const config = ts.getParsedCommandLineOfConfigFile(
  'tsconfig.build.json',
  { outDir: 'build/compiled', declaration: false },
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) },
);
fail(config.errors);

const sources = new Map();
for (const file of config.fileNames) {
  const text = readFileSync(file, 'utf8');
  const minified = await minifyHTMLLiterals(text, { fileName: file });
  sources.set(resolve(file), minified?.code ?? text);
}

const host = ts.createCompilerHost(config.options);
const readSource = host.getSourceFile;
host.getSourceFile = (file, language, ...rest) =>
  sources.has(resolve(file))
    ? ts.createSourceFile(file, sources.get(resolve(file)), language)
    : readSource(file, language, ...rest);

const program = ts.createProgram(config.fileNames, config.options, host);
const result = program.emit(undefined, undefined, undefined, false, {
  before: [compileLitTemplates()],
});
// Type errors were reported by `tsc`, which the build runs first; only emit errors are new here.
fail(result.diagnostics);
