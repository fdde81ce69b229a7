// Rulebook files as text with their YAML documents, so every finding can name its file and line.
import { existsSync, readFileSync } from 'node:fs';
import { rulebookFiles, type RulebookDirs } from '../rules/load';
import { positionedYaml, type PositionedYaml } from '../yaml-text';

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

/** A rulebook or examples file's YAML with the line of each value. */
export type ParsedYaml = PositionedYaml;

export const parseYamlSource = (source: YamlSource): ParsedYaml => positionedYaml(source.text);
