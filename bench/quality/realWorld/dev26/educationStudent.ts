// Students' coursework and capstone repositories: .env files committed by mistake, keys hard-coded in homework
// in Python, Java, C#, PHP and JavaScript, notebooks, and the course templates with placeholders beside them.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_STUDENT_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-capstone-dotenv',
    ['config-syntax', 'precision'],
    'capstone-team7-campus-eats/.env',
    (k) => `# team 7 - campus eats (DO NOT COMMIT - oops)
PORT=5000
MONGODB_URI=mongodb+srv://${ED.mongoUser(k.g)}:${k.cs()}@cluster0.${k.g.lower(5)}.mongodb.net/campuseats?retryWrites=true&w=majority
JWT_SECRET=${k.tok()}
STRIPE_SECRET_KEY=${k.prov('Stripe test secret key', ED.stripeTest(k.g))}
STRIPE_PUBLISHABLE_KEY=${k.n(ED.stripePk(k.g))}
GOOGLE_MAPS_API_KEY=${k.n(ED.googleApiKey(k.g))}
OPENAI_API_KEY=${k.prov('OpenAI API key', ED.openai(k.g))}
EMAIL_USER=campuseats.team7@gmail.com
EMAIL_PASS=${k.s('password', k.g.lower(16))}
`,
  ),

  eduDoc(
    'edu-capstone-env-example',
    ['config-syntax', 'precision'],
    'capstone-team7-campus-eats/.env.example',
    (k) => `PORT=5000
MONGODB_URI=${k.n('mongodb+srv://<user>:<password>@cluster0.xxxxx.mongodb.net/campuseats')}
JWT_SECRET=${k.n('your_jwt_secret_here')}
STRIPE_SECRET_KEY=${k.n('sk_test_...')}
GOOGLE_MAPS_API_KEY=${k.n('YOUR_GOOGLE_MAPS_KEY')}
OPENAI_API_KEY=${k.n('<your-openai-key>')}
EMAIL_USER=${k.n('you@example.com')}
EMAIL_PASS=${k.n('app-password')}
`,
  ),

  eduDoc(
    'edu-homework-python-weather',
    ['code', 'defaults-in-code', 'precision'],
    'cs101/hw5/weather_app.py',
    (k) => `# CS101 Homework 5 - Weather dashboard
# Name: ${ED.first(k.g)} Example   Student ID: ${k.n(ED.studentId(k.g))}
import requests

API_KEY = "${k.s('token', k.g.hex(32))}"  # openweathermap key, prof said it's fine for the homework
CITY = "Helsinki"


def get_weather(city):
    url = f"https://api.openweathermap.org/data/2.5/weather?q={city}&appid={API_KEY}&units=metric"
    return requests.get(url).json()


def main():
    data = get_weather(CITY)
    print(f"{CITY}: {data['main']['temp']} C, {data['weather'][0]['description']}")


if __name__ == "__main__":
    main()
`,
  ),

  eduDoc(
    'edu-homework-java-jdbc',
    ['code', 'defaults-in-code', 'precision'],
    'db-course/lab3/src/LibraryDao.java',
    (k) => `import java.sql.*;

// Lab 3 - Databases (${ED.course(k.g)}). Connects to the course's shared MySQL server.
public class LibraryDao {
    private static final String URL = "jdbc:mysql://dbcourse.cs.example.edu:3306/s${k.g.digits(7)}_library";
    private static final String USER = "s${k.g.digits(7)}";
    private static final String PASSWORD = "${k.spw()}";

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    public static void main(String[] args) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT isbn, title FROM books WHERE isbn = '${ED.isbn(k.g)}'");
            while (rs.next()) System.out.println(rs.getString(1) + " " + rs.getString(2));
        }
    }
}
`,
  ),

  eduDoc(
    'edu-homework-csharp-discord-bot',
    ['code', 'defaults-in-code'],
    'gamedev-club/StudyBot/Program.cs',
    (k) => `using Discord;
using Discord.WebSocket;

// Study group bot for the game dev club server
class Program
{
    private const string BotToken = "${k.prov('Discord bot token', ED.discordBot(k.g))}";
    private const string AnnounceWebhook = "${k.prov('Discord webhook', ED.discordHook(k.g))}";
    private const ulong GuildId = ${k.n(k.g.digits(18))};

    static async Task Main()
    {
        var client = new DiscordSocketClient();
        await client.LoginAsync(TokenType.Bot, BotToken);
        await client.StartAsync();
        await Task.Delay(-1);
    }
}
`,
  ),

  eduDoc(
    'edu-homework-php-login',
    ['code', 'defaults-in-code', 'precision'],
    'webdev-2/project/includes/db.php',
    (k) => `<?php
// Web Development 2 - group project "Study Room Booking"
$servername = "localhost";
$username = "root";
$password = "${k.spw()}";
$dbname = "studyrooms";

$conn = new mysqli($servername, $username, $password, $dbname);
if ($conn->connect_error) {
    die("Connection failed: " . $conn->connect_error);
}

// admin login for the demo (password stored hashed in the users table)
// admin hash: ${k.n(ED.bcrypt(k.g))}
define('RECAPTCHA_SITE_KEY', '${k.n(`6L${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38)}`)}');
define('RECAPTCHA_SECRET', '${k.s('token', `6L${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38)}`)}');
?>
`,
  ),

  eduDoc(
    'edu-capstone-firebase-js',
    ['code', 'precision'],
    'capstone-attendance-app/src/firebase.js',
    (k) => `import { initializeApp } from 'firebase/app';
import { getFirestore } from 'firebase/firestore';

// Firebase web config is public by design (it ships to every browser)
const firebaseConfig = {
  apiKey: '${k.n(ED.firebaseKey(k.g))}',
  authDomain: 'attendance-capstone.firebaseapp.com',
  projectId: 'attendance-capstone',
  storageBucket: 'attendance-capstone.appspot.com',
  messagingSenderId: '${k.n(k.g.digits(12))}',
  appId: '${k.n(`1:${k.g.digits(12)}:web:${k.g.hex(22)}`)}',
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);

// TODO move to Cloud Functions - the admin SDK key must not be in the client!
export const SENDGRID_KEY = '${k.prov('SendGrid API key', ED.sendgrid(k.g))}';
`,
  ),

  eduDoc(
    'edu-student-notebook-ipynb',
    ['code', 'logs-and-output', 'precision'],
    'ml-course/project/final_project.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Final project: predicting course drop-out\\n", "Student: ${k.n(ED.studentId(k.g))}"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "os.environ[\\"HF_TOKEN\\"] = \\"${k.prov('Hugging Face token', ED.hf(k.g))}\\"\\n",
    "os.environ[\\"KAGGLE_KEY\\"] = \\"${k.s('token', k.g.hex(32))}\\"\\n",
    "os.environ[\\"KAGGLE_USERNAME\\"] = \\"student${k.g.digits(4)}\\""
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["dataset sha256 ${k.n(ED.sha256(k.g))}\\n"]}],
   "source": ["!sha256sum data/oulad.zip"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  eduDoc(
    'edu-student-ai-tutor-ts',
    ['code', 'defaults-in-code', 'precision'],
    'hackathon-ai-tutor/src/config.ts',
    (k) => `// Hackathon "AI tutor" - 24h build, clean up later
export const config = {
  anthropicKey: process.env.ANTHROPIC_API_KEY || '${k.prov('Anthropic API key', ED.anthropic(k.g))}',
  openaiKey: process.env.OPENAI_API_KEY,
  supabaseUrl: 'https://${k.g.lower(20)}.supabase.co',
  supabaseServiceRole: '${k.s('token', ED.jwtHs(k.g))}',
  telegramBot: '${k.prov('Telegram bot token', ED.telegramBot(k.g))}',
  courseCodes: ['${k.n(ED.course(k.g))}', '${k.n(ED.course(k.g))}'],
  sessionId: '${k.n(k.g.uuid())}',
};
`,
  ),

  eduDoc(
    'edu-student-git-log-leak',
    ['command-line', 'logs-and-output', 'precision'],
    'notes/incident-student-repo.txt',
    (k) => `$ git log -p -1 ${k.n(ED.gitSha(k.g).slice(0, 7))}
commit ${k.n(ED.gitSha(k.g))}
Author: ${ED.first(k.g)} Example <${ED.studentId(k.g).toLowerCase()}@students.example.edu>
Date:   Wed Feb 4 23:41:09 2026 +0100

    remove secrets

diff --git a/config/settings.py b/config/settings.py
--- a/config/settings.py
+++ b/config/settings.py
@@ -12,7 +12,7 @@
-SECRET_KEY = '${k.s('token', `django-insecure-${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50)}`)}'
+SECRET_KEY = ${k.n("os.environ['DJANGO_SECRET_KEY']")}
-EMAIL_HOST_PASSWORD = '${k.s('password', k.g.lower(16))}'
+EMAIL_HOST_PASSWORD = ${k.n("os.environ.get('EMAIL_HOST_PASSWORD', '')")}

(TA note: the old values are still in history; student told to rotate the Gmail app password.)
`,
  ),

  eduDoc(
    'edu-course-starter-appsettings',
    ['config-syntax', 'precision'],
    'se-course/starter/appsettings.Development.json',
    (k) => `{
  "ConnectionStrings": {
    "DefaultConnection": "Server=(localdb)\\\\mssqllocaldb;Database=StudentPortal;Trusted_Connection=True;",
    "Azure": "Server=tcp:se-course-${k.g.digits(3)}.database.windows.net,1433;Initial Catalog=portal;User ID=teamadmin;Password=${k.cs()};Encrypt=True;"
  },
  "Jwt": {
    "Key": "${k.s('token', k.g.alnum(48))}",
    "Issuer": "StudentPortal",
    "Audience": "${k.n('StudentPortalUsers')}"
  },
  "AzureAd": {
    "TenantId": "${k.n(k.g.uuid())}",
    "ClientId": "${k.n(k.g.uuid())}",
    "ClientSecret": "${k.prov('Azure AD client secret', ED.azureSecret(k.g))}"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
`,
  ),

  eduDoc(
    'edu-r-course-script',
    ['code', 'defaults-in-code', 'precision'],
    'stats-course/week08/survey_analysis.R',
    (k) => `# Week 8 - survey analysis (STAT 2040)
library(DBI)
library(RPostgres)
library(qualtRics)

qualtrics_api_credentials(api_key = "${k.s('token', k.g.alnum(40))}",
                          base_url = "example.eu.qualtrics.com")

con <- dbConnect(RPostgres::Postgres(), host = "teaching-db.stats.example.edu", dbname = "stat2040",
                 user = "stat2040_ro", password = "${k.spw()}")

surveys <- all_surveys()
df <- fetch_survey(surveyID = "${k.n(`SV_${k.g.alnum(15)}`)}", verbose = TRUE)
# respondent ids look like ${k.n(`R_${k.g.alnum(15)}`)} - anonymous, not secret
summary(df)
`,
  ),
];
