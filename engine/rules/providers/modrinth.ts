// Modrinth: personal access tokens (`mrp_` and 36 alphanumerics) that mod authors give the Minotaur Gradle plugin,
// mc-publish and `curl -H "Authorization: mrp_…"` to publish mod versions.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const modrinthRules: Rule[] = [
  tokenRule({
    id: 'modrinth-personal-access-token',
    provider: 'Modrinth',
    family: 'package-registry',
    description: 'Modrinth personal access token',
    prefix: 'mrp_',
    body: '[A-Za-z0-9]{36}',
    envName: 'MODRINTH_TOKEN',
    docsUrl: 'https://docs.modrinth.com/api/#authentication',
    revocationUrl: 'https://modrinth.com/settings/pats',
    sample: (g) => `mrp_${g.alnum(36)}`,
    positives: (g) => [`modrinth {\n    token = "${g.s(`mrp_${g.alnum(36)}`)}"\n    projectId = "AANobbMI"\n}`, `curl -H "Authorization: ${g.s(`mrp_${g.alnum(36)}`)}" https://api.modrinth.com/v2/user`],
  }),
];
