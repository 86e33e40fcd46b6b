// Naver Cloud Platform IAM secret keys: `ncp_iam_BPK` and the rest of the key (the access key id, `ncp_iam_BPA…`, is only an identifier).
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const naverCloudRules: Rule[] = [
  tokenRule({
    id: 'naver-cloud-secret-key',
    provider: 'Naver Cloud',
    family: 'cloud',
    description: 'Naver Cloud Platform IAM secret key',
    prefix: 'ncp_iam_BPK',
    body: '[A-Z]{3}[A-Za-z0-9]{20,36}',
    envName: 'NCP_SECRET_KEY',
    docsUrl: 'https://guide.ncloud-docs.com/docs/en/management-management-1-1',
    revocationUrl: 'https://www.ncloud.com/mypage/manage/authkey',
    revocationNote: "Disable and delete the key in the Naver Cloud console (My Page → Account Management → Manage authentication key, or the sub account's access keys) and create a new one.",
    sample: (g) => `ncp_iam_BPKSKR${g.alnum(28)}`,
  }),
];
