// The teaching side: lab handouts, TA grading scripts and autograders, LMS and LTI integrations, Google Classroom,
// HPC cluster notes and Slurm scripts, competitive programming judges.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_TEACHING_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-lab-handout-shared-accounts',
    ['prose', 'command-line'],
    'labs/lab01-getting-started.md',
    (k) => `# Lab 1 — Getting started on the lab machines

Welcome to CS 101! Before the first lab, make sure you can log in.

## Lab PCs (room B-214)

The PCs boot into Ubuntu. Use the shared account until your own account is created (usually week 2):

| Account | Password |
|---|---|
| \`student\` | \`${k.hpw()}\` |
| \`guest-cs101\` | \`${k.hpw()}\` |

**Do not save files in the shared account's home, it is wiped every night.**

## Database server

Every group has a MariaDB database. Connect with:

\`\`\`
mysql -h db.cs101.example.edu -u group<NN> -p${k.n('<group password>')}
\`\`\`

The password for your group is on the sheet handed out in class (not here!). Example for group 00 (the demo group):
\`mysql -h db.cs101.example.edu -u group00 -p${k.gpw()}\`

## Questions

Ask on Ed Discussion or come to office hours (Tue 14:00, room B-118).
`,
  ),

  eduDoc(
    'edu-lab-handout-placeholders',
    ['prose', 'precision'],
    'labs/lab04-rest-api.md',
    (k) => `# Lab 4: Calling a REST API

In this lab you will call the OpenWeatherMap API.

1. Create a free account and copy your key from the *API keys* tab.
2. Put it in \`config.py\`:

\`\`\`python
API_KEY = "${k.n('YOUR_API_KEY_HERE')}"   # TODO: your key
\`\`\`

3. Never commit your key. Add \`config.py\` to \`.gitignore\`.

Example request (the key below is a made-up one from the docs, it will not work):

\`\`\`
https://api.openweathermap.org/data/2.5/weather?q=London&appid=${k.n('{API key}')}
\`\`\`

Expected output hash for the autograder: \`${k.n(V.md5(k.g))}\`

> Hint: if you get \`401 Unauthorized\`, your key is not active yet (it takes up to 2 hours).
`,
  ),

  eduDoc(
    'edu-hpc-cluster-access-notes',
    ['prose', 'command-line'],
    'wiki/cluster-access.md',
    (k) => `# Using the department GPU cluster (Slurm)

Accounts are per research group. For the Deep Learning course (Winter term) we use the course account.

\`\`\`
ssh dl-course@login.hpc.example.edu
\`\`\`

SSH host key fingerprint: \`${k.n('SHA256:' + k.g.base64(43))}\`

Password: \`${k.hpw()}\` (changed every term — please do not share outside the course)

From off campus you need the VPN first:

\`\`\`
sudo openconnect --user=${V.name(k.g)} --passwd-on-stdin vpn.example.edu <<< '${k.pw()}'
\`\`\`

## Jupyter on a compute node

\`\`\`
srun --partition=gpu --gres=gpu:1 --time=02:00:00 --pty bash
jupyter lab --no-browser --port=8890 --NotebookApp.token='${k.hex(48)}'
\`\`\`

Then tunnel: \`ssh -N -L 8890:gpu07:8890 dl-course@login.hpc.example.edu\`.
`,
  ),

  eduDoc(
    'edu-slurm-job-wandb',
    ['code', 'command-line'],
    'jobs/train_resnet.sbatch',
    (k) => `#!/bin/bash
#SBATCH --job-name=resnet50-cifar
#SBATCH --partition=gpu
#SBATCH --gres=gpu:a100:1
#SBATCH --cpus-per-task=8
#SBATCH --mem=32G
#SBATCH --time=12:00:00
#SBATCH --output=logs/%x-%j.out
#SBATCH --mail-user=${V.name(k.g)}@student.example.edu

module load cuda/12.1 python/3.11
source ~/venvs/dl/bin/activate

export WANDB_API_KEY=${k.hex(40)}
export HF_TOKEN=${k.prov('Hugging Face', V.hf(k.g))}
export WANDB_PROJECT=cifar-baselines

srun python train.py --model resnet50 --epochs 200 --batch-size 256 --lr 0.1
`,
  ),

  eduDoc(
    'edu-hpc-ssh-config-key',
    ['credential-file'],
    'dotfiles/ssh/id_ed25519_hpc',
    (k) => `${k.key(V.openssh(k.g))}
`,
  ),

  eduDoc(
    'edu-gradescope-run-autograder',
    ['code', 'config-syntax'],
    'autograder/run_autograder',
    (k) => `#!/usr/bin/env bash
# Gradescope entrypoint. Copies the submission next to the tests and writes results.json.
cp /autograder/submission/*.py /autograder/source/
cd /autograder/source

# The grading DB: tests run SQL against a fresh schema per submission
export DB_HOST=127.0.0.1
export DB_USER=autograder
export DB_PASSWORD=${k.gpw()}
service mysql start
mysql -u root -p"${k.gpw()}" < schema.sql

# post scores to the course dashboard too
curl -s -X POST https://dash.cse340.example.edu/api/scores \\
  -H "Authorization: Bearer ${k.http(k.g.alnum(40))}" \\
  -H "Content-Type: application/json" \\
  --data @/autograder/results/results.json

python3 run_tests.py > /autograder/results/results.json
`,
  ),

  eduDoc(
    'edu-github-classroom-workflow',
    ['config-syntax', 'precision'],
    '.github/workflows/classroom.yml',
    (k) => `name: Autograding Tests
'on':
- push
- repository_dispatch
permissions:
  checks: write
  actions: read
  contents: read
jobs:
  run-autograding-tests:
    runs-on: ubuntu-latest
    if: github.actor != 'github-classroom[bot]'
    services:
      mysql:
        image: mysql:8
        env:
          MYSQL_ROOT_PASSWORD: ${k.hpw()}
          MYSQL_DATABASE: hw5
        ports:
        - 3306:3306
    steps:
    - name: Checkout code
      uses: actions/checkout@v4
    - name: test-1
      id: test-1
      uses: classroom-resources/autograding-command-grader@v1
      with:
        test-name: test-1
        setup-command: pip install -r requirements.txt
        command: pytest tests/test_basic.py
        timeout: 10
        max-score: 10
      env:
        TEST_DB_PASSWORD: ${k.n('${{ secrets.TEST_DB_PASSWORD }}')}
        OPENAI_API_KEY: ${k.n('${{ secrets.OPENAI_API_KEY }}')}
    - name: Autograding Reporter
      uses: classroom-resources/autograding-grading-reporter@v1
      env:
        TEST-1_RESULTS: "\${{steps.test-1.outputs.result}}"
      with:
        runners: test-1
`,
  ),

  eduDoc(
    'edu-ta-grading-script-canvas',
    ['code'],
    'ta-tools/upload_grades.py',
    (k) => `#!/usr/bin/env python3
"""Uploads grades from grades.csv to Canvas. Usage: python upload_grades.py HW3"""
import csv
import sys

from canvasapi import Canvas

API_URL = "https://canvas.example.edu"
API_KEY = "${k.prov('Canvas token', V.canvasToken(k.g))}"  # my TA token, expires end of term
COURSE_ID = ${k.n('84213')}

canvas = Canvas(API_URL, API_KEY)
course = canvas.get_course(COURSE_ID)
assignment = next(a for a in course.get_assignments() if a.name == sys.argv[1])

with open('grades.csv') as f:
    for row in csv.DictReader(f):
        sub = assignment.get_submission(int(row['canvas_id']))
        sub.edit(submission={'posted_grade': row['score']})
        print('graded', row['sis_id'])
`,
  ),

  eduDoc(
    'edu-ta-moss-submit',
    ['code', 'command-line'],
    'ta-tools/check_plagiarism.sh',
    (k) => `#!/bin/bash
# Runs MOSS on every submission of an assignment. MOSS user id is in the script (moss.pl needs it).
ASSIGN=$1
sed -i "s/^\\$userid=.*/\\$userid=${k.s('token', k.g.digits(9))};/" moss.pl
perl moss.pl -l java -d submissions/$ASSIGN/*/*.java -b starter/$ASSIGN/*.java > moss-$ASSIGN.txt
tail -1 moss-$ASSIGN.txt

# JPlag as a second opinion
java -jar jplag.jar -l java -bc starter/$ASSIGN submissions/$ASSIGN -r results/$ASSIGN
`,
  ),

  eduDoc(
    'edu-nbgrader-config',
    ['config-syntax', 'code'],
    'nbgrader_config.py',
    (k) => `c = get_config()

c.CourseDirectory.course_id = "ds210-fall"
c.CourseDirectory.root = "/home/instructor/ds210"
c.Exchange.root = "/srv/nbgrader/exchange"
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\\nraise NotImplementedError()"}

# the database of grades (postgres on the JupyterHub VM)
c.CourseDirectory.db_url = "postgresql://nbgrader:${k.cs()}@localhost:5432/nbgrader"

# JupyterHub API token of the formgrader service
c.JupyterHubAuthPlugin.hub_api_token = "${k.hex(32)}"
`,
  ),

  eduDoc(
    'edu-jupyterhub-config',
    ['config-syntax'],
    'jupyterhub_config.py',
    (k) => `# JupyterHub for the intro data science course
c.JupyterHub.authenticator_class = 'ltiauthenticator.lti13.authenticator.LTI13Authenticator'
c.LTI13Authenticator.issuer = 'https://canvas.instructure.com'
c.LTI13Authenticator.client_id = ['${k.n(k.g.digits(17))}']
c.LTI13Authenticator.authorize_url = 'https://canvas.example.edu/api/lti/authorize_redirect'

c.JupyterHub.services = [
    {'name': 'nbgrader-formgrader', 'api_token': '${k.hex(64)}', 'url': 'http://127.0.0.1:9999'},
    {'name': 'idle-culler', 'command': ['python3', '-m', 'jupyterhub_idle_culler', '--timeout=3600']},
]
c.JupyterHub.cookie_secret = bytes.fromhex('${k.hex(64)}')
c.ConfigurableHTTPProxy.auth_token = '${k.hex(32)}'
c.Authenticator.admin_users = {'instructor', 'ta1', 'ta2'}
`,
  ),

  eduDoc(
    'edu-lti-tool-config',
    ['config-syntax', 'code'],
    'lti-quiz-tool/config/lti.json',
    (k) => `{
  "https://canvas.instructure.com": {
    "client_id": "${k.n(k.g.digits(17))}",
    "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
    "auth_token_url": "https://sso.canvaslms.com/login/oauth2/token",
    "key_set_url": "https://sso.canvaslms.com/api/lti/security/jwks",
    "private_key_file": "/private.key",
    "deployment": ["${k.n(`${k.g.digits(3)}:${k.g.hex(40)}`)}"]
  },
  "lti11": {
    "consumer_key": "${k.n('quiz-tool-' + k.g.lower(6))}",
    "shared_secret": "${k.tok()}"
  }
}
`,
  ),

  eduDoc(
    'edu-lti-private-key',
    ['credential-file'],
    'lti-quiz-tool/private.key',
    (k) => `${k.key(V.pemRsa(k.g, 'PRIVATE KEY'))}
`,
  ),

  eduDoc(
    'edu-blackboard-building-block',
    ['config-syntax'],
    'bb-integration/settings.ini',
    (k) => `[blackboard]
host = https://learn.example.ac.uk
application_key = ${k.n(k.g.uuid())}
secret = ${k.s('token', k.g.alnum(32))}

[lti]
consumer_key = attendance-tool
consumer_secret = ${k.tok()}

[smtp]
user = attendance@example.ac.uk
password = ${k.hpw()}
`,
  ),

  eduDoc(
    'edu-google-classroom-service-account',
    ['credential-file'],
    'classroom-sync/service-account.json',
    (k) => `{
  "type": "service_account",
  "project_id": "classroom-sync-${k.g.digits(6)}",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(V.pemRsa(k.g, 'PRIVATE KEY').replace(/\n/g, '\\n'))}\\n",
  "client_email": "classroom-sync@classroom-sync-${k.g.digits(6)}.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
`,
  ),

  eduDoc(
    'edu-google-classroom-apps-script',
    ['code'],
    'apps-script/Code.gs',
    (k) => `// Posts a reminder to every class in Google Classroom and mirrors it to the school Telegram channel.
const TELEGRAM_TOKEN = '${k.prov('Telegram bot token', V.telegramBot(k.g))}';
const CHANNEL = '@${k.g.lower(8)}_school';

function remindAll() {
  const courses = Classroom.Courses.list({ teacherId: 'me' }).courses || [];
  courses.forEach((c) => {
    Classroom.Courses.Announcements.create({ text: 'Reminder: homework due Friday 23:59' }, c.id);
  });
  UrlFetchApp.fetch('https://api.telegram.org/bot' + TELEGRAM_TOKEN + '/sendMessage?chat_id=' + CHANNEL + '&text=Homework%20due%20Friday');
}
`,
  ),

  eduDoc(
    'edu-domjudge-config',
    ['config-syntax', 'command-line'],
    'contest/judgehost-restapi.secret',
    (k) => `# Format: '<ID> <API url> <user> <password>'
default	http://domjudge.local/domjudge/api	judgehost	${k.gpw()}
backup	http://10.1.1.5/domjudge/api	judgehost	${k.gpw()}
`,
  ),

  eduDoc(
    'edu-icpc-contest-readme',
    ['prose', 'command-line', 'precision'],
    'regional-2025/README.md',
    (k) => `# Regional programming contest 2025 — infra

DOMjudge runs on \`judge.contest.example.org\`. Admin: \`admin\` / \`${k.gpw()}\` (the initial password from \`initial_admin_password.secret\`).

Team accounts are generated: \`team001\`…\`team120\`, passwords printed on the team sheets (see \`teams.tsv\`, NOT in git).

Judgehosts:

\`\`\`
docker run -d --privileged -e DOMSERVER_BASEURL=http://judge.contest.example.org/ \\
  -e JUDGEDAEMON_PASSWORD=${k.gpw()} --name judgehost-0 domjudge/judgehost:8.3.0
\`\`\`

Problem package checksums (sha256):

- A-arrays.zip \`${k.n(V.sha256(k.g))}\`
- B-bridges.zip \`${k.n(V.sha256(k.g))}\`

MySQL root: see \`dbpasswords.secret\` on the server (\`${k.n('<redacted>')}\`).
`,
  ),

  eduDoc(
    'edu-codeforces-api-client',
    ['code'],
    'cf-tracker/tracker.py',
    (k) => `import hashlib
import random
import time

import requests

# Codeforces API key for the uni training group standings bot
KEY = "${k.u(k.g.hex(40))}"
SECRET = "${k.hex(40)}"


def signed(method, **params):
    params.update(apiKey=KEY, time=int(time.time()))
    rnd = f"{random.randint(0, 999999):06d}"
    q = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    sig = hashlib.sha512(f"{rnd}/{method}?{q}#{SECRET}".encode()).hexdigest()
    return requests.get(f"https://codeforces.com/api/{method}?{q}&apiSig={rnd}{sig}").json()
`,
  ),
];
