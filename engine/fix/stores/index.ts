export type { SecretStore, SecretToStore, StorePutPlan, StoreId } from './types';
export { STORE_IDS, isStoreId } from './types';
export { keyedStore, type KeyedStoreOptions } from './keyed';
export { dotenvStore, parseDotenv, parseDotenvEntries, formatDotenvEntry, missingExampleLines, reservationHash } from './dotenv';
