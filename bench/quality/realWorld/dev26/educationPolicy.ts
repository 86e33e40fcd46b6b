// Handbooks, policies, posters, vendor guides and data exports of schools and universities: mostly look-alikes
// (password policy text, vendor defaults, example passwords on posters, grade tables, ids, hashes), with the odd
// real credential someone pasted into them.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_POLICY_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-password-policy-poster',
    ['prose', 'precision'],
    'docs/posters/strong-passwords.md',
    (k) => `# Make a strong password! (poster for classrooms)

✅ Use three random words: ${k.n('purple-giraffe-bicycle')}
✅ At least 12 characters
❌ Not your name + birthday: ${k.n('emma2014')}
❌ Not the school name: ${k.n('Hillcrest123')}
❌ Not ${k.n('password')}, ${k.n('123456')} or ${k.n('qwerty')}

Never share your password — not even with your best friend. Teachers will never ask for it.
Forgot it? Ask the library desk to reset it (bring your student card, number like ${k.n(ED.studentId(k.g))}).
`,
  ),

  eduDoc(
    'edu-staff-handbook-it',
    ['prose', 'precision'],
    'handbook/staff-it-handbook-2025.md',
    (k) => `# Staff IT handbook 2025/26

## Accounts
Your username is your staff code (e.g. ${k.n(ED.staffId(k.g))}). Passwords must be 14+ characters and are
changed every 365 days. The password manager is Bitwarden (${k.n('https://vault.example.school')}).

## Shared devices
Interactive whiteboards log in automatically. Visualisers need no password.
The photocopier PIN is your staff code's last four digits (${k.n('e.g. 4471')}).

## Vendor defaults you will see in manuals
Many devices ship with ${k.n('admin/admin')}, ${k.n('admin/1234')} or a blank password. Report any device still
using them to ict@example.school.

## Exams
Exam accounts (${k.n('exam01')} … ${k.n('exam40')}) have their passwords printed on the seating plan on the day;
the plan is shredded afterwards.

## Wi-Fi for visitors
Visitors get a voucher code from reception (8 characters, valid one day, e.g. ${k.n('XXXX-XXXX')}).

Staff-only: the shared account for the sports hall scoreboard laptop is ${k.n('sportshall')} / ${k.hpw()}
(it has no e-mail and no network shares).
`,
  ),

  eduDoc('edu-grade-export-csv', ['logs-and-output', 'precision'], 'exports/gradebook/MATH201-final.csv', (k) => {
    const rows: string[] = [];
    for (let i = 0; i < 9; i++) rows.push(`${k.n(ED.studentId(k.g))},${ED.first(k.g)} Example,${k.n(`${k.g.digits(2)}.${k.g.digits(1)}`)},${k.g.pick(['A', 'A-', 'B+', 'B', 'C', 'F'])},${k.n(k.g.hex(8))}`);
    return `student_id,name,total,letter,submission_hash
${rows.join('\n')}
`;
  }),

  eduDoc(
    'edu-timetable-export-xml',
    ['config-syntax', 'precision'],
    'exports/timetable/untis-2026-s1.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<timetable school="${k.n('Gymnasium am Stadtpark')}" term="2025/26-2" exported="2026-02-01T07:00:00">
  <lesson id="${k.n(`L${k.g.digits(6)}`)}" class="5b" subject="MA" teacher="${k.n('BEC')}" room="${k.n(ED.room(k.g))}" day="1" period="2"/>
  <lesson id="${k.n(`L${k.g.digits(6)}`)}" class="7a" subject="INF" teacher="${k.n('YIL')}" room="${k.n(ED.room(k.g))}" day="1" period="3"/>
  <lesson id="${k.n(`L${k.g.digits(6)}`)}" class="Q1" subject="PH" teacher="${k.n('WEB')}" room="${k.n(ED.room(k.g))}" day="2" period="1"/>
  <source checksum="${k.n(ED.sha1(k.g))}" guid="${k.n(k.g.uuid())}"/>
</timetable>
`,
  ),

  eduDoc(
    'edu-vendor-setup-guide-defaults',
    ['prose', 'precision'],
    'docs/vendors/selfcheck-install-guide.md',
    (k) => `# Self-check kiosk installation guide (vendor)

1. Connect the kiosk to the staff VLAN.
2. Log in to the service menu with the factory default ${k.n('service / service')}.
3. Under **ILS connection**, enter the SIP2 host, port, and the SIP2 login/password your ILS administrator gives you
   (for example \`${k.n('sip_user')}\` / \`${k.n('<sip password>')}\`).
4. Set the admin PIN (the default ${k.n('0000')} must be changed).
5. Record the kiosk's serial (${k.n(`KSK-${k.g.digits(7)}`)}) and MAC (${k.n(ED.mac(k.g))}) on the asset form.

Firmware 4.2.1 SHA-256: ${k.n(ED.sha256(k.g))}
`,
  ),

  eduDoc(
    'edu-research-data-management-plan',
    ['prose', 'precision'],
    'research/dmp/learning-analytics-dmp.md',
    (k) => `# Data management plan – Learning analytics in first-year mathematics

- PI: Dr. A. Example (ORCID ${k.n(ED.orcid(k.g))})
- Ethics approval: ${k.n(`HREC-${k.g.digits(4)}-${k.g.digits(3)}`)}
- Data: pseudonymised LMS click logs; student ids replaced by ${k.n('HMAC-SHA256(student_id, project key)')}
- Project key is held by the data steward in the university vault (${k.n('vault://research/la-maths/hmac')}), never in the repository.
- Example pseudonym: ${k.n(ED.sha256(k.g))}
- Publications: ${k.n(ED.doi(k.g))}, ${k.n(ED.doi(k.g))}
- Storage: research drive \`${k.n('\\\\rds.example.edu\\la-maths')}\`, encrypted at rest (AES-256).
`,
  ),

  eduDoc(
    'edu-ldap-export-ldif',
    ['credential-file', 'precision'],
    'exports/ldap/students-sample.ldif',
    (k) => `dn: uid=${k.n(ED.studentId(k.g).toLowerCase())},ou=people,dc=example,dc=edu
objectClass: inetOrgPerson
objectClass: eduPerson
cn: ${ED.first(k.g)} Example
eduPersonAffiliation: student
eduPersonPrincipalName: ${ED.studentId(k.g).toLowerCase()}@example.edu
userPassword: ${k.n(ED.ssha(k.g))}

dn: uid=${k.n(ED.studentId(k.g).toLowerCase())},ou=people,dc=example,dc=edu
objectClass: inetOrgPerson
cn: ${ED.first(k.g)} Example
userPassword: ${k.n(ED.ssha(k.g))}

dn: cn=library-bind,ou=system,dc=example,dc=edu
objectClass: simpleSecurityObject
objectClass: organizationalRole
userPassword: ${k.spw()}
description: temporary plaintext, hash it before go-live (ticket ${k.n(ED.ticket(k.g))})
`,
  ),

  eduDoc(
    'edu-moodle-user-upload-csv',
    ['credential-file', 'precision'],
    'uploads/moodle-uploaduser-summer-school.csv',
    (k) => `username,password,firstname,lastname,email,course1,role1
summer01,${k.kid()},${ED.first(k.g)},Example,summer01@example.edu,${ED.course(k.g).replace(/ /g, '')},student
summer02,${k.kid()},${ED.first(k.g)},Example,summer02@example.edu,${ED.course(k.g).replace(/ /g, '')},student
summer03,${k.n('changeme')},${ED.first(k.g)},Example,summer03@example.edu,${ED.course(k.g).replace(/ /g, '')},student
tutor01,${k.gpw().replace(/,/g, '')},${ED.first(k.g)},Tutor,tutor01@example.edu,${ED.course(k.g).replace(/ /g, '')},editingteacher
`,
  ),

  eduDoc(
    'edu-security-awareness-quiz-es',
    ['prose', 'precision'],
    'formacion/quiz-seguridad.md',
    (k) => `# Cuestionario de ciberseguridad para docentes

1. ¿Cuál de estas contraseñas es más segura?
   a) ${k.n('Colegio2025')}  b) ${k.n('123456')}  c) ${k.n('tres-palabras-aleatorias-largas')}  d) ${k.n('maria1980')}
2. Un correo dice ser de "Soporte Moodle" y pide tu contraseña. ¿Qué haces?
3. ¿Dónde guardas las contraseñas? → En el gestor ${k.n('KeePassXC')}, nunca en un post-it.

Respuestas: 1c, 2 reenviar a ${k.n('seguridad@colegio.example.es')}, 3 gestor.
`,
  ),

  eduDoc(
    'edu-accreditation-evidence-hashes',
    ['logs-and-output', 'precision'],
    'accreditation/evidence-manifest.txt',
    (k) => `# Evidence manifest – programme accreditation visit, March 2026
${k.n(ED.sha256(k.g))}  syllabi/${ED.course(k.g).replace(/ /g, '')}.pdf
${k.n(ED.sha256(k.g))}  syllabi/${ED.course(k.g).replace(/ /g, '')}.pdf
${k.n(ED.sha256(k.g))}  assessment/rubrics-2025.xlsx
${k.n(ED.sha256(k.g))}  minutes/programme-board-2025-11.docx
# signed by: ${k.n(ED.fingerprint(k.g))}
# upload receipt id: ${k.n(k.g.uuid())}
`,
  ),

  eduDoc(
    'edu-parents-association-notes',
    ['prose', 'precision'],
    'pta/minutes-2026-01.md',
    (k) => `# PTA committee meeting – January

- Treasurer: the online banking token is kept by the treasurer only; the PTA account number ${k.n(`${k.g.digits(2)}-${k.g.digits(2)}-${k.g.digits(2)} ${k.g.digits(8)}`)} is on the donations page anyway.
- The PTA website (WordPress) admin login was handed over to Jo: user ${k.n('ptaadmin')}, password ${k.hpw()}.
- The raffle app's PayPal sandbox client id ${k.n(`A${k.g.alnum(79)}`)} is fine to share with the volunteer developer; the
  client secret is ${k.s('token', `E${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 79)}`)}, send that one privately next time!
- Summer fair: 14 June. Gift Aid reference ${k.n(k.g.upper(2) + k.g.digits(5))}.
`,
  ),

  eduDoc(
    'edu-ssh-keys-course-server',
    ['credential-file', 'precision'],
    'course-server/ta-keys/README.txt',
    (k) => `TA access to the course server (grading.cs.example.edu)

Public keys (append to ~/.ssh/authorized_keys):
${k.n(ED.sshPub(k.g, 'ta1@laptop'))}
${k.n(ED.sshPub(k.g, 'ta2@laptop'))}

Shared key for the grading robot (private half, should be in the vault, moved here "temporarily"):
${k.key(ED.pem(k.g, 'OPENSSH PRIVATE KEY'))}

Host key fingerprint: ${k.n(`SHA256:${k.g.base64(43)}`)}
`,
  ),
];
