// Exams, proctoring and autograding: Safe Exam Browser and proctoring configs, Gradescope and Otter-grader,
// GitHub Classroom tokens, JupyterHub for classes, and the TA scripts around them.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_GRADING_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-jupyterhub-config-py',
    ['code', 'config-syntax', 'defaults-in-code', 'precision'],
    'jupyterhub/jupyterhub_config.py',
    (k) => `# JupyterHub for STAT 101 / CS 110 (spring term)
c = get_config()  # noqa

c.JupyterHub.authenticator_class = "ltiauthenticator.lti13.authenticator.LTI13Authenticator"
c.LTI13Authenticator.issuer = "https://canvas.instructure.com"
c.LTI13Authenticator.client_id = ["${k.n(ED.canvasKeyId(k.g))}"]
c.LTI13Authenticator.authorize_url = "https://canvas.example.edu/api/lti/authorize_redirect"

c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"
c.ConfigurableHTTPProxy.auth_token = "${k.s('token', k.g.hex(64))}"
c.JupyterHub.db_url = "postgresql://jhub:${k.cs()}@db.jhub.internal/jupyterhub"

# nbgrader service for the TAs
c.JupyterHub.services = [
    {"name": "nbgrader-stat101", "url": "http://127.0.0.1:9999", "api_token": "${k.s('token', k.g.hex(32))}", "command": ["python", "-m", "jupyterhub.services.cull_idle"]},
]
c.JupyterHub.admin_users = {"${k.n(ED.studentId(k.g))}", "ta_stat101"}
c.Spawner.default_url = "/lab"
c.Spawner.mem_limit = "2G"
`,
  ),

  eduDoc(
    'edu-otter-grader-config',
    ['config-syntax', 'precision'],
    'course-materials/hw03/otter_config.json',
    (k) => `{
  "name": "hw03",
  "requirements": "requirements.txt",
  "variables": { "df": "pandas.core.frame.DataFrame" },
  "generate": {
    "pdfs": false,
    "show_stdout": true,
    "token": "${k.s('token', k.g.hex(40))}",
    "course_id": "${k.n(k.g.digits(6))}",
    "assignment_id": "${k.n(k.g.digits(7))}",
    "seed": ${k.n(k.g.digits(5))}
  },
  "export_cell": { "instructions": "Run this cell to export your notebook.", "pdf": true },
  "solutions_sha256": "${k.n(ED.sha256(k.g))}"
}
`,
  ),

  eduDoc(
    'edu-github-classroom-ta-script',
    ['code', 'command-line', 'precision'],
    'ta-tools/clone_submissions.sh',
    (k) => `#!/usr/bin/env bash
# Clone every student repo of the assignment for grading (CS 2110, TA team).
# Needs a classic PAT with repo + read:org on the classroom org.
set -euo pipefail
ORG=example-uni-cs2110-sp26
ASSIGNMENT=a3-linked-lists
GITHUB_TOKEN=\${GITHUB_TOKEN:-${k.prov('GitHub personal access token', ED.githubPat(k.g))}}

gh api -H "Authorization: token $GITHUB_TOKEN" --paginate "/orgs/$ORG/repos?per_page=100" --jq '.[].name' |
  grep "^$ASSIGNMENT-" | while read -r repo; do
    git clone -q "https://x-access-token:\${GITHUB_TOKEN}@github.com/$ORG/$repo.git" "subs/$repo"
  done
# grading rubric commit ${k.n(ED.gitSha(k.g))}
`,
  ),

  eduDoc(
    'edu-safe-exam-browser-seb-config',
    ['config-syntax', 'credential-file', 'precision'],
    'exams/seb/final-exam-math201.seb.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>startURL</key><string>https://exam.example.edu/mod/quiz/view.php?id=${k.g.digits(5)}</string>
  <key>hashedQuitPassword</key><string>${k.n(ED.sha256(k.g))}</string>
  <key>hashedAdminPassword</key><string>${k.n(ED.sha256(k.g))}</string>
  <key>allowQuit</key><true/>
  <key>browserExamKey</key><string>${k.n(ED.sha256(k.g))}</string>
  <key>sendBrowserExamKey</key><true/>
  <key>examKeySalt</key><data>${k.n(k.g.base64(43) + '=')}</data>
  <key>URLFilterEnable</key><true/>
</dict>
</plist>
<!-- invigilator notes: quit password for room ${k.n(ED.room(k.g))} is ${k.spw()} (hash above), give only to the chief invigilator -->
`,
  ),

  eduDoc(
    'edu-proctoring-vendor-env',
    ['config-syntax', 'precision'],
    'proctoring-bridge/.env',
    (k) => `# bridge between Moodle quizzes and the remote proctoring vendor
PROCTOR_API_BASE=https://api.proctorvendor.example/v3
PROCTOR_INSTITUTION_ID=${k.n(k.g.digits(5))}
PROCTOR_API_KEY=${k.s('token', k.g.alnum(40))}
PROCTOR_WEBHOOK_SECRET=${k.s('token', `whsec_${k.g.base64(32)}`)}
MOODLE_WSTOKEN=${k.prov('Moodle web service token', ED.moodleToken(k.g))}
ZOOM_ACCOUNT_ID=${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22))}
ZOOM_CLIENT_ID=${k.n(ED.zoomClientId(k.g))}
ZOOM_CLIENT_SECRET=${k.prov('Zoom OAuth client secret', ED.zoomSecret(k.g))}
RECORDINGS_BUCKET=s3://example-edu-proctoring-recordings
AWS_ACCESS_KEY_ID=${k.u(ED.awsId(k.g))}
AWS_SECRET_ACCESS_KEY=${k.prov('AWS secret access key', ED.awsSecret(k.g))}
`,
  ),

  eduDoc(
    'edu-autograder-setup-sh',
    ['command-line', 'code', 'precision'],
    'autograder/source/setup.sh',
    (k) => `#!/usr/bin/env bash
