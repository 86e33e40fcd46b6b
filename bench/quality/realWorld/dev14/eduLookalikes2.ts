// More hard negatives of coursework: nbgrader checksums, git logs, pinned requirement hashes, image digests,
// template env files for students, Kubernetes secret templates in cloud courses, LMS language strings.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_LOOKALIKE2_DOCS: RealWorldDoc[] = [
  eduDoc('edu-nbgrader-notebook-checksums', ['code', 'precision'], 'source/ps1/problem1.ipynb', (k) => {
    const c = (id: string, src: string, grade: boolean) => `  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {
    "deletable": false,
    "nbgrader": {
     "cell_type": "code",
     "checksum": "${k.n(V.md5(k.g))}",
     "grade": ${grade},
     "grade_id": "${id}",
     "locked": ${grade},
     "points": ${grade ? 2 : 0},
     "schema_version": 3,
     "solution": ${!grade}
    }
   },
   "outputs": [],
   "source": [${JSON.stringify(src)}]
  }`;
    return `{
 "cells": [
${[c('squares', 'def squares(n):\n    # YOUR CODE HERE\n    raise NotImplementedError()', false), c('correct_squares', 'assert squares(3) == [1, 4, 9]', true), c('sum_squares', 'def sum_squares(n):\n    # YOUR CODE HERE\n    raise NotImplementedError()', false), c('correct_sum_squares', 'assert sum_squares(4) == 30', true), c('hidden_tests', '### BEGIN HIDDEN TESTS\nassert sum_squares(10) == 385\n### END HIDDEN TESTS', true)].join(',\n')}
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 4
}
`;
  }),

  eduDoc('edu-git-log-course-repo', ['logs-and-output', 'precision'], 'notes/git-log.txt', (k) =>
    Array.from(
      { length: 8 },
      (_, i) => `commit ${k.n(V.gitSha(k.g))}
Author: ${V.name(k.g)} <${V.name(k.g)}@student.example.edu>
Date:   Mon Nov ${10 + i} 2${i}:14:0${i} 2025 +0100

    ${['fix login bug', 'remove .env from repo (oops)', 'add unit tests for part 2', 'rotate api key, now read from env', 'merge branch dev', 'final submission', 'update README', 'format code'][i]}
`,
    ).join('\n'),
  ),

  eduDoc(
    'edu-requirements-hashes',
    ['config-syntax', 'precision'],
    'requirements.txt',
    (k) => `# pinned with pip-compile --generate-hashes for the autograder image
numpy==1.26.4 \\
    --hash=sha256:${k.n(V.sha256(k.g))} \\
    --hash=sha256:${k.n(V.sha256(k.g))}
pandas==2.2.2 \\
    --hash=sha256:${k.n(V.sha256(k.g))}
pytest==8.2.0 \\
    --hash=sha256:${k.n(V.sha256(k.g))}
requests==2.32.3 \\
    --hash=sha256:${k.n(V.sha256(k.g))}
`,
  ),

  eduDoc(
    'edu-autograder-dockerfile-digests',
    ['config-syntax', 'precision'],
    'autograder/Dockerfile',
    (k) => `FROM gradescope/autograder-base:ubuntu-22.04@sha256:${k.n(V.sha256(k.g))}
ARG DB_PASSWORD
ENV PYTHONUNBUFFERED=1 \\
    DB_PASSWORD=${k.n('$DB_PASSWORD')} \\
    GRADER_TOKEN=${k.n('')}
COPY --from=python:3.12-slim@sha256:${k.n(V.sha256(k.g))} /usr/local /usr/local
COPY source /autograder/source
RUN bash /autograder/source/setup.sh
`,
  ),

  eduDoc(
    'edu-env-template-students',
    ['config-syntax', 'precision'],
    'template.env',
    (k) => `# Copy this file to .env and fill in YOUR values. Do not commit .env!
DB_HOST=localhost
DB_USER=${k.n('your_db_user')}
DB_PASSWORD=${k.n('your_db_password')}
SESSION_SECRET=${k.n('<generate with: openssl rand -hex 32>')}
OPENWEATHER_API_KEY=${k.n('<your key from openweathermap.org>')}
GITHUB_TOKEN=${k.n('ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}
SMTP_PASSWORD=${k.n('app-password-here')}
STUDENT_ID=${k.n('s1234567')}
`,
  ),

  eduDoc(
    'edu-k8s-secret-template-cloud-course',
    ['config-syntax', 'precision'],
    'k8s/secret.yaml',
    (k) => `# Cloud Native Apps (Lab 8). Replace the values with base64 of your own secrets:
#   echo -n 'mypassword' | base64
apiVersion: v1
kind: Secret
metadata:
  name: todo-db
type: Opaque
data:
  username: ${k.n(V.b64('todo'))}
  password: ${k.n('<base64-of-your-password>')}
---
# my filled-in copy for minikube (forgot to remove before pushing)
apiVersion: v1
kind: Secret
metadata:
  name: todo-jwt
type: Opaque
stringData:
  JWT_SECRET: ${k.tok()}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: todo-api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/cloud-course/todo-api@sha256:${k.n(V.sha256(k.g))}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: todo-db
                  key: ${k.n('password')}
`,
  ),

  eduDoc(
    'edu-moodle-lang-strings',
    ['code', 'precision'],
    'local/examtools/lang/de/local_examtools.php',
    (k) => `<?php
$string['pluginname'] = 'Prüfungswerkzeuge';
$string['password'] = '${k.n('Passwort')}';
$string['quizpassword'] = '${k.n('Quiz-Kennwort')}';
$string['quizpassword_help'] = '${k.n('Wenn ein Kennwort angegeben ist, muss es vor dem Versuch eingegeben werden.')}';
$string['sebconfigkey'] = '${k.n('Config-Key des Safe Exam Browsers')}';
$string['token'] = '${k.n('Token')}';
$string['tokenexpired'] = '${k.n('Das Token ist abgelaufen.')}';
$string['secretkey'] = '${k.n('Geheimer Schlüssel')}';
`,
  ),

  eduDoc(
    'edu-seb-config-keys',
    ['config-syntax', 'precision'],
    'exams/seb-settings.md',
    (k) => `# Safe Exam Browser settings for the CS1 final

- Config key (shown in Moodle, hash of the settings, not a secret): \`${k.n(V.sha256(k.g))}\`
- Browser exam key: \`${k.n(V.sha256(k.g))}\`
- Quit URL: \`https://elearn.school.example.org/seb-quit\`
- Quit password: ${k.n('(set per exam by the exams office)')}
- Admin password of the .seb file: \`${k.gpw()}\`
`,
  ),

  eduDoc(
    'edu-slurm-output-ids',
    ['logs-and-output', 'precision'],
    'logs/resnet50-cifar-4821377.out',
    (k) => `Job ID: 4821377
Node: gpu07
wandb: Currently logged in as: ${V.name(k.g)} (dl-course). Use \`wandb login --relogin\` to force relogin
wandb: Tracking run with wandb version 0.17.0
wandb: Run data is saved locally in /scratch/${V.name(k.g)}/wandb/run-20251112_141503-${k.n(k.g.lower(8))}
wandb: Syncing run resnet50-cifar
wandb: ⭐️ View project at https://wandb.ai/dl-course/cifar-baselines
Epoch 1/200 loss=2.031 acc=0.281
Epoch 2/200 loss=1.655 acc=0.402
checkpoint: ckpt/epoch2.pt md5=${k.n(V.md5(k.g))}
git: ${k.n(V.gitSha(k.g))}
`,
  ),

  eduDoc(
    'edu-oauth-lab-handout',
    ['prose', 'precision', 'http-auth'],
    'labs/lab09-oauth.md',
    (k) => `# Lab 9 — OAuth 2.0 with GitHub

Register an OAuth app on GitHub. You get a **Client ID** (public, e.g. \`${k.n('Iv1.' + k.g.hex(16))}\`) and a **Client secret**.
Put the secret in \`.env\` as \`GITHUB_CLIENT_SECRET=${k.n('...')}\`.

The authorization request looks like:

\`\`\`
GET https://github.com/login/oauth/authorize?client_id=${k.n(k.g.hex(20))}&state=${k.n(k.g.hex(16))}&scope=read:user
\`\`\`

Exchange the code (\`code=${k.n(k.g.hex(20))}\`) for a token, then call the API:

\`\`\`
curl -H "Authorization: token ${k.n('gho_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}" https://api.github.com/user
\`\`\`

My own test run (token already revoked, left here so you see the shape): \`${k.prov('GitHub', k.g.crc32Token('gho_', 30))}\`
`,
  ),

  eduDoc(
    'edu-spring-test-properties-h2',
    ['config-syntax', 'precision'],
    'src/test/resources/application-test.properties',
    (k) => `# in-memory DB for the tests, grader runs these
spring.datasource.url=jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1
spring.datasource.username=${k.n('sa')}
spring.datasource.password=${k.n('')}
spring.h2.console.enabled=true
app.jwt.secret=${k.n('${JWT_SECRET:test-secret-not-used-in-prod}')}
app.mail.password=${k.n('${MAIL_PASSWORD}')}
app.stripe.key=${k.n('sk_test_dummy')}
app.admin.password=${k.n('{noop}password')}
app.upload.max-size=${k.n('10MB')}
`,
  ),

  eduDoc(
    'edu-login-template-html',
    ['code', 'precision'],
    'templates/login.html',
    (k) => `{% extends "base.html" %}
{% block content %}
<form method="post" action="{{ url_for('auth.login') }}">
  <input type="hidden" name="csrf_token" value="${k.u(k.g.alnum(40) + '.' + k.g.base64url(27))}">
  <label for="password">${k.n('Password')}</label>
  <input id="password" name="${k.n('password')}" type="password" placeholder="${k.n('Enter your password')}" autocomplete="current-password">
  <input name="api_key" type="text" value="${k.n('{{ user.api_key }}')}" readonly>
  <img src="${k.n('data:image/png;base64,' + k.g.base64(120))}" alt="logo">
  <small>Forgot it? Your initial password was in the email from ${k.n('it-helpdesk@example.edu')}.</small>
  <button type="submit">Log in</button>
</form>
{% endblock %}
`,
  ),
];
