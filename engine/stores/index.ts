export type { SecretStore, SecretToStore, StorePutPlan } from './types';
export { dotenvStore, parseDotenv, formatDotenvEntry, missingExampleLines } from './dotenv';
