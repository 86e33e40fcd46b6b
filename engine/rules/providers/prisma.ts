// Prisma Accelerate / Prisma Postgres connection strings: the API key is a JWT in the `api_key` query parameter.
import type { ExampleGen, Rule } from '../../types';

const jwt = (g: ExampleGen) => `eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(140)}.${g.base64url(86)}`;

export const prismaRules: Rule[] = [
  {
    id: 'prisma-accelerate-api-key',
    provider: 'Prisma',
    family: 'database',
    priority: 'prefix',
    description: 'Prisma Accelerate / Prisma Postgres API key in a connection string',
    keywords: ['accelerate.prisma-data.net'],
    pattern: /prisma(?:\+postgres)?:\/\/accelerate\.prisma-data\.net\/?\?api_key=(?<secret>eyJ[A-Za-z0-9_-]{10,300}\.eyJ[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{16,700})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    envName: 'DATABASE_URL',
    maskPrefix: /^eyJ/,
    docsUrl: 'https://www.prisma.io/docs/accelerate/getting-started',
    revocationUrl: 'https://console.prisma.io/',
    revocationNote: 'Delete the API key in the Prisma Console (project → environment → API keys) and generate a new connection string.',
    examples: {
      positives: (g) => [`DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=${g.s(jwt(g))}"`, `DATABASE_URL=prisma+postgres://accelerate.prisma-data.net/?api_key=${g.s(jwt(g))}`],
      negatives: () => ['DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=__API_KEY__"', 'prisma://accelerate.prisma-data.net/?api_key=YOUR_API_KEY'],
    },
  },
];
