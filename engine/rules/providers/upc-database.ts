// UPC Database: uPC Database API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_HEX = '0123456789ABCDEF';

export const upcDatabaseRules: Rule[] = [
  contextRule({
    id: 'upc-database-api-key',
    provider: 'UPC Database',
    family: 'saas',
    description: 'UPC Database API key',
    names: ['upcdatabase', 'upc[_.-]database'],
    keywords: ['upcdatabase', 'upc_database', 'upc-database', 'upc.database'],
    value: '[A-F0-9]{32}',
    envName: 'UPC_DATABASE_API_KEY',
    docsUrl: 'https://upcdatabase.org/api',
    revocationUrl: 'https://upcdatabase.org/account',
    sample: (g) => g.chars(UPPER_HEX, 32),
  }),
];
