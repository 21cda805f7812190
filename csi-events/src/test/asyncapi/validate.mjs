// Validates the AsyncAPI document with @asyncapi/parser, the parser AsyncAPI's own tools (CLI, Studio, generator)
// use; run by the build (csi-events/pom.xml). Fails on any error or warning, and prints every diagnostic.
// Usage: node validate.mjs <node_modules dir> <asyncapi.yaml>
import { createRequire } from 'node:module';
import path from 'node:path';

const [modules, file] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), 'noop.js'));
const { Parser, fromFile } = require('@asyncapi/parser');

const { document, diagnostics } = await fromFile(new Parser(), path.resolve(file)).parse();
const severities = ['error', 'warning', 'information', 'hint'];
for (const d of diagnostics) {
  console.log(`${severities[d.severity] ?? d.severity} ${d.code} ${d.path.join('.')}: ${d.message}`);
}
const serious = diagnostics.filter((d) => d.severity <= 1);
if (!document || serious.length > 0) {
  console.error(`${file}: ${serious.length} errors or warnings; not a valid AsyncAPI document`);
  process.exit(1);
}
console.log(`${file}: valid AsyncAPI ${document.version()} with ${document.channels().length} channels and `
  + `${document.components().messages().length} messages (${diagnostics.length} notes)`);
