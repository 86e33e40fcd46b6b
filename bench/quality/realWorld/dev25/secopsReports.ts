// Penetration-test and red-team reports as testers write them: findings with recovered passwords, exposed keys in
// bundles and .git folders, appendices with cracked hashes, in several languages. Hashes, CVEs, CVSS vectors and
// masked values sit beside the real findings.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_REPORT_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-report-finding-svc-backup',
    ['prose', 'precision'],
    'reports/2026-Q1-internal/findings/F-07-weak-service-account.md',
    (k) => `## F-07 Weak password on service account svc_backup (High)

**CVSS:** ${k.n(S.cvss(k.g))}  
**Affected:** CORP.LOCAL, hosts BKP01, BKP02  
**MITRE ATT&CK:** ${k.n('T1558.003')} (Kerberoasting)

### Description
The service account \`svc_backup\` has an SPN registered (\`${k.n('MSSQLSvc/bkp01.corp.local:1433')}\`), so any
domain user can request a TGS for it. We requested the ticket and cracked it offline in under 4 minutes with
rockyou and the OneRule set. The recovered password is **${k.hpw()}**.

Ticket (truncated): \`${k.n(S.krb5tgs(k.g, 'MSSQLSvc/bkp01.corp.local:1433', 'svc_backup').slice(0, 120))}…\`

The account is a member of *Backup Operators*, which allowed us to dump the SAM and SYSTEM hives of DC01.
The NT hash of the built-in Administrator (${k.n(S.ntlm(k.g))}) was then reused on 14 servers.

### Recommendation
Use a gMSA, or a password of at least 25 random characters. Rotate the password now: it appears in this report.
`,
  ),

  sDoc(
    'secops-report-js-bundle-aws',
    ['prose', 'precision'],
    'reports/webapp-2026-02/F-02-hardcoded-cloud-keys.md',
    (k) => `### F-02 Hard-coded AWS credentials in the JavaScript bundle — Critical

While reviewing \`/static/js/main.${k.n(k.g.hex(8))}.chunk.js\` we found an IAM user's access key pair used by the
upload widget:

\`\`\`js
const s3 = new AWS.S3({accessKeyId:"${k.u(S.awsId(k.g))}",secretAccessKey:"${k.prov('AWS secret access key', S.awsSecret(k.g))}",region:"eu-central-1"});
\`\`\`

\`aws sts get-caller-identity\` confirmed the key is live (Arn \`arn:aws:iam::${k.n(k.g.digits(12))}:user/web-upload\`).
The policy grants \`s3:*\` on the whole account. Source map SHA-256: ${k.n(S.sha256(k.g))}.

Reference: ${k.n(S.cve(k.g))} is **not** relevant here (different product); CWE-798.
`,
  ),

  sDoc(
    'secops-report-git-exposure-de',
    ['prose', 'precision'],
    'berichte/2026-03-webshop/Befund-04-git-Verzeichnis.md',
    (k) => `### Befund 04: Öffentlich erreichbares .git-Verzeichnis (Hoch)

Unter \`https://shop.example.de/.git/\` war das komplette Repository abrufbar. Mit \`git-dumper\` wurde der Stand
von Commit \`${k.n(S.sha1(k.g))}\` rekonstruiert. In der Datei \`config/parameters.yml\` standen:

\`\`\`yaml
database_password: ${k.s('password', S.generated(k.g))}
mailer_password: '${k.hpw()}'
secret: ${k.s('token', k.g.hex(40))}
\`\`\`

Das Datenbankpasswort funktionierte auch für den SSH-Login des Benutzers \`deploy\`. Ältere Commits enthielten ein
früheres Passwort (${k.n('Sh********!')}), das laut Kunde nicht mehr gültig ist.

**Empfehlung:** .git-Verzeichnisse im Webroot sperren, alle oben genannten Zugangsdaten ändern.
`,
  ),

  sDoc('secops-report-appendix-cracked-fr', ['prose', 'logs-and-output', 'precision'], 'rapports/audit-AD-2026/annexe-C-mots-de-passe.md', (k) => {
    const rows = Array.from({ length: 5 }, (_, i) => `| ${['j.dupont', 'm.bernard', 'svc_sql', 'a.petit', 'helpdesk'][i]} | \`${k.n(S.ntlm(k.g))}\` | ${i % 2 === 0 ? k.hpw() : k.n(S.mask(S.human(k.g)))} |`);
    return `# Annexe C – Mots de passe cassés (extrait)

Sur 4 212 comptes actifs, 1 377 hachés NT ont été cassés en 48 h (38 %). Conformément à la convention d'audit,
seuls quelques exemples sont donnés en clair ; les autres sont masqués.

| Compte | Haché NT | Mot de passe |
|---|---|---|
${rows.join('\n')}

Haché LM vide (aucun stockage LM) : ${k.n('aad3b435b51404eeaad3b435b51404ee')}.
Politique actuelle : 8 caractères minimum, pas d'historique. Recommandation : 14 caractères et liste de mots interdits.
`;
  }),

  sDoc(
    'secops-report-exec-summary-es',
    ['prose', 'precision'],
    'informes/2026-pentest-externo/resumen-ejecutivo.md',
    (k) => `# Resumen ejecutivo – Prueba de penetración externa

Durante la prueba (${k.n(S.ticket(k.g))}) se obtuvo acceso inicial mediante password spraying contra el portal de
VPN. La contraseña **${k.hpw()}** era válida para tres cuentas de usuario (j.garcia, l.martin, p.ruiz): sigue el
patrón estación+año que la política actual permite.

Desde la VPN se accedió al servidor de ficheros, donde un script \`backup.ps1\` contenía la contraseña del
administrador local: \`${k.s('password', S.generated(k.g))}\`.

Vulnerabilidades principales: ${k.n(S.cve(k.g))}, ${k.n(S.cve(k.g))} (CVSS ${k.n(S.cvss(k.g))}).
La contraseña enviada por correo para el informe cifrado se comunicará por teléfono (no se incluye aquí: ${k.n('[REDACTED]')}).
`,
  ),

  sDoc(
    'secops-report-wifi-pt',
    ['prose', 'precision'],
    'relatorios/2026-wireless/achado-03-psk.md',
    (k) => `### Achado 03 – Chave WPA2 fraca na rede "CORP-Visitantes"

O handshake foi capturado com \`hcxdumptool\` e quebrado com hashcat (modo 22000) em 11 minutos.
PSK recuperada: \`${k.hpw()}\`

A mesma chave é usada na rede interna "CORP-Interna" (BSSID ${k.n('3C:84:6A:1F:22:9B')}), o que dá acesso à VLAN
de servidores. O PMKID capturado (${k.n(k.g.hex(32))}) não é um segredo por si só.

Recomendação: WPA2-Enterprise para a rede interna; PSK aleatória de 20+ caracteres para visitantes, trocada mensalmente.
`,
  ),

  sDoc(
    'secops-report-redteam-pl',
    ['prose', 'precision'],
    'raporty/red-team-2026/dziennik-operacji.md',
    (k) => `# Red team – dziennik operacji (wyciąg)

- **D+1 09:12** phishing (kampania ${k.n(S.ticket(k.g))}), 3 z 40 użytkowników podało dane logowania.
  Hasło użytkownika k.nowak: ${k.hpw()} (zgodne z polityką, ale przewidywalne).
- **D+2 14:40** na udziale \\\\FS01\\IT\\skrypty znaleziono \`mapowanie.bat\`:
  \`net use Z: \\\\FS02\\dane /user:CORP\\svc_skaner ${k.spw()}\`
- **D+3 10:05** hasło administratora lokalnego z GPP (cpassword ${k.s('password', k.g.base64(43) + '=')}) odszyfrowane:
  ${k.s('password', S.generated(k.g))}
- **D+4** DCSync, hash krbtgt ${k.n(S.ntlm(k.g))} — golden ticket tylko w środowisku testowym.

Flaga celu ćwiczenia: ${k.n(S.flag(k.g))}.
`,
  ),

  sDoc(
    'secops-report-nl-bevindingen',
    ['prose', 'precision'],
    'rapporten/2026-pentest-zorg/bevindingen.md',
    (k) => `## Bevinding 5 – Standaardwachtwoorden op beheerinterfaces

Op de printerbeheerpagina (${k.n(S.ipv4(k.g, '10.20'))}) werkte het fabriekswachtwoord ${k.u('admin/admin')}.
Op de Tomcat Manager werkte \`tomcat\` met wachtwoord ${k.hpw()}, dat door de beheerder zelf gekozen is.

## Bevinding 6 – Wachtwoord in omschrijving AD-account

Het veld *description* van \`svc_print\` bevat: "ww: ${k.hpw()}". Dit veld is voor elke domeingebruiker leesbaar.
LDAP-filter gebruikt: \`${k.n('(&(objectCategory=user)(description=*ww*))')}\`.

Hash van het account (ter controle, NT): ${k.n(S.ntlm(k.g))}.
`,
  ),

  sDoc(
    'secops-report-tr-bulgular',
    ['prose', 'precision'],
    'raporlar/2026-sizma-testi/bulgular.md',
    (k) => `### Bulgu 2: Yapılandırma dosyasında açık metin parola

\`C:\\inetpub\\wwwroot\\web.config\` dosyasında veritabanı bağlantı dizesi açık metin olarak bulundu:

\`\`\`xml
<add name="Main" connectionString="Server=sql01;Database=CRM;User Id=crm_app;Password=${k.cs()};" />
\`\`\`

Aynı parola (${k.n('Cr******9')}) yerel yönetici hesabında da kullanılıyor. Ayrıca uygulama sunucusundaki
yönetici parolası ${k.hpw()} olarak tespit edildi. Bulgu numarası: ${k.n(S.ticket(k.g))}, CVSS ${k.n(S.cvss(k.g))}.
`,
  ),

  sDoc(
    'secops-report-retest',
    ['prose', 'precision'],
    'reports/2026-retest/retest-summary.md',
    (k) => `# Retest summary (${k.n(S.ticket(k.g))})

| Finding | Status | Note |
|---|---|---|
| F-01 Default creds on iLO | Fixed | \`${k.u('Administrator')}\` now uses a unique password per host |
| F-03 Password in GPO script | Open | \`logon.vbs\` still maps drives with \`/user:CORP\\svc_map ${k.spw()}\` |
| F-05 Kerberoastable svc_sql | Fixed | new password not cracked in 72 h (hash ${k.n(S.sha1(k.g).slice(0, 12))}…) |
| F-08 Jenkins script console | Open | anonymous read; credentials.xml holds \`{${k.n(k.g.base64(64))}}\` (encrypted) |
| F-09 SNMP community | Open | community string \`${k.s('password', `${k.g.pick(['corp', 'net', 'mon'])}${k.g.pick(['Read', 'RO', 'snmp'])}${k.g.digits(3)}`)}\` on 42 switches |

Previously reported password for svc_map (${k.n('Wi*******1')}) was changed, but the new one is in the script again.
`,
  ),

  sDoc(
    'secops-report-ja-shindan',
    ['prose', 'precision'],
    'reports/2026-診断/報告書-指摘事項.md',
    (k) => `# 脆弱性診断報告書 指摘事項 3

**概要:** 管理画面のログインに総当たり対策がなく、辞書攻撃で管理者パスワード「${k.hpw()}」を特定しました。
**影響:** 全顧客情報の閲覧・変更が可能です。
**再現手順:** hydra で \`/admin/login\` に対して試行（試行回数 1,204 回）。
**参考:** ${k.n(S.cve(k.g))}、CVSS ${k.n(S.cvss(k.g))}
**補足:** 検証用に作成したテストアカウント（pentest01）のパスワードは ${k.s('password', S.generated(k.g))} です。診断終了後に削除してください。
`,
  ),

  sDoc(
    'secops-report-zh-shentou',
    ['prose', 'precision'],
    'reports/2026渗透测试/发现-05.md',
    (k) => `## 发现 05：Redis 未授权访问及弱口令

目标 ${k.n(S.ipv4(k.g, '172.16'))}:6379 开启了 requirepass，但口令为 ${k.hpw()}，字典第 312 条即命中。
通过 CONFIG SET 写入 SSH 公钥（${k.n(S.sshPub(k.g, 'pentest@kali'))}）获得 root 权限。

在 /opt/app/.env 中发现：
\`\`\`
REDIS_PASSWORD=${k.s('password', S.generated(k.g))}
JWT_SECRET=${k.tok()}
\`\`\`
文件 MD5：${k.n(S.md5(k.g))}。建议立即更换上述所有口令。
`,
  ),
];
