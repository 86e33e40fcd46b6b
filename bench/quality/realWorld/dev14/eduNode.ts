// Node/Express bootcamp apps, React front ends, Discord and Telegram bots for class servers, hackathon projects.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_NODE_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-express-server-mongo',
    ['code', 'defaults-in-code'],
    'server.js',
    (k) => `const express = require('express');
const mongoose = require('mongoose');
const session = require('express-session');
require('dotenv').config();

const app = express();
app.use(express.json());

// TODO move to .env before demo day
mongoose.connect('mongodb+srv://${V.name(k.g)}:${k.cs()}@${V.mongoAtlasHost(k.g)}/yelpcamp?retryWrites=true&w=majority')
  .then(() => console.log('Mongo connected'))
  .catch((err) => console.error(err));

app.use(session({
  secret: '${k.hpw()}',
  resave: false,
  saveUninitialized: true,
}));

app.use('/api/campgrounds', require('./routes/campgrounds'));
app.listen(${k.n('process.env.PORT')} || 3000, () => console.log('Serving on port 3000'));
`,
  ),

  eduDoc(
    'edu-express-dotenv',
    ['config-syntax'],
    'backend/.env',
    (k) => `PORT=5000
NODE_ENV=development
MONGO_URI=mongodb+srv://admin:${k.cs()}@${V.mongoAtlasHost(k.g)}/mern-shop?retryWrites=true&w=majority
JWT_SECRET=${k.hpw()}
JWT_EXPIRE=30d
CLOUDINARY_CLOUD_NAME=dq${k.g.lower(6)}
CLOUDINARY_API_KEY=${k.n(k.g.digits(15))}
CLOUDINARY_API_SECRET=${k.s('token', k.g.base64url(27))}
STRIPE_SECRET_KEY=${k.prov('Stripe', V.stripeTest(k.g))}
STRIPE_PUBLISHABLE_KEY=${k.n(V.stripePub(k.g))}
GOOGLE_CLIENT_ID=${k.n(V.oauthClient(k.g))}
`,
  ),

  eduDoc(
    'edu-express-auth-middleware',
    ['code', 'precision'],
    'middleware/auth.js',
    (k) => `const jwt = require('jsonwebtoken');

// falls back to a dev secret so the bootcamp starter runs without a .env
const JWT_SECRET = process.env.JWT_SECRET || '${k.tok()}';
const TOKEN_HEADER = '${k.n('x-auth-token')}';

module.exports = function (req, res, next) {
  const token = req.header(TOKEN_HEADER) || (req.headers.authorization || '').replace('Bearer ', '');
  if (!token) return res.status(401).json({ msg: 'No token, authorization denied' });
  try {
    req.user = jwt.verify(token, JWT_SECRET).user;
    next();
  } catch (err) {
    res.status(401).json({ msg: '${k.n('Token is not valid')}' });
  }
};
`,
  ),

  eduDoc(
    'edu-express-nodemailer',
    ['code'],
    'utils/sendEmail.js',
    (k) => `const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({
  service: 'gmail',
  auth: {
    user: 'team.sprint3.bootcamp@gmail.com',
    pass: '${k.s('password', `${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)}`)}',
  },
});

module.exports = async (to, subject, html) => {
  await transporter.sendMail({ from: '"Sprint 3 Team" <team.sprint3.bootcamp@gmail.com>', to, subject, html });
};
`,
  ),

  eduDoc(
    'edu-react-firebase-config',
    ['code', 'precision'],
    'src/firebase.js',
    (k) => `import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';

// web config is public by design, the security rules protect the data
const firebaseConfig = {
  apiKey: '${k.n(V.firebaseWeb(k.g))}',
  authDomain: 'class-chat-${k.g.lower(4)}.firebaseapp.com',
  projectId: 'class-chat-${k.g.lower(4)}',
  storageBucket: 'class-chat.appspot.com',
  messagingSenderId: '${k.n(k.g.digits(12))}',
  appId: '${k.n(`1:${k.g.digits(12)}:web:${k.g.hex(22)}`)}',
  measurementId: '${k.n('G-' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}',
};

const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
`,
  ),

  eduDoc(
    'edu-react-env-local-keys',
    ['config-syntax'],
    'frontend/.env.local',
    (k) => `REACT_APP_API_URL=http://localhost:5000/api
REACT_APP_TMDB_API_KEY=${k.hex(32)}
REACT_APP_YOUTUBE_KEY=${k.prov('Google API key', V.googleKey(k.g))}
VITE_OPENAI_KEY=${k.prov('OpenAI', V.openai(k.g))}
VITE_SUPABASE_URL=https://${k.g.lower(20)}.supabase.co
`,
  ),

  eduDoc(
    'edu-discord-bot-config-json',
    ['config-syntax'],
    'classbot/config.json',
    (k) => `{
  "token": "${k.prov('Discord bot token', V.discordBot(k.g))}",
  "clientId": "${k.n(k.g.digits(19))}",
  "guildId": "${k.n(k.g.digits(19))}",
  "prefix": "!",
  "roles": {
    "ta": "${k.n(k.g.digits(19))}",
    "student": "${k.n(k.g.digits(19))}"
  },
  "officeHoursChannel": "${k.n(k.g.digits(19))}"
}
`,
  ),

  eduDoc(
    'edu-discord-bot-python',
    ['code'],
    'bot/main.py',
    (k) => `import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix='!', intents=intents)

# CS club bot - posts deadlines from the course calendar
GRADES_WEBHOOK = '${k.prov('Discord webhook', V.discordHook(k.g))}'


@bot.command()
async def deadline(ctx, course: str):
    await ctx.send(f'Next deadline for {course}: see the calendar pinned in #announcements')


bot.run('${k.prov('Discord bot token', V.discordBot(k.g))}')
`,
  ),

  eduDoc(
    'edu-telegram-bot-schedule',
    ['code'],
    'telegram_bot/bot.py',
    (k) => `# -*- coding: utf-8 -*-
# Бот расписания для группы ИВТ-21: присылает пары на завтра
import telebot
import requests

TOKEN = '${k.prov('Telegram bot token', V.telegramBot(k.g))}'
ADMIN_CHAT_ID = ${k.n('-100' + k.g.digits(10))}
SCHEDULE_API = 'https://ruz.example.ru/api/schedule/group/${k.g.digits(4)}'

bot = telebot.TeleBot(TOKEN)


@bot.message_handler(commands=['tomorrow'])
def tomorrow(message):
    r = requests.get(SCHEDULE_API, timeout=10).json()
    bot.reply_to(message, '\\n'.join(f"{p['time']} {p['subject']} ({p['room']})" for p in r['lessons']))


bot.infinity_polling()
`,
  ),

  eduDoc(
    'edu-telegram-bot-env-precision',
    ['config-syntax', 'precision'],
    'quizbot/.env.sample',
    (k) => `# copy to .env and fill in
BOT_TOKEN=${k.n('123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ')}
ADMIN_IDS=${k.n(k.g.digits(9))},${k.n(k.g.digits(9))}
DATABASE_URL=postgres://quiz:${k.n('password')}@localhost:5432/quiz
OPENAI_API_KEY=${k.n('sk-...')}
`,
  ),

  eduDoc(
    'edu-slack-bot-hackathon',
    ['code', 'config-syntax'],
    'hackmit-standup-bot/app.yaml',
    (k) => `# deployed on App Engine during HackMIT, don't judge
runtime: python311
entrypoint: gunicorn -b :$PORT main:app
env_variables:
  SLACK_BOT_TOKEN: "${k.prov('Slack bot token', V.slackBot(k.g))}"
  SLACK_SIGNING_SECRET: "${k.hex(32)}"
  SLACK_WEBHOOK: "${k.prov('Slack webhook', V.slackHook(k.g))}"
  GEMINI_API_KEY: "${k.prov('Google API key', V.googleKey(k.g))}"
  TEAM_NAME: "standup-sloths"
`,
  ),

  eduDoc(
    'edu-hackathon-devpost-readme',
    ['prose', 'precision'],
    'README.md',
    (k) => `# 🌱 GreenRoute — HackTheNorth 2025

Carbon-aware route planner. Built in 36 hours by 4 sleep-deprived students.

## Try it

Live demo: https://greenroute-htn.vercel.app
Judges login: \`judge@htn.dev\` / \`${k.hpw()}\`

## Run locally

\`\`\`bash
git clone https://github.com/${V.name(k.g)}/greenroute
cd greenroute && npm i
cp .env.example .env   # then set MAPBOX_TOKEN=${k.ph()}
npm run dev
\`\`\`

## Tech

Next.js, Mapbox, Supabase, Twilio for SMS alerts (trial account SID \`${k.n(V.twilioSid(k.g))}\`, auth token \`${k.hex(32)}\`).

Commit that won "Best Hack for Climate": \`${k.n(V.gitSha(k.g))}\`
`,
  ),

  eduDoc(
    'edu-node-mysql-pool',
    ['code'],
    'db/pool.js',
    (k) => `const mysql = require('mysql2');

// FreeCodeCamp-style REST API for the Web Dev II final
const pool = mysql.createPool({
  host: 'localhost',
  user: 'root',
  password: '${k.hpw()}',
  database: 'employees',
  waitForConnections: true,
  connectionLimit: 10,
});

module.exports = pool.promise();
`,
  ),

  eduDoc(
    'edu-node-package-json-scripts',
    ['config-syntax', 'command-line'],
    'package.json',
    (k) => `{
  "name": "attendance-tracker",
  "version": "0.3.0",
  "private": true,
  "scripts": {
    "dev": "nodemon index.js",
    "seed": "node scripts/seed.js --admin-email admin@school.test --admin-password ${k.hpw()}",
    "db:dump": "mysqldump -u root -p${k.hpw()} attendance > backup.sql",
    "test": "jest"
  },
  "dependencies": {
    "bcryptjs": "^2.4.3",
    "express": "^4.19.2",
    "mysql2": "^3.9.7"
  }
}
`,
  ),

  eduDoc('edu-vue-axios-basic-auth', ['code', 'http-auth'], 'src/api/client.js', (k) => {
    const user = 'group5';
    const pass = k.g.pick([V.human, V.generated])(k.g);
    return `import axios from 'axios';

// course API on the department server uses basic auth per group
export const api = axios.create({
  baseURL: 'https://webtech.cs.example.edu/api/g5',
  headers: { Authorization: 'Basic ${k.http(V.b64(`${user}:${pass}`))}' },
});

export const weather = axios.create({
  baseURL: 'https://api.weatherapi.com/v1',
  params: { key: '${k.hex(30)}' },
});
`;
  }),
];
