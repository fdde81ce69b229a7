// The YAML files the privacy officer edits: read fast, with the line of a value found when a message needs it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readYaml } from '../../src/yaml-text';

const RULES = join(__dirname, '..', '..', 'src', 'rules');
const yamlFiles = ['lexicon', 'rulebooks'].flatMap((dir) =>
  readdirSync(join(RULES, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(RULES, dir, f)),
);

describe('reading a YAML file', () => {
  it('gives every lexicon, rulebook and examples file the same data as the yaml library does', () => {
    for (const file of yamlFiles) {
      const text = readFileSync(file, 'utf8');
      const read = readYaml(text);
      assert.ok(!('error' in read), file);
      assert.deepEqual(read.data, parse(text), file);
    }
  });

  it('keeps a date and a yes written without quotes as text (YAML 1.2 core schema)', () => {
    const read = readYaml('validFrom: 2022-09-17\nanswer: yes\n');
    assert.ok(!('error' in read));
    assert.deepEqual(read.data, { validFrom: '2022-09-17', answer: 'yes' });
  });

  it('names the line of the first syntax error', () => {
    const read = readYaml('a: 1\nb: [2,\nc: 3\n');
    assert.ok('error' in read);
    assert.equal(typeof read.error.line, 'number');
    assert.ok(read.error.line >= 2, `line ${read.error.line}`);
  });

  it('refuses a key written twice', () => {
    assert.ok('error' in readYaml('a: 1\na: 2\n'));
  });

  it('finds the line of a value by its path', () => {
    const read = readYaml('rules:\n  - id: a\n  - id: b\n    effect: permit\n');
    assert.ok(!('error' in read));
    assert.equal(read.positions().lineOf(['rules', 1, 'effect']), 4);
    assert.equal(read.positions().lineOf(['rules', 1, 'missing']), 3);
  });
});
