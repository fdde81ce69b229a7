// Rulebook files as text with their YAML documents, so every finding can name its file and line.
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { rulebookFiles, type RulebookDirs } from '../rules/load';

export interface YamlSource {
  file: string;
  text: string;
}

export interface RulebookSource {
  rulebook: YamlSource;
  /** The `*.examples.yaml` beside it, or null when there is none. */
  examples: YamlSource | null;
}

export function readRulebookSources(dirs: RulebookDirs): RulebookSource[] {
  return rulebookFiles(dirs).map((file) => {
    const examplesFile = file.replace(/\.yaml$/, '.examples.yaml');
    return {
      rulebook: { file, text: readFileSync(file, 'utf8') },
      examples: existsSync(examplesFile) ? { file: examplesFile, text: readFileSync(examplesFile, 'utf8') } : null,
    };
  });
}

export interface ParsedYaml {
  doc: Document.Parsed;
  /** The line (1-based) of the node at `path`, or of the nearest node above it that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The line of a character offset, as the parser reports errors. */
  lineAt(offset: number): number;
}

export function parseYamlSource(source: YamlSource): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line;
  return {
    doc,
    lineAt,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lineAt(node.range[0]);
      }
      return 1;
    },
  };
}
