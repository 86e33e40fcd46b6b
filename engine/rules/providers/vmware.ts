// VMware vCenter credentials passed to PowerCLI `Connect-VIServer -Password`.
import type { Rule } from '../../types';

export const vmwareRules: Rule[] = [
  {
    id: 'vmware-viserver-password',
    provider: 'VMware vCenter',
    family: 'infrastructure',
    priority: 'context',
    description: 'vCenter password in a Connect-VIServer command',
    keywords: ['connect-viserver'],
    pattern: /Connect-VIServer\b[^\r\n]{0,200}?-Password\s{1,4}(?<q>['"]?)(?<secret>[^\s'"$]{4,100})\k<q>(?![^\s'"])/i,
    minEntropy: 2,
    envName: 'VCENTER_PASSWORD',
    docsUrl: 'https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver',
    revocationUrl: null,
    revocationNote: 'Change the vCenter account password (vSphere Client → Administration → Single Sign On → Users), and use a credential store instead of -Password.',
    examples: {
      positives: (g) => [
        `Connect-VIServer -Server vc01.corp.local -User administrator@vsphere.local -Password '${g.s(g.alnum(14))}'`,
        `connect-viserver vc02 -User svc_backup -Password ${g.s(`${g.alnum(6)}#${g.alnum(6)}`)}`,
      ],
      negatives: () => [
        'Connect-VIServer -Server vc01 -User admin -Password $env:VC_PASSWORD',
        'Connect-VIServer -Server vc01 -Credential $cred',
        "Connect-VIServer -Server vc01 -User admin -Password '<password>'",
      ],
    },
  },
];
