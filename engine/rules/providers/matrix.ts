// Matrix (Synapse homeserver) access and refresh tokens: `syt_`/`syr_`, the base64 user localpart, 20 random characters and a base62 CRC32 of everything before it.
import type { ExampleGen, Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';
import { base62, crc32 } from '../../validators/checksums';

/** Synapse appends base62(crc32(prefix_localpart_random)) after a last underscore. */
const hasSynapseChecksum = (token: string) => {
  const cut = token.lastIndexOf('_');
  return base62(crc32(token.slice(0, cut)), 6) === token.slice(cut + 1);
};

function synapseToken(g: ExampleGen, prefix: string): string {
  const base = `${prefix}${btoa(g.lower(8)).replace(/=+$/, '')}_${g.alnum(20)}`;
  return `${base}_${base62(crc32(base), 6)}`;
}

export const matrixRules: Rule[] = [
  tokenRule({
    id: 'matrix-access-token',
    provider: 'Matrix (Synapse)',
    family: 'messaging',
    description: 'Matrix Synapse access token',
    prefix: 'syt_',
    body: '[A-Za-z0-9+/]{1,100}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}',
    priority: 'checksum',
    validate: hasSynapseChecksum,
    envName: 'MATRIX_ACCESS_TOKEN',
    docsUrl: 'https://element-hq.github.io/synapse/latest/usage/administration/admin_api/user_admin_api.html',
    revocationUrl: null,
    revocationNote: 'Log the session out (Element: Settings → Sessions → sign out), or have the homeserver admin delete the device; that invalidates its access token.',
    sample: (g) => synapseToken(g, 'syt_'),
    negatives: (g) => [`MATRIX_ACCESS_TOKEN=${synapseToken(g, 'syt_').slice(0, -1)}x`],
  }),
  tokenRule({
    id: 'matrix-refresh-token',
    provider: 'Matrix (Synapse)',
    family: 'messaging',
    description: 'Matrix Synapse refresh token',
    prefix: 'syr_',
    body: '[A-Za-z0-9+/]{1,100}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}',
    priority: 'checksum',
    validate: hasSynapseChecksum,
    envName: 'MATRIX_REFRESH_TOKEN',
    docsUrl: 'https://spec.matrix.org/latest/client-server-api/#refreshing-access-tokens',
    revocationUrl: null,
    revocationNote: 'Sign the session out (Element: Settings → Sessions), which revokes its refresh token, or have the homeserver admin delete the device.',
    sample: (g) => synapseToken(g, 'syr_'),
    negatives: (g) => [`MATRIX_REFRESH_TOKEN=${synapseToken(g, 'syr_').slice(0, -1)}x`],
  }),
];
