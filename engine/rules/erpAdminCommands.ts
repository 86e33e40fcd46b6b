// ERP administrators' commands that take a password as a positional argument, as their manuals write them and as
// shell histories and post-clone scripts keep them: SAP HANA's secure user store (`hdbuserstore SET KEY host:port
// USER X`), sapcontrol's `-user NAME X`, Oracle E-Business Suite's FNDCPASS (the new password after the mode and
// the user) and Frappe/ERPNext's `bench set-admin-password X`. Found while tuning on rw-dev24.
import type { Rule } from '../types';
import { positionalRule } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';

/** A shell word (quoted with blanks inside, for hdbuserstore's list of hosts). */
const WORD = `(?:"[^"\\n]{1,200}"|'[^'\\n]{1,200}'|[^\\s"'|;&<>]{1,200})`;

export const erpAdminCommandRules: Rule[] = [
  positionalRule({
    id: 'sap-hdbuserstore-password',
    provider: 'SAP HANA',
    family: 'database',
    description: 'SAP HANA password stored with hdbuserstore SET KEY ENV USER PASSWORD (the command line keeps it in history)',
    envName: 'HANA_PASSWORD',
    docsUrl: 'https://help.sap.com/docs/SAP_HANA_PLATFORM',
    keywords: ['hdbuserstore'],
    ignoreCase: true,
    lead: `hdbuserstore(?:\\.exe)?(?:[ \\t]{1,4}-[A-Za-z]{1,3}){0,3}[ \\t]{1,4}SET[ \\t]{1,4}[\\w.-]{1,64}[ \\t]{1,4}${WORD}[ \\t]{1,4}[^\\s"'|;&<>]{1,64}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [
      `hdbuserstore list\nhdbuserstore SET BACKUP hanaprd01:30015 BACKUP_OPERATOR ${g.s(g.alnum(24))}\n`,
      `hdbuserstore -i SET SYSTEMDB "hana01:30013;hana02:30013" SYSTEM '${g.s(humanPassword(g))}'`,
    ],
    negatives: () => [
      'hdbuserstore SET BACKUPKEY hana01:30015 BACKUP_OP <password>',
      'hdbuserstore SET BACKUP hana01:30015@SYSTEMDB BACKUP_OP "$HANA_PW"',
      'hdbuserstore DELETE OLDKEY',
      'hdbuserstore SET BACKUP hana01:30015 BACKUP_OP',
    ],
  }),
  positionalRule({
    id: 'sapcontrol-user-password',
    provider: 'SAP',
    description: "SAP instance administrator's password given to sapcontrol -user NAME PASSWORD",
    envName: 'SAPADM_PASSWORD',
    docsUrl: 'https://help.sap.com/docs/SAP_NETWEAVER',
    keywords: ['sapcontrol'],
    lead: `sapcontrol(?:\\.exe)?(?:[ \\t]{1,4}-(?:nr|host|p(?:rot|ort))[ \\t]{1,4}[^\\s"'|;&<>]{1,64}){0,4}[ \\t]{1,4}-user[ \\t]{1,4}[^\\s"'|;&<>]{1,64}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [
      `sapcontrol -nr 00 -user hdbadm ${g.s(humanPassword(g))} -function StopSystem HDB`,
      `sapcontrol -prot PIPE -host sap01 -nr 02 -user s4hadm '${g.s(g.alnum(16))}' -function RestartInstance`,
    ],
    negatives: () => [
      'sapcontrol -nr 00 -function GetProcessList',
      '& sapcontrol.exe -prot PIPE -host $h -nr 00 -user $adm $pw -function RestartInstance',
      'sapcontrol -nr 00 -user <sid>adm <password> -function Stop',
    ],
  }),
  positionalRule({
    id: 'oracle-fndcpass-new-password',
    provider: 'Oracle E-Business Suite',
    description: "New password given to Oracle E-Business Suite's FNDCPASS after the mode and the user (USER SYSADMIN X, ORACLE XX X)",
    envName: 'EBS_USER_PASSWORD',
    docsUrl: 'https://docs.oracle.com/cd/E26401_01/doc.122/e22952/T335505T335510.htm',
    keywords: ['fndcpass'],
    lead: `FNDCPASS[ \\t]{1,4}[^\\s"'|;&<>]{1,160}[ \\t]{1,4}0[ \\t]{1,4}Y[ \\t]{1,4}[^\\s"'|;&<>]{1,160}[ \\t]{1,4}(?:(?:USER|ORACLE|SYSTEM)[ \\t]{1,4}[\\w$#]{1,30}|ALLORACLE)[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [
      `# reset the sysadmin password for the testers\nFNDCPASS apps/$APPS_PWD 0 Y system/$SYSTEM_PWD USER SYSADMIN ${g.s(g.alnum(15))}\n`,
      `FNDCPASS apps/$APPS_PWD 0 Y system/$SYSTEM_PWD ORACLE XXCUST ${g.s(humanPassword(g))}`,
    ],
    negatives: () => ['FNDCPASS apps/$APPS_PWD 0 Y system/$SYSTEM_PWD SYSTEM APPLSYS <new-apps-pw>', 'FNDCPASS apps/$APPS_PWD 0 Y system/$SYSTEM_PWD USER SYSADMIN "$NEW_PW"'],
  }),
  positionalRule({
    id: 'frappe-bench-admin-password',
    provider: 'Frappe / ERPNext',
    description: 'ERPNext (Frappe) Administrator password given to bench set-admin-password',
    envName: 'ADMIN_PASSWORD',
    docsUrl: 'https://github.com/frappe/bench',
    keywords: ['set-admin-password'],
    lead: `bench(?:[ \\t]{1,4}--site[ \\t]{1,4}[^\\s"'|;&<>]{1,200})?[ \\t]{1,4}set-admin-password[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`bench --site staging.example.com set-admin-password ${g.s(humanPassword(g))}`, `bench set-admin-password '${g.s(g.alnum(14))}'`],
    negatives: () => ['bench --site erp.example.com set-admin-password', 'bench --site erp.example.com set-admin-password "$ADMIN_PW"', 'bench set-admin-password <password>'],
  }),
];
