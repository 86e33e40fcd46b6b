// SQL Server's sp_addlinkedsrvlogin with its arguments by position (`EXEC sp_addlinkedsrvlogin 'INSQL', 'false',
// NULL, 'reader', 'X'`): the fifth is the remote login's password, in clear in setup scripts, agent jobs and the
// comments that record how a linked server was made. The named form (`@rmtpassword = N'X'`) is the generic rules'
// (its name says password). Found while tuning on rw-dev24 (a Wonderware historian, an ERP's linked MES server).
import type { Rule } from '../types';
import { isLiteralPassword } from '../validators/literalArgument';
import { humanPassword } from './humanPasswords';

/** One positional argument before the password: a string (N'…'), NULL, a variable or a bare word. */
const ARG = `(?:N?'[^'\\n]{0,128}'|NULL|@\\w{1,40}|\\w{1,40})`;
const COMMA = '[ \\t]{0,4},[ \\t]{0,4}';

export const sqlServerLinkedLoginRules: Rule[] = [
  {
    id: 'mssql-linked-server-login',
    provider: 'SQL Server',
    family: 'database',
    priority: 'context',
    description: "Remote password given to SQL Server's sp_addlinkedsrvlogin by position (its fifth argument)",
    keywords: ['sp_addlinkedsrvlogin'],
    keywordWindow: { before: 0, after: 700 },
    pattern: new RegExp(`sp_addlinkedsrvlogin[ \\t]{1,4}\\(?[ \\t]{0,4}${ARG}${COMMA}${ARG}${COMMA}${ARG}${COMMA}${ARG}${COMMA}N?'(?<secret>[^'\\n]{1,128})'`, 'i'),
    validate: (value) => isLiteralPassword(value),
    envName: 'LINKED_SERVER_PASSWORD',
    severity: 'error',
    docsUrl: 'https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql',
    revocationUrl: null,
    revocationNote: "Change the remote login's password on the linked server and map it again (sp_addlinkedsrvlogin, or the linked server's Security page); keep the script without it.",
    examples: {
      positives: (g) => [
        `-- the linked server was created with\n-- EXEC sp_addlinkedsrvlogin 'INSQL', 'false', NULL, 'hist_reader', '${g.s(g.alnum(24))}';\n`,
        `EXEC master.dbo.sp_addlinkedsrvlogin N'MESDB', 'false', NULL, N'erp_link', N'${g.s(humanPassword(g))}';\nGO\n`,
      ],
      negatives: () => [
        "EXEC sp_addlinkedsrvlogin 'INSQL', 'true';",
        "EXEC sp_addlinkedsrvlogin 'MESDB', 'false', NULL, 'erp_link', @pw;",
        "EXEC sp_addlinkedsrvlogin 'MESDB', 'false', NULL, 'erp_link', '$(LinkedPassword)';",
        "EXEC sp_addlinkedsrvlogin @rmtsrvname = 'MESDB', @useself = 'true', @locallogin = NULL;",
      ],
    },
  },
];
