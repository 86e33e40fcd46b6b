// An Azure storage account key set as Hadoop's `fs.azure.account.key.<account>.<blob|dfs>.core.windows.net` in
// core-site.xml (rw-dev11): the ABFS / WASB drivers read the account's shared key from that property. Written inline
// (Spark's `spark.conf.set("fs.azure.account.key.….net", "KEY")`, a properties line) the dotted name reaches the value
// and azure-storage-account-key reads it; in XML the name is an element's text and the key the next element's.
// The property names the account and the secret kind; its key has the storage key's shape (64 bytes in base64).
import type { Rule } from '../types';
import { isLiteralToken } from '../validators/literalArgument';

/** The property's name up to the account's endpoint, in every Azure cloud's domain. */
const PROPERTY = 'fs\\.azure\\.account\\.key\\.[a-z0-9]{3,24}\\.(?:blob|dfs)\\.core\\.(?:windows\\.net|chinacloudapi\\.cn|usgovcloudapi\\.net|cloudapi\\.de)';
/** Between the name and its value: the name's closing tag, maybe a line break, the value's opening tag. */
const GAP = '[ \\t]{0,4}</name>\\s{0,80}<value>[ \\t]{0,4}';

export const hadoopAzureKeyRules: Rule[] = [
  {
    id: 'hadoop-azure-account-key',
    provider: 'Azure',
    family: 'cloud',
    priority: 'context',
    description: "Azure storage account key in Hadoop's fs.azure.account.key.<account> property of core-site.xml",
    keywords: ['fs.azure.account.key.'],
    keywordWindow: { before: 8, after: 320 },
    pattern: new RegExp(`(?<key>${PROPERTY})${GAP}(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])`),
    // A stand-in of the key's length (`AAAA…==`, `xxxx…==`) is no key.
    validate: (secret) => isLiteralToken(secret.slice(0, 86), 40),
    minEntropy: 4,
    envName: 'AZURE_STORAGE_KEY',
    docsUrl: 'https://hadoop.apache.org/docs/stable/hadoop-azure/abfs.html',
    revocationUrl: 'https://portal.azure.com/',
    revocationNote: 'Rotate the key under Storage account → Security + networking → Access keys, and give the cluster a SAS, a managed identity or a credential provider (jceks) instead.',
    examples: {
      positives: (g) => [
        `<property>\n  <name>fs.azure.account.key.${g.lower(8)}.dfs.core.windows.net</name>\n  <value>${g.s(`${g.base64(86)}==`)}</value>\n</property>\n`,
        `<property><name>fs.azure.account.key.${g.lower(10)}.blob.core.windows.net</name><value>${g.s(`${g.base64(86)}==`)}</value></property>`,
      ],
      negatives: (g) => [
        `<name>fs.azure.account.key.${g.lower(8)}.dfs.core.windows.net</name>\n<value>\${AZURE_STORAGE_KEY}</value>`,
        `spark.conf.set("fs.azure.account.key.${g.lower(10)}.dfs.core.windows.net", dbutils.secrets.get(scope="lake", key="storage-key"))`,
        `<name>fs.azure.account.key.${g.lower(8)}.blob.core.windows.net</name><value>${'A'.repeat(86)}==</value>`,
        `fs.azure.account.keyprovider.${g.lower(8)}.blob.core.windows.net=org.apache.hadoop.fs.azure.ShellDecryptionKeyProvider`,
        `<name>fs.azure.account.key.${g.lower(8)}.dfs.core.windows.net</name><value>${g.base64(40)}==</value>`,
      ],
    },
  },
];
