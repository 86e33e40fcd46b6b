// Authorize.Net: the transaction key (16 letters and digits) that, with the API login ID, signs every gateway call.
// Its key names `transactionKey` (the SDKs' merchantAuthentication field) and `AuthNet.TransactionKey`-style settings
// carry no secret word, so the generic detector passes them by (found while tuning on rw-dev14's biz part).
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const authorizeNetRules: Rule[] = [
  contextRule({
    id: 'authorize-net-transaction-key',
    provider: 'Authorize.Net',
    family: 'payments',
    description: 'Authorize.Net API transaction key',
    names: ['(?:authnet|authorize[_-]?net|anet)[a-z_-]{0,24}(?:transaction|trans|txn|tran)[_-]?key', 'transaction[_-]?key'],
    keywords: ['transactionkey', 'transaction_key', 'transaction-key', 'transkey', 'trans_key', 'txn_key'],
    value: '[A-Za-z0-9]{16}',
    envName: 'AUTHORIZE_NET_TRANSACTION_KEY',
    docsUrl: 'https://developer.authorize.net/api/reference/index.html#authentication',
    revocationUrl: 'https://account.authorize.net/',
    revocationNote: 'Generate a new transaction key under Account > Settings > API Credentials & Keys; the old one stops working after the grace period you choose.',
    sample: (g) => g.alnum(16),
    parts: [
      namedPart({
        id: 'login-id',
        label: 'API login ID',
        names: ['(?:authnet|authorize[_-]?net|anet)[a-z_-]{0,12}(?:api[_-]?)?login[_-]?id', 'api[_-]?login[_-]?id'],
        value: '[A-Za-z0-9]{8,25}',
        envName: 'AUTHORIZE_NET_API_LOGIN_ID',
      }),
    ],
    positives: (g) => [
      `<add key="AuthNet.ApiLoginId" value="${g.p(g.alnum(10))}" />\n<add key="AuthNet.TransactionKey" value="${g.s(g.alnum(16))}" />`,
      `merchantAuthentication: { name: process.env.ANET_LOGIN, transactionKey: '${g.s(g.alnum(16))}' }`,
    ],
    negatives: (g) => [`transactionKey: '${g.alnum(12)}'`, `"transactionKey": "${g.uuid()}"`, 'AUTHORIZE_NET_TRANSACTION_KEY=${AUTHNET_KEY}'],
  }),
];
