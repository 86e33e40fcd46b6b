// Weaviate's API keys as its server reads them (rw-dev12): `AUTHENTICATION_APIKEY_ALLOWED_KEYS` lists every key the
// server accepts, comma-separated, in a compose file, an env file or a comment that copies them. Each key is a
// credential; the variable's name (`KEYS`, plural) is no name the generic rules read.
import type { Rule } from '../types';
import { isLiteralToken } from '../validators/literalArgument';
import { looksRandom } from '../validators/valueStats';

export const vectorDatabaseKeyRules: Rule[] = [
  {
    id: 'weaviate-allowed-api-keys',
    provider: 'Weaviate',
    family: 'database',
    priority: 'context',
    description: "Weaviate API key in the server's AUTHENTICATION_APIKEY_ALLOWED_KEYS list",
    keywords: ['authentication_apikey_allowed_keys'],
    keywordWindow: { before: 0, after: 1200 },
    // Each key of the list, after the name and the keys before it (at most eight).
    pattern: /(?<=AUTHENTICATION_APIKEY_ALLOWED_KEYS["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:[^\s,"'`$]{8,128},[ \t]{0,2}){0,8})(?<secret>[^\s,"'`$]{16,128})(?=[,"'\s]|$)/,
    validate: (secret) => isLiteralToken(secret, 16) && looksRandom(secret),
    envName: 'WEAVIATE_API_KEY',
    severity: 'error',
    docsUrl: 'https://weaviate.io/developers/weaviate/configuration/authentication#api-key-authentication',
    revocationUrl: null,
    revocationNote: 'Remove the key from AUTHENTICATION_APIKEY_ALLOWED_KEYS (and its user from AUTHENTICATION_APIKEY_USERS), restart Weaviate and give the clients a new key.',
    examples: {
      positives: (g) => [
        `    environment:\n      AUTHENTICATION_APIKEY_ENABLED: 'true'\n      AUTHENTICATION_APIKEY_ALLOWED_KEYS: '${g.s(g.alnum(24))},${g.s(g.alnum(24))}'\n      AUTHENTICATION_APIKEY_USERS: 'ingest@corp.example,reader@corp.example'\n`,
        `AUTHENTICATION_APIKEY_ALLOWED_KEYS=${g.s(g.alnum(32))}\n`,
      ],
      negatives: () => [
        "AUTHENTICATION_APIKEY_ALLOWED_KEYS: 'jane-secret-key,ian-secret-key'\n",
        'AUTHENTICATION_APIKEY_ALLOWED_KEYS: ${WEAVIATE_KEYS}\n',
        "AUTHENTICATION_APIKEY_USERS: 'ingest@corp.example,reader@corp.example'\n",
      ],
    },
  },
];
