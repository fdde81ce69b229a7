// Reads the lexicon files beside the rulebooks (the only I/O of the reader) and checks each against its schema,
// naming the file and line of every problem, so the privacy officer can fix a word without a developer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { compileLexicon, type Lexicon, type SourceLine } from './lexicon';
import { LEXICON_FILE_NAMES, lexiconFileSchemas, type LexiconFileName, type LexiconFiles } from './lexicon-schema';

export const LEXICON_DIR = join(__dirname, '..', 'rules', 'lexicon');

export class LexiconError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconError';
  }
}

interface Parsed {
  doc: Document;
  lines: LineCounter;
}

/** The line of the value at `path` (or of its nearest existing parent), 1-based. */
function lineAt({ doc, lines }: Parsed, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** Checks the text of one lexicon file; throws a LexiconError naming the file and line of each problem. */
export function parseLexiconFile<K extends LexiconFileName>(name: K, text: string): { data: LexiconFiles[K]; where: SourceLine } {
  const file = `${name}.yaml`;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new LexiconError(`${file} line ${lines.linePos(e.pos[0]).line}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const parsed = { doc, lines };
  const result = lexiconFileSchemas[name].safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${file} line ${lineAt(parsed, issue.path)} (${issue.path.join('.') || 'top level'}): ${issue.message}`);
    throw new LexiconError(`${file} is not a valid lexicon file:\n${problems.join('\n')}`);
  }
  return { data: result.data as LexiconFiles[K], where: (path) => `${file} line ${lineAt(parsed, path)}` };
}

/** Reads, checks and compiles every lexicon file of `dir`; throws a LexiconError naming file and line. */
export function loadLexicon(dir = LEXICON_DIR): Lexicon {
  const data = {} as LexiconFiles;
  const where = {} as Record<LexiconFileName, SourceLine>;
  for (const name of LEXICON_FILE_NAMES) {
    let text: string;
    try {
      text = readFileSync(join(dir, `${name}.yaml`), 'utf8');
    } catch (error) {
      throw new LexiconError(`${name}.yaml: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const file = parseLexiconFile(name, text);
    (data as Record<LexiconFileName, unknown>)[name] = file.data;
    where[name] = file.where;
  }
  const compiled = compileLexicon(data, where);
  if ('error' in compiled) throw new LexiconError(compiled.error);
  return compiled;
}

let standard: Lexicon | undefined;

/** The lexicon of src/rules/lexicon, read once. Start-up code calls it early so a bad file stops the start. */
export function standardLexicon(): Lexicon {
  standard ??= loadLexicon();
  return standard;
}
