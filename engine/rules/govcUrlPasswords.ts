// govc (vSphere CLI) takes its login in a URL that may leave out the scheme: `govc vm.info -u
// 'administrator@vsphere.local:pw@vcenter.corp'`, `GOVC_URL=user:pw@vcenter/sdk`. With a scheme the URL rule reads it;
// without one the `user:pw@host` form only says "login" beside govc's own flag or variable (rw-dev9).
import { fileKind } from '../validators/fileKind';
import { passwordVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  if (/^[$%{<]/.test(value)) return false;
  return passwordVerdict(value, 'password', { quote: '"', strict: kind === 'test' }) === undefined;
}

export const govcUrlPasswordRules: Rule[] = [
  {
    id: 'govc-url-password',
    provider: 'VMware',
    family: 'infrastructure',
    priority: 'context',
    description: "vCenter password in govc's scheme-less login URL (`govc … -u 'user:pw@vcenter'`, `GOVC_URL=user:pw@host`)",
    keywords: ['govc'],
    keywordWindow: { before: 4, after: 400 },
    pattern:
      /(?:\bgovc[ \t]{1,4}[\w.-]{1,40}(?:[ \t]{1,4}-[\w.-]{1,30}(?:[= \t]{1,4}[^\s-][^\s]{0,100})?){0,8}?[ \t]{1,4}-u(?:rl)?[ \t=]{1,4}|\bGOVC_URL[ \t]{0,2}[=:][ \t]{0,2})["']?(?![a-z][\w+.-]{0,20}:\/\/)[^\s:'"/]{1,80}:(?<secret>[^\s'"]{4,128})@[A-Za-z0-9][\w.-]{0,252}(?=[\s'"/:]|$)/,
    validate,
    envName: 'GOVC_PASSWORD',
    severity: 'error',
    docsUrl: 'https://github.com/vmware/govmomi/blob/main/govc/USAGE.md',
    revocationUrl: null,
    revocationNote: "Change the vSphere account's password (vCenter SSO), then give govc `GOVC_USERNAME`/`GOVC_PASSWORD` from a secret store.",
    examples: {
      positives: (g) => [
        `govc vm.info -u 'administrator@vsphere.local:${g.s(`${g.pick(['Harbor', 'Falcon'])}${g.digits(2)}&`)}@vcenter.corp.example' template-ubuntu-2404`,
        `export GOVC_URL=svc-packer:${g.s(g.alnum(16))}@vc01.lab.example/sdk`,
      ],
      negatives: (g) => [
        `govc vm.info -u "$GOVC_USER:$GOVC_PASSWORD@vcenter.corp.example" vm01`,
        `export GOVC_URL=https://vc01.lab.example/sdk\nexport GOVC_USERNAME=svc-packer`,
        `govc ls -u administrator@vsphere.local:${'*'.repeat(8)}@vc01.example /dc1/vm`,
        `govc about -u vc01.lab.example:${g.digits(3)}`,
      ],
    },
  },
];
