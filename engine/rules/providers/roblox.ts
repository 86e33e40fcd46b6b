// Roblox `.ROBLOSECURITY` session cookie: a fixed warning text and a long upper-case hex value.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

const UPPER_HEX = '0123456789ABCDEF';

export const robloxRules: Rule[] = [
  tokenRule({
    id: 'roblox-security-cookie',
    provider: 'Roblox',
    family: 'saas',
    description: 'Roblox .ROBLOSECURITY session cookie',
    prefix: '_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_',
    body: '[A-F0-9]{100,2000}',
    envName: 'ROBLOSECURITY',
    docsUrl: 'https://create.roblox.com/docs/cloud/auth/cookie',
    revocationUrl: 'https://www.roblox.com/my/account#!/security',
    revocationNote: 'Use "Log out of all other sessions" in Roblox security settings, which invalidates the cookie, and change the password.',
    sample: (g) => `_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_${g.chars(UPPER_HEX, 300)}`,
  }),
];
