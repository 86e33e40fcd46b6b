// Jenkins: API tokens (34 hex digits starting with 11) and encrypted credentials as stored in credentials.xml and job configs (`{AQAAABAAAAA…}`, decryptable with the controller's master key).
import type { Rule } from '../../types';
import { contextRule, tokenRule } from '../ruleBuilders';

export const jenkinsRules: Rule[] = [
  contextRule({
    id: 'jenkins-api-token',
    provider: 'Jenkins',
    family: 'infrastructure',
    description: 'Jenkins API token',
    names: ['jenkins'],
    keywords: ['jenkins'],
    value: '11[a-f0-9]{32}',
    envName: 'JENKINS_API_TOKEN',
    docsUrl: 'https://www.jenkins.io/doc/book/using/remote-access-api/',
    revocationUrl: null,
    revocationNote: 'Revoke the token in Jenkins → your user → Security → API Token and create a new one.',
    sample: (g) => `11${g.hex(32)}`,
    negatives: (g) => [`JENKINS_API_TOKEN="${g.hex(34)}"` /* legacy shape without the 11 version prefix */, `JENKINS_API_TOKEN="11${g.hex(20)}"` /* short */],
  }),
  tokenRule({
    id: 'jenkins-encrypted-credential',
    provider: 'Jenkins',
    family: 'infrastructure',
    description: 'Jenkins encrypted credential (credentials.xml)',
    prefix: '{AQAAABAAAA',
    body: '[A-Za-z0-9+/]{20,4000}={0,2}\\}',
    end: 'A-Za-z0-9_',
    minEntropy: 3,
    severity: 'warning',
    envName: 'JENKINS_CREDENTIAL',
    docsUrl: 'https://www.jenkins.io/doc/developer/security/secrets/',
    revocationUrl: null,
    revocationNote: "Treat the underlying secret as exposed (it decrypts with the controller's secrets/master.key): rotate it at its issuer, then update it in Manage Jenkins → Credentials.",
    sample: (g) => `{AQAAABAAAA${g.base64(60)}=}`,
    positives: (g) => [`<password>${g.s(`{AQAAABAAAA${g.base64(76)}=}`)}</password>`, `<secret>${g.s(`{AQAAABAAAA${g.base64(120)}}`)}</secret>`],
    negatives: (g) => [`<password>{AQAAABAAAA${'A'.repeat(60)}=}</password>` /* filler */, `<password>{${g.base64(60)}=}</password>` /* not the Jenkins secret header */],
  }),
];
