// Reads the lexicon files beside the rulebooks and each rulebook folder's vocabulary.yaml (the only I/O of the
// reader), checks each against its schema and merges them into one vocabulary and lexicon, naming the file and
// line of every problem, so the privacy officer can add a party or fix a word without a developer.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod/v4';
import { rulebookDirs } from '../rules/dirs';
import { readYaml } from '../yaml-text';
import { compileVocabulary, type Vocabulary, type VocabularyKind } from '../vocabulary-data';
import { compileLexicon, type Lexicon, type SourceLine } from './lexicon';
import {
  LEXICON_FILE_NAMES,
  VOCABULARY_FILE,
  lexiconFileSchemas,
  vocabularyAdditionsSchema,
  type LexiconFileName,
  type LexiconFiles,
  type PartyEntryData,
  type SubjectEntryData,
  type VocabularyAdditions,
  type VocabularyEntryData,
} from './lexicon-schema';

export const LEXICON_DIR = join(__dirname, '..', 'rules', 'lexicon');

export class LexiconError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconError';
  }
}

/** Checks the text of one YAML file against `schema`; throws a LexiconError naming the file and line of each problem. */
function parseFile<S extends z.ZodType>(file: string, schema: S, text: string, what: string): { data: z.output<S>; where: SourceLine } {
  const read = readYaml(text);
  if ('error' in read) throw new LexiconError(`${file} line ${read.error.line}: not valid YAML: ${read.error.message}`);
  const result = schema.safeParse(read.data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${file} line ${read.positions().lineOf(issue.path)} (${issue.path.join('.') || 'top level'}): ${issue.message}`);
    throw new LexiconError(`${file} is not a valid ${what}:\n${problems.join('\n')}`);
  }
  return { data: result.data, where: (path) => `${file} line ${read.positions().lineOf(path)}` };
}

/** Checks the text of one lexicon file; throws a LexiconError naming the file and line of each problem. */
export function parseLexiconFile<K extends LexiconFileName>(name: K, text: string): { data: LexiconFiles[K]; where: SourceLine } {
  const file = parseFile(`${name}.yaml`, lexiconFileSchemas[name], text, 'lexicon file');
  return { data: file.data as LexiconFiles[K], where: file.where };
}

function readText(path: string, file: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new LexiconError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

interface Additions {
  data: VocabularyAdditions;
  where: SourceLine;
}

/** A folder's vocabulary.yaml, checked; null when the folder brings no vocabulary. */
export function parseVocabularyFile(file: string, text: string): Additions {
  return parseFile(file, vocabularyAdditionsSchema, text, 'vocabulary file');
}

function readAdditions(dir: string): Additions | null {
  const path = join(dir, VOCABULARY_FILE);
  if (!existsSync(path)) return null;
  const near = relative(process.cwd(), path);
  const file = near.startsWith('..') ? path : near;
  return parseVocabularyFile(file, readText(path, file));
}

/** Each kind of id: the lexicon file that declares it and the list in it. */
const DECLARED_IN = {
  parties: { file: 'parties', list: 'parties', name: 'party' },
  subjects: { file: 'subjects', list: 'subjects', name: 'subject' },
  dataCategories: { file: 'data-categories', list: 'dataCategories', name: 'data category' },
  purposes: { file: 'purposes', list: 'purposes', name: 'purpose' },
} as const satisfies Record<VocabularyKind, { file: LexiconFileName; list: string; name: string }>;
const KINDS = Object.keys(DECLARED_IN) as VocabularyKind[];

type Entry = VocabularyEntryData | PartyEntryData | SubjectEntryData;

/**
 * Merges the folders' additions into the lexicon files' declarations. A `where` of a merged list points into the
 * file that wrote the entry. Problems (an id declared twice, a reference to an id nobody declares) are collected.
 */
function merge(base: LexiconFiles, baseWhere: Record<LexiconFileName, SourceLine>, additions: Additions[], problems: string[]) {
  const data = { ...base } as Record<LexiconFileName, Record<string, unknown>>;
  const where = { ...baseWhere };
  const lists = {} as Record<VocabularyKind, Entry[]>;
  for (const kind of KINDS) {
    const { file, list, name } = DECLARED_IN[kind];
    const entries: Entry[] = [...((base[file] as Record<string, unknown>)[list] as Entry[])];
    const at: SourceLine[] = entries.map((_, i) => (rest) => baseWhere[file]([list, i, ...rest]));
    for (const addition of additions) {
      (addition.data[kind] ?? []).forEach((entry: Entry, j: number) => {
        const here: SourceLine = (rest) => addition.where([kind, j, ...rest]);
        const before = entries.findIndex((e) => e.id === entry.id);
        if (before >= 0) problems.push(`${here(['id'])}: ${name} "${entry.id}" is already declared at ${at[before]!(['id'])}`);
        else {
          entries.push(entry);
          at.push(here);
        }
      });
    }
    lists[kind] = entries;
    data[file] = { ...data[file], [list]: entries };
    where[file] = (path) => (path[0] === list && typeof path[1] === 'number' ? at[path[1]]!(path.slice(2)) : baseWhere[file](path));
  }
  return { files: data as unknown as LexiconFiles, where, lists };
}

/** Every id a lexicon entry refers to must be declared somewhere. */
function checkReferences(files: LexiconFiles, where: Record<LexiconFileName, SourceLine>, lists: Record<VocabularyKind, Entry[]>, problems: string[]) {
  const ids = Object.fromEntries(KINDS.map((k) => [k, new Set(lists[k].map((e) => e.id))])) as Record<VocabularyKind, Set<string>>;
  const check = (kind: VocabularyKind, id: string | undefined, file: LexiconFileName, path: (string | number)[]) => {
    if (id !== undefined && !ids[kind].has(id)) problems.push(`${where[file](path)}: no ${DECLARED_IN[kind].name} has the id "${id}"`);
  };
  files.subjects.askerClients.forEach((c, i) => {
    check('parties', c.party, 'subjects', ['askerClients', i, 'party']);
    check('subjects', c.subject, 'subjects', ['askerClients', i, 'subject']);
  });
  files.subjects.eitherOf.forEach((e, i) => e.subjects.forEach((s, j) => check('subjects', s, 'subjects', ['eitherOf', i, 'subjects', j])));
  files.subjects.byDeed.forEach((b, i) => check('subjects', b.subject, 'subjects', ['byDeed', i, 'subject']));
  files.subjects.byData.forEach((b, i) => {
    check('subjects', b.subject, 'subjects', ['byData', i, 'subject']);
    b.over.forEach((s, j) => check('subjects', s, 'subjects', ['byData', i, 'over', j]));
  });
  files['data-categories'].dataCategories.forEach((c: { heldBy?: string; purpose?: string; belongsTo?: string }, i) => {
    check('subjects', c.belongsTo, 'data-categories', ['dataCategories', i, 'belongsTo']);
    check('parties', c.heldBy, 'data-categories', ['dataCategories', i, 'heldBy']);
    check('purposes', c.purpose, 'data-categories', ['dataCategories', i, 'purpose']);
  });
  files['data-categories'].ambiguous.forEach((a, i) => {
    check('dataCategories', a.data, 'data-categories', ['ambiguous', i, 'data']);
    check('purposes', a.purpose, 'data-categories', ['ambiguous', i, 'purpose']);
  });
}

/** The vocabulary (ids and labels) and the lexicon (words) of one set of files. */
export interface Language {
  vocabulary: Vocabulary;
  lexicon: Lexicon;
}

function readBase(dir: string) {
  const data = {} as LexiconFiles;
  const where = {} as Record<LexiconFileName, SourceLine>;
  for (const name of LEXICON_FILE_NAMES) {
    const file = parseLexiconFile(name, readText(join(dir, `${name}.yaml`), `${name}.yaml`));
    (data as Record<LexiconFileName, unknown>)[name] = file.data;
    where[name] = file.where;
  }
  return { data, where };
}

/** Merges checked files into a vocabulary and lexicon; throws a LexiconError naming file and line of each problem. Pure. */
export function compileLanguage(base: LexiconFiles, baseWhere: Record<LexiconFileName, SourceLine>, additions: Additions[]): Language {
  const problems: string[] = [];
  const { files, where, lists } = merge(base, baseWhere, additions, problems);
  checkReferences(files, where, lists, problems);
  if (problems.length > 0) throw new LexiconError(`the vocabulary has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const lexicon = compileLexicon(files, where);
  if ('error' in lexicon) throw new LexiconError(lexicon.error);
  const plain = ({ id, label }: Entry) => ({ id, label });
  const vocabulary = compileVocabulary({
    parties: (lists.parties as PartyEntryData[]).map((p) => ({ ...plain(p), units: p.units, ...(p.withUnit ? { withUnit: p.withUnit } : {}) })),
    subjects: (lists.subjects as SubjectEntryData[]).map((s) => ({ ...plain(s), ...(s.stricter ? { stricter: true } : {}) })),
    dataCategories: lists.dataCategories.map(plain),
    purposes: lists.purposes.map(plain),
  });
  return { vocabulary, lexicon };
}

const languages = new Map<string, Language>();

/**
 * The vocabulary and lexicon of the lexicon files in `lexiconDir` plus the vocabulary.yaml of each rulebook folder,
 * read and compiled once per set of folders. Throws a LexiconError naming file and line.
 */
export function loadLanguage(dirs: readonly string[] = rulebookDirs(), lexiconDir = LEXICON_DIR): Language {
  const key = [lexiconDir, ...dirs].join('\0');
  let language = languages.get(key);
  if (!language) {
    const base = readBase(lexiconDir);
    const additions = dirs.map(readAdditions).filter((a): a is Additions => a !== null);
    language = compileLanguage(base.data, base.where, additions);
    languages.set(key, language);
  }
  return language;
}

/** Reads, checks and compiles every lexicon file of `dir` alone; throws a LexiconError naming file and line. */
export function loadLexicon(dir = LEXICON_DIR): Lexicon {
  const base = readBase(dir);
  return compileLanguage(base.data, base.where, []).lexicon;
}

let current: Language | undefined;

/**
 * The language in use: the one a start-up installed with `useLanguage`, else the built-in files plus the folders
 * of RULEBOOK_DIRS. Start-up code installs it early so a bad file stops the start.
 */
export function currentLanguage(): Language {
  current ??= loadLanguage();
  return current;
}

/** Makes `language` the one in use (labels, validation, the reader); returns how to put the previous one back. */
export function useLanguage(language: Language): () => void {
  const before = current;
  current = language;
  return () => {
    current = before;
  };
}

/** The lexicon in use (see currentLanguage). */
export function standardLexicon(): Lexicon {
  return currentLanguage().lexicon;
}
