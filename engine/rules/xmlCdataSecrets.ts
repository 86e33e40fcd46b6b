// A secret in an XML element whose text is a CDATA section (`<password><![CDATA[…]]></password>`): Magento 1's
// local.xml writes every value so, and Spring, Jenkins and Java EE descriptors often do. The element's name says what
// the value is, as for any keyed value.
import type { Rule } from '../types';
import { readSecretName } from '../validators/secretName';
import { namedValueVerdict } from '../validators/secretValue';

export const xmlCdataSecretRules: Rule[] = [
  {
    id: 'xml-cdata-secret',
    provider: 'Generic',
    family: 'generic',
    priority: 'generic',
    description: 'Password or key in an XML element written as a CDATA section',
    keywords: ['<![cdata['],
    pattern: /<(?<key>[A-Za-z_][\w.-]{0,60})>[ \t]{0,4}<!\[CDATA\[(?<secret>[^\]\s<>]{4,200})\]\]>[ \t]{0,4}<\//,
    validate: (secret, ctx) => {
      const key = ctx.keyName ?? '';
      const reading = readSecretName(key);
      if (reading === undefined) return false;
      return namedValueVerdict(secret, key, reading, { quote: '"' }) === undefined;
    },
    minEntropy: 0,
    envName: 'PASSWORD',
    docsUrl: 'https://www.w3.org/TR/xml/#sec-cdata-sect',
    revocationUrl: null,
    revocationNote: 'Change the password or key at the service it opens, then keep it out of the XML file (an environment variable or the app’s secret store).',
    examples: {
      positives: (g) => [
        `<connection>\n    <host><![CDATA[localhost]]></host>\n    <username><![CDATA[mage_shop]]></username>\n    <password><![CDATA[${g.s(`Kasse${g.digits(4)}#${g.upper(2)}`)}]]></password>\n</connection>`,
        `<apiSecret><![CDATA[${g.s(g.alnum(32))}]]></apiSecret>`,
      ],
      negatives: (g) => [`<password><![CDATA[]]></password>`, `<password><![CDATA[\${DB_PASSWORD}]]></password>`, `<label><![CDATA[${g.alnum(24)}]]></label>`, `<password><![CDATA[changeme]]></password>`],
    },
  },
];
