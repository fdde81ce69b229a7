// YAML files the privacy officer edits (rulebooks, lexicon, vocabulary): their data read fast, and where each
// value stands (file lines) worked out only when there is a problem to report.
//
// Two libraries, each for what it does best: js-yaml reads a file several times faster than `yaml`, which
// matters for the start-up; `yaml` keeps every node's position, which the messages naming a line need. Both
// read YAML 1.2's core schema (no dates, no YAML 1.1 yes/no), so they agree on what a file says.
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Document } from 'yaml';

/**
 * `yaml` is loaded only when a position is needed: a start-up without errors never needs it, and requiring it
 * costs tens of milliseconds of the start-up.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yamlLibrary = (): typeof import('yaml') => require('yaml') as typeof import('yaml');

/** A file's YAML with the position of each of its values. */
export interface PositionedYaml {
  doc: Document.Parsed;
  /** The line (1-based) of the value at `path`, or of the nearest value above it that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The line of a character offset, as the parser reports errors. */
  lineAt(offset: number): number;
}

export function positionedYaml(text: string): PositionedYaml {
  const { LineCounter, isNode, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineAt = (offset: number) => lines.linePos(offset).line;
  return {
    doc,
    lineAt,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return 1;
    },
  };
}

/** The first syntax error of a text as `yaml` reports it: its line and first sentence. */
export interface YamlSyntaxError {
  line: number;
  message: string;
}

/**
 * A file's data, and its positions on demand (worked out once, on the first call). A text that is not
 * valid YAML gives its first error as `yaml` words it, so messages are the same whichever library read it.
 */
export function readYaml(text: string): { data: unknown; positions: () => PositionedYaml } | { error: YamlSyntaxError } {
  let positioned: PositionedYaml | undefined;
  const positions = () => (positioned ??= positionedYaml(text));
  try {
    return { data: load(text, { schema: CORE_SCHEMA }), positions };
  } catch {
    const { doc, lineAt } = positions();
    const e = doc.errors[0];
    if (e) return { error: { line: lineAt(e.pos[0]), message: e.message.split('\n')[0]! } };
    // Only js-yaml objected (it is stricter about a few constructs): `yaml`'s reading then stands.
    return { data: doc.toJS(), positions };
  }
}
