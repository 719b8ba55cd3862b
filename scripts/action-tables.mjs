// Prints the README's inputs and outputs tables from action.yml (the source of truth).
// A test (__tests__/unit/readme.test.ts) fails when the README's tables differ from this output.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const esc = s => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

export function actionTables(actionYmlText) {
  const action = parse(actionYmlText);
  const inputs = ['| Input | Default | Description |', '|---|---|---|'];
  for (const [name, spec] of Object.entries(action.inputs)) {
    const def = spec.default === undefined || spec.default === '' ? '' : '`' + esc(spec.default) + '`';
    inputs.push(`| \`${name}\` | ${def} | ${esc(spec.description)} |`);
  }
  const outputs = ['| Output | Description |', '|---|---|'];
  for (const [name, spec] of Object.entries(action.outputs))
    outputs.push(`| \`${name}\` | ${esc(spec.description)} |`);
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = actionTables(readFileSync(new URL('../action.yml', import.meta.url), 'utf8'));
  console.log(t.inputs + '\n\n' + t.outputs);
}
