// Tableau: tableau personal access token secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const tableauRules: Rule[] = [
  contextRule({
    id: 'tableau-personal-access-token',
    provider: 'Tableau',
    family: 'saas',
    description: 'Tableau personal access token secret',
    names: ['tableau', 'token[_.-]?value', 'personal[_.-]?access[_.-]?token[_.-]?secret'],
    keywords: ['tableau', 'tokenvalue', 'token_value', 'token-value', 'token.value', 'personalaccesstokensecret', 'personalaccesstoken_secret', 'personalaccesstoken-secret', 'personalaccesstoken.secret', 'personalaccess_tokensecret', 'personalaccess_token_secret', 'personalaccess_token-secret', 'personalaccess_token.secret', 'personalaccess-tokensecret', 'personalaccess-token_secret', 'personalaccess-token-secret', 'personalaccess-token.secret', 'personalaccess.tokensecret', 'personalaccess.token_secret', 'personalaccess.token-secret', 'personalaccess.token.secret', 'personal_accesstokensecret', 'personal_accesstoken_secret', 'personal_accesstoken-secret', 'personal_accesstoken.secret', 'personal_access_tokensecret', 'personal_access_token_secret', 'personal_access_token-secret', 'personal_access_token.secret', 'personal_access-tokensecret', 'personal_access-token_secret', 'personal_access-token-secret', 'personal_access-token.secret', 'personal_access.tokensecret', 'personal_access.token_secret', 'personal_access.token-secret', 'personal_access.token.secret', 'personal-accesstokensecret', 'personal-accesstoken_secret', 'personal-accesstoken-secret', 'personal-accesstoken.secret', 'personal-access_tokensecret', 'personal-access_token_secret', 'personal-access_token-secret', 'personal-access_token.secret', 'personal-access-tokensecret', 'personal-access-token_secret', 'personal-access-token-secret', 'personal-access-token.secret', 'personal-access.tokensecret', 'personal-access.token_secret', 'personal-access.token-secret', 'personal-access.token.secret', 'personal.accesstokensecret', 'personal.accesstoken_secret', 'personal.accesstoken-secret', 'personal.accesstoken.secret', 'personal.access_tokensecret', 'personal.access_token_secret', 'personal.access_token-secret', 'personal.access_token.secret', 'personal.access-tokensecret', 'personal.access-token_secret', 'personal.access-token-secret', 'personal.access-token.secret', 'personal.access.tokensecret', 'personal.access.token_secret', 'personal.access.token-secret', 'personal.access.token.secret'],
    value: '[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}',
    envName: 'TABLEAU_PAT_SECRET',
    docsUrl: 'https://help.tableau.com/current/server/en-us/security_personal_access_tokens.htm',
    revocationUrl: null,
    revocationNote: 'Revoke the token in Tableau (My Account Settings → Personal Access Tokens), or have a site administrator revoke it, then create a new one.',
    sample: (g) => `${g.base64(22)}==:${g.alnum(32)}`,
  }),
];
