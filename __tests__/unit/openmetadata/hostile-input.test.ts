/** Duplicate keys found in one pass, and the workspace as the boundary of validate-paths (issue 11, items 1–2). */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { findConfigFilesByPattern } from '../../../src/openmetadata/files.js';
import { parseForLint, PARSE_OPTIONS } from '../../../src/openmetadata/lint.js';

describe('parseForLint', () => {
  it.each([
    ['block mapping', 'a: 1\nb: 2\na: 3\n'],
    ['flow mapping', '{a: 1, b: 2, a: 3}\n'],
    ['nested mapping', 'x:\n  y: 1\n  z: 2\n  y: 3\n'],
    ['same value, other spelling', "a: 1\n'a': 2\n"],
    ['numbers', '1: a\n2: b\n1: c\n']
  ])('reports the same DUPLICATE_KEY errors as the library does (%s)', (_, text) => {
    const library = parseDocument(text, PARSE_OPTIONS).errors.map(e => [e.code, e.pos[0]]);
    const ours = parseForLint(text, new LineCounter()).errors.map(e => [e.code, e.pos[0]]);
    expect(ours).toEqual(library);
    expect(ours).toHaveLength(1);
  });

  it('lets keys of different mappings and different types be', () => {
    expect(parseForLint('a: {b: 1}\nc: {b: 2}\n1: x\n"1": y\n', new LineCounter()).errors).toEqual([]);
  });
});

describe('findConfigFilesByPattern and the workspace boundary', () => {
  const outside = mkdtempSync(path.join(os.tmpdir(), 'om-outside-'));
  writeFileSync(path.join(outside, 'secret.yaml'), 'workflowConfig: {}\n');
  const ws = mkdtempSync(path.join(os.tmpdir(), 'om-ws-'));
  mkdirSync(path.join(ws, 'in'));
  writeFileSync(path.join(ws, 'in', 'a.yaml'), 'workflowConfig: {}\n');
  symlinkSync(path.join(ws, 'in', 'a.yaml'), path.join(ws, 'in', 'inside-link.yaml'));
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'in', 'out-link.yaml'));
  symlinkSync(outside, path.join(ws, 'out-dir'));

  it('keeps files and links inside, lists what leads out as given, and reads none of it', async () => {
    const absolute = path.join(outside, 'secret.yaml');
    const r = await findConfigFilesByPattern(ws, [
      '**/*.yaml',
      'out-dir/*.yaml',
      'out-dir',
      absolute,
      '../x/../' + path.basename(outside)
    ]);
    expect(r.files.map(f => f.path)).toEqual(['in/a.yaml', 'in/inside-link.yaml']);
    expect(r.outside).toEqual(
      [absolute, 'in/out-link.yaml', 'out-dir', '../x/../' + path.basename(outside)].sort()
    );
  });
});
