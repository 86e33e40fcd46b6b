// A password stored by a Windows program as a binary registry value, exported by regedit as `"Password"=hex:…`:
// TightVNC's `Password` and `ControlPassword` (eight bytes, DES with a key published in every VNC source), UltraVNC's
// `passwd`, and other programs' obfuscated passwords. Whoever reads the .reg file can recover them.
import { namesAPassword } from '../validators/secretName';
import type { Rule } from '../types';

export const registryBinaryPasswordRules: Rule[] = [
  {
    id: 'registry-binary-password',
    provider: 'Windows',
    family: 'generic',
    priority: 'context',
    description: 'Password stored as a binary registry value in a .reg export ("Password"=hex:…, TightVNC and UltraVNC)',
    keywords: ['=hex:'],
    keywordWindow: { before: 90, after: 400 },
    pattern: /^"(?<key>[^"\n]{1,80})"=hex:(?<secret>[0-9a-fA-F]{2}(?:,[0-9a-fA-F]{2}){3,127})(?![,0-9a-fA-F])/m,
    // Not all zero nor one repeated byte: an unset value.
    validate: (secret, ctx) => namesAPassword(ctx.keyName ?? '') && !/^(..)(?:,\1)+$/.test(secret),
    envName: 'VNC_PASSWORD',
    severity: 'error',
    docsUrl: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/performance/windows-registry-advanced-users',
    revocationUrl: null,
    revocationNote: 'Set a new password in the program; these values are obfuscated with a published key, so treat the old one as disclosed.',
    examples: {
      positives: (g) => {
        const bytes = () => Array.from({ length: 8 }, () => g.hex(2)).join(',');
        return [
          `[HKEY_LOCAL_MACHINE\\SOFTWARE\\TightVNC\\Server]\n"Password"=hex:${g.s(bytes())}\n"ControlPassword"=hex:${g.s(bytes())}\n`,
          `[HKEY_LOCAL_MACHINE\\SOFTWARE\\ORL\\WinVNC3]\n"passwd"=hex:${g.s(bytes())}\n`,
        ];
      },
      negatives: (g) => ['"Password"=hex:00,00,00,00,00,00,00,00', `"PasswordExpiryWarning"=hex:${g.hex(2)},00,00,00`, `"ServiceUserName"=hex:${Array.from({ length: 8 }, () => g.hex(2)).join(',')}`],
    },
  },
];
