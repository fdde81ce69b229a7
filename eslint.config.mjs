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
    // A feature registers its routes through the router (src/bot/routes.ts), which applies the identity rule to
    // every route: it gets neither teams-ai's Application nor a way to read the sender's id past its route.
    files: ['src/bot/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@microsoft/teams-ai', message: 'Register routes through the Routes a feature is given (src/bot/routes.ts).' },
            { name: '../identity', importNames: ['actorIdOf'], message: "A route hands its feature the sender's id (src/bot/routes.ts)." },
            { name: '../shell', importNames: ['actorResolver'], message: "A route hands its feature the sender's id (src/bot/routes.ts)." },
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='aadObjectId']", message: "A route hands its feature the sender's id (src/bot/routes.ts)." }],
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
