export type { SecretStore, SecretToStore, StorePutPlan } from './types';
export { dotenvStore, parseDotenv, parseDotenvEntries, formatDotenvEntry, missingExampleLines, reservationHash } from './dotenv';
