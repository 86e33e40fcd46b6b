// Passwords set through hardware and Windows network administration commands, positional after the setting they
// name: Dell iDRAC's `racadm … set iDRAC.Users.3.Password X` (and the older `config -g cfgUserAdmin -o
// cfgUserAdminPassword -i 3 X`), and `netsh wlan set profileparameter … keyMaterial=X` / `netsh wlan set
// hostednetwork … key=X` for a Wi-Fi profile's passphrase.
import { passwordVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';

function isPassword(value: string, ctx: MatchContext): boolean {
  return !/^(?:[<{[$]|%\w+%$)/.test(value) && passwordVerdict(value, 'password', { quote: ctx.text[ctx.start - 1], compoundWords: true }) === undefined;
}

export const hardwareAdminCommandRules: Rule[] = [
  {
    id: 'cli-racadm-user-password',
    provider: 'Generic',
    family: 'infrastructure',
    priority: 'context',
    description: 'iDRAC user password set with racadm (set iDRAC.Users.N.Password, cfgUserAdminPassword)',
    keywords: ['racadm'],
    keywordWindow: { before: 0, after: 300 },
    pattern: /\bracadm\b[^\n]{0,160}?(?:\bset[ \t]{1,4}iDRAC\.Users\.\d{1,2}\.Password|-o[ \t]{1,4}cfgUserAdminPassword(?:[ \t]{1,4}-i[ \t]{1,4}\d{1,2})?)[ \t]{1,4}["']?(?<secret>[^\s"']{4,128})/i,
    validate: isPassword,
    envName: 'IDRAC_PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.dell.com/support/manuals/en-us/idrac9-lifecycle-controller-v6.x-series/idrac9_6.xx_racadm_pub/',
    revocationUrl: null,
    revocationNote: 'Set a new password for the iDRAC user (racadm or the web UI) and read it from a prompt or a vault in scripts.',
    examples: {
      positives: (g) => [
        `racadm -r 10.9.0.11 -u root -p calvin set iDRAC.Users.3.Password ${g.s(`${g.pick(['Falke', 'Birke'])}${g.digits(4)}?`)}`,
        `racadm config -g cfgUserAdmin -o cfgUserAdminPassword -i 2 '${g.s(g.alnum(16))}'`,
      ],
      negatives: () => ['racadm set iDRAC.Users.3.Password $IDRAC_PW', 'racadm -r 10.9.0.11 -u root -p calvin set iDRAC.Users.3.UserName opsadmin', 'racadm set iDRAC.Users.3.Password <password>'],
    },
  },
  {
    id: 'cli-netsh-wlan-key',
    provider: 'Generic',
    family: 'infrastructure',
    priority: 'context',
    description: 'Wi-Fi passphrase set with netsh wlan (set profileparameter keyMaterial=, set hostednetwork key=)',
    keywords: ['keymaterial=', 'hostednetwork'],
    keywordWindow: { before: 240, after: 120 },
    pattern: /\bnetsh[ \t]{1,4}wlan[ \t]{1,4}set[ \t]{1,4}(?:profileparameter\b[^\n]{0,200}?\bkeyMaterial|hostednetwork\b[^\n]{0,200}?\bkey)=["']?(?<secret>[^\s"']{8,63})/i,
    validate: isPassword,
    envName: 'WIFI_PASSPHRASE',
    severity: 'warning',
    docsUrl: 'https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-contexts',
    revocationUrl: null,
    revocationNote: "Change the network's passphrase on the access point and deploy the profile from an XML file kept out of the repository.",
    examples: {
      positives: (g) => [
        `netsh wlan set profileparameter name="Gaeste" keyMaterial=${g.s(`${g.pick(['kovrik', 'meadow'])}-${g.pick(['lampa', 'harbor'])}-${g.digits(3)}`)}`,
        `netsh wlan set hostednetwork mode=allow ssid=Kiosk key=${g.s(g.alnum(16))}`,
      ],
      negatives: () => [
        'netsh wlan set profileparameter name="Gaeste" keyMaterial=%WIFI_KEY%',
        'netsh wlan add profile filename="wlan.xml" user=all',
        'netsh wlan set hostednetwork mode=allow ssid=Kiosk key=<passphrase>',
      ],
    },
  },
];
