// ESLint 9 flat config: the recommended JavaScript and TypeScript rules, and no import cycles.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'test-artifacts/', 'data/', 'devTools/', 'appPackage/build/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
    },
    rules: {
      'import/no-cycle': 'error',
      // `const { id, ...rest } = row` leaves out id on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // What the bot loads at start-up: these packages' indexes load far more than the bot uses.
    files: ['src/**/*.ts'],
    ignores: ['src/bench/echo-bot.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@microsoft/teams-ai', message: 'Import from src/bot/teams-ai.ts: the package index also loads the AI planner and models.', allowTypeImports: true },
            { name: 'date-fns', message: "Import each function from its own module ('date-fns/addDays'): the index loads all of date-fns.", allowTypeImports: true },
          ],
        },
      ],
    },
  },
);
