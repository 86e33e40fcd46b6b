// More prose of the domain: bug-bounty reports, homelab write-ups, training lab handouts, scoping e-mails, vendor
// support threads, audit checklists, in several languages. Passwords are given in sentences beside look-alikes.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_PROSE_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-bugbounty-report-github-token',
    ['prose', 'precision'],
    'bugbounty/reports/2026-03-exposed-ci-token.md',
    (k) => `## Summary
The public build logs of \`client/mobile-app\` (job #${k.g.digits(5)}) print the environment, including a GitLab
token with \`api\` scope: \`GITLAB_TOKEN=${k.prov('GitLab personal access token', S.gitlabPat(k.g))}\`.

## Steps to reproduce
1. Open https://gitlab.com/client/mobile-app/-/jobs/${k.g.digits(9)}
2. Search for GITLAB_TOKEN.
3. \`curl -H "PRIVATE-TOKEN: <token>" https://gitlab.com/api/v4/user\` returns the bot user.

## Impact
Write access to 41 projects. I did not use the token beyond the /user call. Docker Hub token in the same log:
\`${k.prov('Docker Hub access token', S.dockerPat(k.g))}\`.
`,
  ),
  sDoc(
    'secops-homelab-blog',
    ['prose', 'command-line', 'precision'],
    'blog/_posts/2026-02-14-homelab-security-onion.md',
    (k) => `---
title: "Security Onion in my homelab, part 2"
---

After the install I created the analyst account with \`so-user-add\`. Fun fact: the password I used for the
whole first week was ${k.hpw()} (yes, it's changed now, don't bother).

The pfSense box forwards syslog to it; the pfSense admin password is in my password manager, the **old** one was
${k.hpw()} and it still works on the backup firewall because I forgot it. Oops.

Zeek picked up my own Kali box's JA3 (${k.n(S.ja3(k.g))}) within minutes. Suricata rule sid ${k.n('2034567')}.
Placeholders in the official docs: \`sudo so-elastic-auth-password-reset\`, password ${k.ph()}.
`,
  ),
  sDoc(
    'secops-training-lab-handout-pl',
    ['prose', 'precision'],
    'szkolenia/ad-pentest-lab/instrukcja.md',
    (k) => `# Laboratorium: atak na Active Directory

Dane dostępowe do środowiska (ważne do końca szkolenia):
- VPN: użytkownik \`kursant${k.g.digits(2)}\`, hasło ${k.gpw()}
- Maszyna Kali: root / ${k.hpw()}

Zadania:
1. Znajdź konta z SPN i wykonaj kerberoasting (przykładowy hash: \`${k.n(S.krb5tgs(k.g, 'MSSQLSvc/sql.lab.local:1433', 'svc_sql').slice(0, 90))}…\`).
2. Złam hash w hashcat (tryb 13100) słownikiem \`${k.n('lab-wordlist.txt')}\`.
3. Flaga: ${k.n(S.flag(k.g))}
`,
  ),
  sDoc(
    'secops-scoping-email-en',
    ['prose', 'precision'],
    'engagements/2026-ACME/scoping-email.txt',
    (k) => `Subject: RE: Internal pentest — access details

Hi team,

for the internal test starting Monday:

* Test laptop account: CORP\\pentest-ext, password ${k.hpw()} (standard user, as agreed)
* Wi-Fi guest network "ACME-Visitors", key ${k.gpw()}
* Out of scope: 10.99.0.0/16 (OT), the SWIFT segment, anything on ${k.n(S.defang(k.g))}
* Emergency contact: SOC hotline, case reference ${k.n(S.ticket(k.g))}

Please send the public IP you will test from and your GPG key fingerprint (ours: ${k.n(
      S.thumbprint(k.g)
        .replace(/(.{4})/g, '$1 ')
        .trim(),
    )}).

Best,
Mark (IT Security)
`,
  ),
  sDoc(
    'secops-vendor-support-thread',
    ['prose', 'precision'],
    'support/falcon-case-01234567.txt',
    (k) => `--- Customer wrote (2026-03-09 10:12) ---
Our SIEM connector stopped pulling detections after we rotated the API client. Connector log says
"401 access denied, invalid bearer token". New client secret is ${k.prov('CrowdStrike Falcon API client secret', S.csSecret(k.g))}, client id
${k.u(S.csClientId(k.g))}. Can you check?

--- Support wrote (2026-03-09 11:40) ---
Please do not share API secrets in support cases; we have redacted nothing here, so rotate the client again.
The OAuth2 token endpoint returns a bearer token valid for 30 minutes, e.g. ${k.http(S.jwt(k.g))} (yours, from the log).
Case number ${k.n('01234567')}.
`,
  ),
  sDoc(
    'secops-audit-checklist-de',
    ['prose', 'precision'],
    'audit/2026/checkliste-ergebnisse.md',
    (k) => `# Ergebnis IT-Sicherheitsaudit (Checkliste)

| Prüfpunkt | Ergebnis | Bemerkung |
|---|---|---|
| Standardpasswörter geändert | ✗ | Switch-Stack Halle 3 noch mit ${k.u('admin/admin')} |
| Passwörter im Klartext | ✗ | Excel "Zugaenge.xlsx" auf dem Teams-Kanal: NAS-Passwort ${k.hpw()}, Firewall ${k.gpw()} |
| MFA für Fernzugriff | ✓ | |
| Lokale Admin-Passwörter (LAPS) | teilweise | 14 Clients ohne LAPS, gemeinsames Passwort ${k.hpw()} |
| Protokollierung | ✓ | Hash des Exports: ${k.n(S.sha256(k.g))} |
`,
  ),
  sDoc(
    'secops-it-reply-to-report-es',
    ['prose', 'precision'],
    'correo/respuesta-informe-pentest.txt',
    (k) => `Hola equipo,

gracias por el informe. Sobre los hallazgos:

- F-02: ya cambiamos la contraseña de svc_backup; la nueva (${k.gpw()}) está solo en el gestor, os la pongo aquí
  para que podáis hacer la re-validación el jueves.
- F-04: el usuario "impresoras" tenía ${k.hpw()}; lo hemos deshabilitado.
- F-07: el CVE ${k.n(S.cve(k.g))} se parchea en la ventana del sábado.

Ticket interno: ${k.n(S.ticket(k.g))}.
Un saludo,
Javier
`,
  ),
  sDoc(
    'secops-soc-onboarding-wiki',
    ['prose', 'command-line', 'precision'],
    'wiki/soc/onboarding.md',
    (k) => `# SOC onboarding (L1)

Accounts you get on day one: SIEM, EDR console, ticketing. Shared accounts (being phased out, ${k.n(S.ticket(k.g))}):

- Sandbox VM \`analyst\` / ${k.hpw()}
- Malware zip password: ${k.n('infected')} (industry convention, not a secret)
- Lab domain admin: \`LAB\\\\Administrator\` / ${k.gpw()}

Tools: \`ssh soc@jump.soc.local\` then \`sudo -u analyst bash\`. Never paste customer passwords in the ticket
description; use the \`${k.n('[REDACTED]')}\` convention.
`,
  ),
  sDoc(
    'secops-bugbounty-triage-notes',
    ['prose', 'http-auth', 'precision'],
    'bugbounty/triage/2026-03-batch.md',
    (k) => `# Triage batch 2026-03

1. **#${k.g.digits(6)} — API key in Android APK** (valid): \`res/values/strings.xml\` has
   \`<string name="backend_api_key">${k.s('token', k.g.alnum(32))}</string>\`; it authenticates the partner API.
2. **#${k.g.digits(6)} — "leaked Firebase key"** (informative): \`${k.n(S.googleApiKey(k.g))}\` is the web
   config's public key, rules are locked down.
3. **#${k.g.digits(6)} — Mailgun key in JS** (valid): \`${k.prov('Mailgun API key', S.mailgun(k.g))}\` sends from our domain.
4. **#${k.g.digits(6)} — session fixation** (N/A): cookie \`sid=${k.n('deleted')}\` in the PoC.
`,
  ),
  sDoc(
    'secops-purple-team-notes',
    ['prose', 'command-line', 'precision'],
    'purple/2026-03-exercise/notes.md',
    (k) => `# Purple team exercise — atomic tests

| Test | Command | Detected? |
|---|---|---|
| T1136.001 | \`net user atomic_user ${k.spw()} /add\` | ✓ (Sigma ${k.n(k.g.uuid().slice(0, 8))}) |
| T1110.003 | \`nxc smb dc01 -u users.txt -p ${k.u('Spring2026!')}\` | ✓ after 40 failures |
| T1552.001 | \`findstr /si password *.xml *.ini\` found \`<add key="SmtpPass" value="${k.hpw()}"/>\` | ✗ |
| T1003.001 | procdump lsass | ✓ |

Atomic Red Team default password ${k.n('At0micStrong')} is the framework's documented test value.
`,
  ),
];
