import type { Rule } from '../types';

export const databaseRules: Rule[] = [
  {
    id: 'database-url-password',
    provider: 'Database',
    family: 'database',
    description: 'Database or broker connection URL with a password',
    keywords: ['postgres://', 'postgresql://', 'mysql://', 'mariadb://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'sqlserver://', 'jdbc:'],
    pattern:
      /(?<![A-Za-z0-9+])(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver):\/\/(?<user>[^:/@\s"'`]{0,100}):(?<secret>[^@/\s"'`]{3,200})@[A-Za-z0-9.[\]_-]{1,253}/,
    validate: (s) => !/^\*+$/.test(s) && !/^(?:pass(?:word)?|pwd|secret|root|admin|postgres|guest|test|user)$/i.test(s),
    envName: 'DATABASE_URL',
    docsUrl: 'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS',
    revocationUrl: null,
    revocationNote: "Change the database user's password (ALTER USER … PASSWORD) or rotate it in your managed database console, then update every service that connects with it.",
    examples: {
      positives: (g) => [
        `DATABASE_URL=postgres://app:${g.s(g.alnum(20))}@db.internal:5432/app`,
        `const uri = "mongodb+srv://admin:${g.s(g.alnum(16))}@cluster0.ab1cd.mongodb.net/test";`,
        `redis_url: "redis://:${g.s(g.alnum(24))}@cache:6379/0"`,
      ],
      negatives: () => ['postgres://user:password@localhost/db', 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app', 'mysql://root@localhost/db', 'redis://localhost:6379'],
    },
  },
];
