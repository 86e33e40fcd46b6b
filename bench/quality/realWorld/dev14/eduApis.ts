// API-mashup coursework: the free-tier keys students collect for data-science and bootcamp projects (weather,
// finance, movies, music, maps, video calls), in notebooks, Streamlit secrets, Flutter constants and deploy logs.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_API_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-python-api-mashup-keys',
    ['code', 'defaults-in-code'],
    'keys.py',
    (k) => `# API keys for the "City Dashboard" project (INFO 201). keys.py is in .gitignore... right?
ALPHA_VANTAGE_KEY = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}"
NASA_API_KEY = "${k.s('token', k.g.alnum(40))}"
YELP_API_KEY = "${k.s('token', k.g.base64url(128))}"
GENIUS_ACCESS_TOKEN = "${k.s('token', k.g.base64url(64))}"
OMDB_API_KEY = "${k.s('token', k.g.hex(8))}"
NEWS_API_KEY = "${k.hex(32)}"
MAPBOX_PUBLIC_TOKEN = "${k.n('pk.eyJ1Ijoi' + k.g.base64url(40) + '.' + k.g.base64url(22))}"
DEFAULT_CITY = "Seattle"
`,
  ),

  eduDoc(
    'edu-streamlit-secrets-toml',
    ['config-syntax'],
    '.streamlit/secrets.toml',
    (k) => `# Streamlit Community Cloud secrets (copied here so the team can run locally)
OPENAI_API_KEY = "${k.prov('OpenAI', V.openai(k.g))}"

[connections.postgresql]
dialect = "postgresql"
host = "ep-${k.g.lower(6)}-${k.g.lower(6)}.us-east-2.aws.neon.tech"
port = "5432"
database = "dashboard"
username = "dashboard_owner"
password = "${k.s('password', k.g.alnum(12))}"

[passwords]
# app login for the TAs
ta_grader = "${k.hpw()}"
`,
  ),

  eduDoc(
    'edu-jupyter-finance-keys',
    ['code', 'precision'],
    'notebooks/stock_prediction.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import yfinance as yf\\n",
    "from alpaca_trade_api import REST\\n",
    "ALPACA_KEY_ID = '${k.u('PK' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18))}'\\n",
    "ALPACA_SECRET = '${k.s('token', k.g.alnum(40))}'\\n",
    "api = REST(ALPACA_KEY_ID, ALPACA_SECRET, base_url='https://paper-api.alpaca.markets')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "model checkpoint saved: runs/${k.n(k.g.hex(12))}/best.pt (sha256 ${k.n(V.sha256(k.g))})\\n"
     ]
    }
   ],
   "source": [
    "train(model, epochs=50)"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  eduDoc(
    'edu-flutter-constants-dart',
    ['code'],
    'lib/core/constants.dart',
    (k) => `// Mobile Computing (CS 4330) - Flutter recipe app
class AppConstants {
  static const String baseUrl = 'https://api.spoonacular.com';
  static const String spoonacularKey = '${k.hex(32)}';
  static const String edamamAppId = '${k.n(k.g.hex(8))}';
  static const String edamamAppKey = '${k.hex(32)}';
  static const String unsplashAccessKey = '${k.s('token', k.g.base64url(43))}';
  static const String prefsTokenKey = '${k.n('user_token')}';
}
`,
  ),

  eduDoc(
    'edu-zoom-attendance-script',
    ['code'],
    'attendance/zoom_report.py',
    (k) => `"""Pulls the Zoom participant report after each lecture and marks attendance in the gradebook."""
import base64
import requests

ACCOUNT_ID = "${k.n(k.g.base64url(22))}"
CLIENT_ID = "${k.n(k.g.base64url(22))}"
CLIENT_SECRET = "${k.s('token', k.g.alnum(32))}"


def token():
    auth = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},
        headers={"Authorization": f"Basic {auth}"},
    )
    return r.json()["access_token"]
`,
  ),

  eduDoc(
    'edu-render-deploy-log',
    ['logs-and-output'],
    'logs/render-deploy.log',
    (k) => `==> Cloning from https://github.com/${V.name(k.g)}/bootcamp-capstone
==> Checking out commit ${k.n(V.gitSha(k.g))} in branch main
==> Using Node.js version 20.11.0 (default)
==> Running build command 'npm install && npm run build'...
added 412 packages, and audited 413 packages in 14s
==> Build successful 🎉
==> Deploying...
==> Running 'node dist/server.js'
[dotenv@16.4.5] injecting env (6) from .env
DEBUG env: { NODE_ENV: 'production', PORT: '10000', DATABASE_URL: 'postgresql://capstone_user:${k.cs()}@dpg-${k.g.lower(20)}-a/capstone_db', SESSION_SECRET: '${k.tok()}' }
Server listening on port 10000
==> Your service is live 🎉
`,
  ),

  eduDoc(
    'edu-canvas-developer-key-notes',
    ['prose', 'config-syntax'],
    'lti/README.md',
    (k) => `# LTI 1.1 quiz tool — install notes for Canvas admins

In Canvas: *Settings → Apps → View App Configurations → + App*, then choose **By URL**:

- Consumer Key: \`${k.n('quizzy-lti')}\`
- Shared Secret: \`${k.tok()}\`
- Config URL: \`https://quizzy.example.edu/lti/config.xml\`

For the staging Canvas (beta instance) use shared secret \`${k.tok()}\`.

The developer key for LTI 1.3 is \`${k.n(k.g.digits(17))}\` (client id, public).
`,
  ),

  eduDoc('edu-supabase-nextjs-env', ['config-syntax', 'precision'], '.env.local', (k) => {
    const b = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const head = b({ alg: 'HS256', typ: 'JWT' });
    const ref = k.g.lower(20);
    return `NEXT_PUBLIC_SUPABASE_URL=https://${ref}.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${k.n(`${head}.${b({ iss: 'supabase', ref, role: 'anon', iat: 1716000000, exp: 2031576000 })}.${k.g.base64url(43)}`)}
SUPABASE_SERVICE_ROLE_KEY=${k.s('token', `${head}.${b({ iss: 'supabase', ref, role: 'service_role', iat: 1716000000, exp: 2031576000 })}.${k.g.base64url(43)}`)}
NEXTAUTH_SECRET=${k.s('token', k.g.base64(44))}
NEXTAUTH_URL=http://localhost:3000
NEXT_PUBLIC_POSTHOG_KEY=${k.n('phc_' + k.g.alnum(43))}
`;
  }),

  eduDoc(
    'edu-r-spotifyr-twitter',
    ['code'],
    'R/get_data.R',
    (k) => `library(spotifyr)
library(rtweet)

# STAT 133 final project
Sys.setenv(SPOTIFY_CLIENT_ID = "${k.n(k.g.hex(32))}")
Sys.setenv(SPOTIFY_CLIENT_SECRET = "${k.hex(32)}")
access_token <- get_spotify_access_token()

auth <- rtweet_bot(
  api_key       = "${k.n(k.g.alnum(25))}",
  api_secret    = "${k.s('token', k.g.alnum(50))}",
  access_token  = "${k.s('token', `${k.g.digits(19)}-${k.g.alnum(30)}`)}",
  access_secret = "${k.s('token', k.g.alnum(45))}"
)
`,
  ),

  eduDoc(
    'edu-moodle-tokens-export',
    ['config-syntax', 'precision'],
    'moodle/webservice_tokens.csv',
    (k) => `service,user,token,valid_until,ip_restriction
moodle_mobile_app,${V.name(k.g)},${k.hex(32)},0,
attendance_sync,sync-bot,${k.hex(32)},1767225600,10.20.0.0/16
gradebook_export,${V.name(k.g)},${k.n('(hidden)')},0,
`,
  ),

  eduDoc(
    'edu-openai-course-proxy',
    ['code', 'http-auth'],
    'proxy/index.ts',
    (k) => `// Course proxy so students don't need their own OpenAI key: rate-limited per student id.
import express from 'express';

const app = express();
const COURSE_KEY = '${k.prov('OpenAI', V.openai(k.g))}';
const STUDENT_TOKENS = new Set(['${k.tok()}', '${k.tok()}']);

app.post('/v1/chat', express.json(), async (req, res) => {
  if (!STUDENT_TOKENS.has(String(req.header('x-student-token')))) return res.status(401).end();
  const r = await fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${COURSE_KEY}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify(req.body),
  });
  res.status(r.status).send(await r.text());
});

app.listen(8787);
`,
  ),

  eduDoc(
    'edu-curl-examples-homework',
    ['command-line', 'http-auth'],
    'hw6/requests.sh',
    (k) => `#!/bin/bash
# HW6: REST API testing - the commands I used (screenshot in the report)
curl -X POST http://localhost:3000/api/login -H 'Content-Type: application/json' \\
  -d '{"email":"test@test.com","password":"${k.hpw()}"}'

curl http://localhost:3000/api/courses -H "Authorization: Bearer ${k.jwt()}"

curl -u ${V.name(k.g)}:${k.hpw()} https://webtech.cs.example.edu/api/g5/grades

curl "https://api.themoviedb.org/3/movie/550?api_key=${k.http(k.g.hex(32))}"
`,
  ),
];
