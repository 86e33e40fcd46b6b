// Java maps serialised by XStream, as integration engines export them (Mirth Connect's channel XML: an HTTP Sender's
// `<headers class="linked-hash-map">`, configuration and global maps): each `<entry>` holds the key as one `<string>`
// and the value as the next (a header's values in a `<list>`). A value under a secret's name there is hard-coded in the
// export, the way a `<password>` element is in the connector's own properties.
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

export function validateXstreamEntry(value: string, ctx: MatchContext): boolean {
  const key = ctx.keyName ?? '';
  const reading = readSecretName(key);
  if (reading === undefined) return false;
  return namedValueVerdict(value, key, reading, { quote: '"' }) === undefined;
}

export const xstreamMapEntryRule: Rule = {
  id: 'generic-secret-xstream-map-entry',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded secret in an XStream-serialised map entry (<string>x-api-key</string><list><string>…</string></list>), as Mirth Connect exports headers and configuration maps',
  // The key's secret word closes its `<string>`.
  keywords: ['password</string>', 'passwd</string>', 'pwd</string>', 'pass</string>', 'secret</string>', 'token</string>', 'key</string>', 'credential</string>'],
  keywordWindow: { before: 80, after: 320 },
  pattern: /<string>(?<key>[A-Za-z][\w.-]{0,60})<\/string>\s{0,40}(?:<list>\s{0,20})?<string>(?<secret>[^<>\s][^<>\n]{0,199})<\/string>/,
  validate: validateXstreamEntry,
  envName: 'API_KEY',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: "Revoke the key or change the password at the service the channel calls, and read it from the engine's configuration map or a secret store instead of the channel export.",
  examples: {
    positives: (g) => [
      `<headers class="linked-hash-map">\n  <entry>\n    <string>x-api-key</string>\n    <list>\n      <string>${g.s(g.alnum(32))}</string>\n    </list>\n  </entry>\n</headers>`,
      `<map>\n  <entry>\n    <string>sftp.password</string>\n    <string>${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(4)}!`)}</string>\n  </entry>\n</map>`,
    ],
    negatives: (g) => [
      `<entry>\n  <string>x-api-key</string>\n  <list><string>\${apiKey}</string></list>\n</entry>`,
      `<entry>\n  <string>X-Request-Id</string>\n  <list><string>${g.alnum(32)}</string></list>\n</entry>`,
      `<entry>\n  <string>password</string>\n  <string>********</string>\n</entry>`,
    ],
  },
};