# Gradescope autograder image setup (runs once when the image is built)
apt-get update && apt-get install -y python3 python3-pip openjdk-17-jdk
pip3 install -r /autograder/source/requirements.txt

# private test repo of the course staff (deploy token, read-only)
git clone https://gitlab+deploy-token-${k.g.digits(5)}:${k.prov('GitLab deploy token', `gldt-${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 20)}`)}@gitlab.cs.example.edu/cs1331/hidden-tests.git /autograder/hidden

# results are also posted to the course dashboard
echo "DASHBOARD_KEY=${k.s('token', k.g.alnum(32))}" >> /autograder/source/.env
echo "checksum of the tests: ${k.n(ED.md5(k.g))}"
`,
  ),

  eduDoc(
    'edu-nbgrader-exchange-readme-es',
    ['prose', 'command-line', 'precision'],
    'docs/curso-python/README-profesores.md',
    (k) => `# Curso de Python – notas para el profesorado

- El JupyterHub del curso está en https://jupyter.example.edu.co. Entren con su usuario institucional.
- Para el laboratorio del sábado creé un usuario compartido: \`lab-sabado\` con contraseña ${k.hpw()}.
- El token de la API del hub (para \`nbgrader collect\`) es ${k.s('token', k.g.hex(32))}; úsenlo así:

\`\`\`bash
export JUPYTERHUB_API_TOKEN=${k.n('$(cat ~/.jhub_token)')}
nbgrader collect tarea-04 --course=${k.n(ED.course(k.g))}
\`\`\`

- Los códigos de los estudiantes (p. ej. ${k.n(ED.studentId(k.g))}) no son contraseñas.
- Contraseña del Wi-Fi del aula ${k.n(ED.room(k.g))}: ${k.spw()}
`,
  ),

  eduDoc('edu-exam-officer-candidate-export', ['logs-and-output', 'precision'], 'exams/exports/candidates-summer-2026.csv', (k) => {
    const rows: string[] = [];
    for (let i = 0; i < 8; i++)
      rows.push(
        `${k.n(ED.candidate(k.g))},${k.n(`${k.g.upper(1)}${k.g.digits(12)}`)},${ED.first(k.g)},Example,${k.n(`${k.g.pick(['8300', '8461', '8035', '8700'])}/${k.g.pick(['1F', '2H', '1H', '2F'])}`)},${k.g.pick(['A', 'B', 'C', 'U', '9', '7'])}`,
      );
    return `CandidateNumber,UCI,Forename,Surname,Component,Grade
${rows.join('\n')}
# exported from SIMS Exams Organiser; centre number ${k.n(k.g.digits(5))}. Awarding body portal login is in the safe, not here.
`;
  }),

  eduDoc(
    'edu-plagiarism-api-java',
    ['code', 'defaults-in-code', 'precision'],
    'src/main/java/edu/example/integrity/TurnitinClient.java',
    (k) => `package edu.example.integrity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/** Turnitin Core API client used by the thesis submission portal. */
public final class TurnitinClient {
    private static final String BASE = "https://example-uni.turnitin.com/api/v1";
    // integration key from Turnitin admin > Integrations > Scopes
    private static final String TCA_API_KEY = "${k.s('token', k.g.uuid())}";
    private static final String INTEGRATION_NAME = "ThesisPortal";
    private static final String OWNER_ID = "${k.n(k.g.uuid())}";

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Authorization", "Bearer " + TCA_API_KEY)
            .header("X-Turnitin-Integration-Name", INTEGRATION_NAME)
            .header("X-Turnitin-Integration-Version", "2.1.0");
    }
}
`,
  ),

  eduDoc(
    'edu-grading-slack-bot-py',
    ['code', 'precision'],
    'ta-bot/bot.py',
    (k) => `# TA office-hours queue bot for the course Slack
import os
from slack_bolt import App

app = App(
    token=os.environ.get("SLACK_BOT_TOKEN", "${k.prov('Slack bot token', ED.slackBot(k.g))}"),
    signing_secret=os.environ.get("SLACK_SIGNING_SECRET", "${k.s('token', k.g.hex(32))}"),
)
GRADES_WEBHOOK = "${k.prov('Slack incoming webhook', ED.slackHook(k.g))}"
COURSE = "${k.n(ED.course(k.g))}"


@app.command("/queue")
def queue(ack, respond, command):
    ack()
    respond(f"Added <@{command['user_id']}> to the {COURSE} queue")


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", 3000)))
`,
  ),

  eduDoc(
    'edu-exam-board-minutes-it',
    ['prose', 'precision'],
    'verbali/commissione-esami-2026-02.md',
    (k) => `# Verbale commissione esami – sessione di febbraio

Presenti: prof. Rossi, prof.ssa Bianchi, dott. Greco (segreteria)

1. Le prove scritte di ${k.n(ED.course(k.g))} si svolgeranno in aula ${k.n(ED.room(k.g))} con Safe Exam Browser.
2. La password di uscita di SEB per i sorveglianti è ${k.spw()}; verrà cambiata dopo ogni appello.
3. L'account Moodle "commissario-esterno" ha la password temporanea ${k.pw()}.
4. Numeri di matricola dei candidati con DSA: ${k.n(ED.studentId(k.g))}, ${k.n(ED.studentId(k.g))} (tempo aggiuntivo 30%).
5. La chiave dell'armadio delle prove non è una password: si trova in segreteria.
`,
  ),

  eduDoc(
    'edu-codegrade-ci-yaml',
    ['config-syntax', 'precision'],
    '.github/workflows/classroom.yml',
    (k) => `name: Autograding Tests
on: [push, repository_dispatch]
permissions:
  checks: write
  actions: read
  contents: read
jobs:
  run-autograding-tests:
    runs-on: ubuntu-latest
    if: github.actor != 'github-classroom[bot]'
    steps:
      - uses: actions/checkout@${k.n(ED.gitSha(k.g))}
      - name: test-1
        id: test-1
        uses: classroom-resources/autograding-command-grader@v1
        with:
          test-name: test-1
          command: python -m pytest tests/test_part1.py
          timeout: 10
          max-score: 5
      - name: Report
        uses: classroom-resources/autograding-grading-reporter@v1
        env:
          TEST-1_RESULTS: "\${{steps.test-1.outputs.result}}"
          GRADES_API_KEY: \${{ secrets.GRADES_API_KEY }}
          DASHBOARD_TOKEN: ${k.s('token', k.g.alnum(40))}
`,
  ),
];
