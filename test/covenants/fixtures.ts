// The fictional covenants of test/fixtures/covenants, as folders to load beside the built-in rulebooks.
import { join } from 'node:path';
import { RULEBOOK_DIR } from '../../src/rules/load';

const root = join(__dirname, '..', 'fixtures', 'covenants');
export const ALMERE_DIR = join(root, 'almere');
export const RENEWAL_DIR = join(root, 'renewal');
export const FIXTURE_DIRECTORY = join(root, 'directory.yaml');
export const withBuiltIn = (...dirs: string[]) => [RULEBOOK_DIR, ...dirs];
