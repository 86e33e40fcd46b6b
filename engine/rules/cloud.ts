import type { Rule } from '../types';
import { inContexts } from './contexts';

const AWS_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html';
const AWS_REVOKE = 'https://console.aws.amazon.com/iam/home#/security_credentials';

export const cloudRules: Rule[] = [
  {
    id: 'aws-access-key-id',
    provider: 'AWS',
    family: 'cloud',
    description: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/,
    minEntropy: 3,
    envName: 'AWS_ACCESS_KEY_ID',
    maskPrefix: /^A[KSBC][IC]A/,
    docsUrl: AWS_DOCS,
    revocationUrl: AWS_REVOKE,
    examples: {
      positives: (g) => inContexts(g, `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, 'AWS_ACCESS_KEY_ID'),
      negatives: () => ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'const k = "AKIAAAAAAAAAAAAAAAAA";', 'ASIAN_FOOD_RECIPES_2024'],
    },
  },
  {
    id: 'aws-secret-access-key',
    provider: 'AWS',
    family: 'cloud',
    description: 'AWS secret access key',
    keywords: ['aws_secret', 'awssecret', 'secret_access_key', 'secretaccesskey', 'aws-secret', 'secret-access-key'],
    // The name sits ≤ 30 characters after the match start and the 40-character value right after it (SDK code
    // says `secretAccessKey` everywhere): run only there.
    keywordWindow: { before: 64, after: 160 },
    pattern:
      /(?<key>[\w.-]{0,20}(?:aws[_-]?secret[_-]?access[_-]?key|aws[_-]?secret[_-]?key|aws[_-]?secret|secret[_-]?access[_-]?key)[\w.-]{0,10})["']?\s{0,4}(?:=|:|=>|:=)\s{0,4}["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4,
    envName: 'AWS_SECRET_ACCESS_KEY',
    docsUrl: AWS_DOCS,
    revocationUrl: AWS_REVOKE,
    examples: {
      positives: (g) => [
        `aws_secret_access_key = ${g.s(g.base64(40).replace(/=/g, 'A'))}`,
        `AWS_SECRET_ACCESS_KEY="${g.s(g.base64(40).replace(/=/g, 'A'))}"`,
        `{ "SecretAccessKey": "${g.s(g.base64(40).replace(/=/g, 'A'))}" }`,
      ],
      negatives: () => ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = ${AWS_SECRET}', `aws_secret_key = "${'a'.repeat(40)}"`],
    },
  },
];
