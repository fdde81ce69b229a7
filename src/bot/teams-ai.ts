// The parts of teams-ai the bot uses, each from its own module. The package's index also loads the AI
// planner, models, tokenizers and embeddings (OpenAI, gpt-tokenizer, axios …), which the bot never uses,
// and loading them was about a third of the package's start-up time.
export { Application } from '@microsoft/teams-ai/lib/Application';
export { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
export { TurnState } from '@microsoft/teams-ai/lib/TurnState';
