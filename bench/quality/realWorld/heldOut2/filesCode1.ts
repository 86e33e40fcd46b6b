// rw-held-out2 files part: source files in Python, JS/TS, Java, Kotlin and Go with credentials
// written where people write them (settings modules, class fields, constructor args, tests, notebooks).
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_CODE1_DOCS: RealWorldDoc[] = [
  fdoc(
    'django-settings-prod',
    ['code'],
    'mysite/settings/production.py',
    (k) => `"""Production settings for mysite. Imported by wsgi.py when DJANGO_ENV=production."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["mysite.example.org", "www.mysite.example.org"]

SECRET_KEY = "${k.tok('django-insecure-' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@%^*(-_=+)', 50))}"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mysite",
        "USER": "mysite_app",
        "PASSWORD": "${k.hpw()}",
        "HOST": "db-prod.internal",
        "PORT": "5432",
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "${k.n('django.contrib.auth.password_validation.UserAttributeSimilarityValidator')}"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "${k.n('apikey')}"
EMAIL_HOST_PASSWORD = "${k.prov('sendgrid', 'SendGrid')}"

AWS_STORAGE_BUCKET_NAME = "mysite-static"
AWS_ACCESS_KEY_ID = "${k.prov('awsKeyId', 'AWS access key id')}"
AWS_SECRET_ACCESS_KEY = "${k.prov('awsSecret', 'AWS secret access key')}"
CSRF_COOKIE_NAME = "${k.n('csrftoken')}"
SESSION_COOKIE_NAME = "${k.n('sessionid')}"
`,
  ),

  fdoc(
    'python-client-class',
    ['code'],
    'integrations/billing_client.py',
    (k) => `import logging
import requests

log = logging.getLogger(__name__)


class BillingClient:
    """Thin wrapper around the billing provider's REST API."""

    BASE_URL = "https://api.billing.example.com/v2"
    TOKEN_HEADER = "${k.n('X-Api-Token')}"
    # TODO(ana): move to vault before the audit, this is the sandbox key
    DEFAULT_KEY = "${k.tok()}"

    def __init__(self, api_key=None, timeout=10):
        self.api_key = api_key or self.DEFAULT_KEY
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers[self.TOKEN_HEADER] = self.api_key

    def invoices(self, customer_id):
        r = self.session.get(f"{self.BASE_URL}/customers/{customer_id}/invoices", timeout=self.timeout)
        r.raise_for_status()
        return r.json()["data"]


def _legacy_client():
    # the old v1 API used basic auth
    return requests.get(
        "https://api.billing.example.com/v1/ping",
        headers={"Authorization": "Basic ${k.basic('billing-sync')}"},
    )
`,
  ),

  fdoc(
    'jupyter-notebook-openai',
    ['code'],
    'notebooks/embeddings-exploration.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Embeddings exploration\\n", "Quick look at clustering support tickets."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import openai\\n",
    "import pandas as pd\\n",
    "os.environ[\\"OPENAI_API_KEY\\"] = \\"${k.prov('openaiProject', 'OpenAI')}\\"\\n",
    "client = openai.OpenAI()"
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
     "text": ["loaded 18204 tickets\\n", "run id ${k.nUuid()}\\n"]
    }
   ],
   "source": [
    "df = pd.read_parquet(\\"s3://support-dumps/tickets.parquet\\", storage_options={\\"key\\": \\"${k.prov('awsKeyId', 'AWS access key id')}\\", \\"secret\\": \\"${k.prov('awsSecret', 'AWS secret access key')}\\"})\\n",
    "print(f\\"loaded {len(df)} tickets\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  fdoc(
    'pytest-conftest-fixtures',
    ['code', 'precision'],
    'tests/conftest.py',
    (k) => `import pytest

from app.models import User
from app.security import hash_password


@pytest.fixture
def user(db):
    return User.objects.create(
        email="alice@example.com",
        password_hash=hash_password("${k.n('test-password')}"),
    )


@pytest.fixture
def admin_headers():
    return {"Authorization": "Bearer ${k.n('not-a-real-token')}"}


@pytest.fixture
def stored_hash():
    # produced by hash_password("hunter2") once, kept so the test does not depend on the work factor
    return "${k.nBcrypt()}"


def test_request_id_is_echoed(client):
    rid = "${k.nUuid()}"
    resp = client.get("/health", headers={"X-Request-Id": rid})
    assert resp.headers["X-Request-Id"] == rid


def test_login_rejects_wrong_password(client, user):
    resp = client.post("/login", data={"email": user.email, "password": "${k.n('wrong-password')}"})
    assert resp.status_code == 401
`,
  ),

  fdoc(
    'node-express-server',
    ['code'],
    'server/index.js',
    (k) => `'use strict';
const express = require('express');
const session = require('express-session');
const { Pool } = require('pg');

const app = express();

app.use(session({
  name: 'sid',
  secret: '${k.tok()}',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 86400000 },
}));

const pool = new Pool({
  connectionString: 'postgresql://webapp:${k.cs()}@pg.prod.internal:5432/webapp',
  max: 20,
});

const STRIPE_KEY = '${k.prov('stripeLive', 'Stripe')}';
const stripe = require('stripe')(STRIPE_KEY);

app.get('/healthz', (_req, res) => res.send('ok'));

app.post('/checkout', async (req, res) => {
  const intent = await stripe.paymentIntents.create({ amount: req.body.amount, currency: 'eur' });
  res.json({ clientSecret: intent.client_secret });
});

app.listen(process.env.PORT || 3000);
`,
  ),

  fdoc(
    'ts-config-module',
    ['code'],
    'src/config/services.ts',
    (k) => `// Service endpoints and credentials for the worker. Staging values below were pasted during the migration.
export interface ServiceConfig {
  url: string;
  apiKey: string;
  timeoutMs: number;
}

export const searchService: ServiceConfig = {
  url: 'https://search.staging.internal',
  apiKey: '${k.tok()}',
  timeoutMs: 2_000,
};

export const mailer = {
  host: 'smtp.mailgun.org',
  user: 'postmaster@mg.example.com',
  pass: '${k.hpw()}',
  apiKey: '${k.prov('mailgun', 'Mailgun')}',
};

export const github = {
  appId: 318877,
  installationToken: '${k.prov('githubApp', 'GitHub app installation token')}',
};

export const ERROR_MESSAGES = {
  invalidPassword: '${k.n('The password you entered is incorrect.')}',
  tokenExpired: 'Your session token has expired, please sign in again.',
};
`,
  ),

  fdoc(
    'react-firebase-config',
    ['code', 'precision'],
    'web/src/firebase.ts',
    (k) => `import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';

// Firebase web config is public by design; access is governed by security rules.
const firebaseConfig = {
  apiKey: '${k.n(k.r.pv.googleApiKey(k.g))}',
  authDomain: 'acme-todo.firebaseapp.com',
  projectId: 'acme-todo',
  storageBucket: 'acme-todo.appspot.com',
  messagingSenderId: '${k.n(k.g.digits(12))}',
  appId: '${k.n(`1:${k.g.digits(12)}:web:${k.g.hex(22)}`)}',
  measurementId: '${k.n('G-' + k.g.upper(10))}',
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const SENTRY_DSN = '${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}';
`,
  ),

  fdoc(
    'java-jdbc-dao',
    ['code'],
    'src/main/java/com/acme/orders/OrderRepository.java',
    (k) => `package com.acme.orders;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

public class OrderRepository {
    private static final String URL = "jdbc:mysql://orders-db.internal:3306/orders?useSSL=true";
    private static final String USER = "orders_rw";
    private static final String PASSWORD = "${k.hpw()}";
    private static final String PASSWORD_PARAM = "${k.n('password')}";

    private Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private Connection openReporting() throws SQLException {
        return DriverManager.getConnection(
            "jdbc:sqlserver://reporting.internal:1433;databaseName=dw;user=report_ro;password=${k.cs()};encrypt=true");
    }

    public int countOpen() throws SQLException {
        try (Connection c = open(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM orders WHERE status = 'OPEN'")) {
            var rs = ps.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }
}
`,
  ),

  fdoc(
    'java-junit-test',
    ['code'],
    'src/test/java/com/acme/auth/JwtVerifierTest.java',
    (k) => `package com.acme.auth;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class JwtVerifierTest {
    // Copied from the staging gateway so the test exercises a real signature; rotate if this leaks.
    private static final String SIGNING_SECRET = "${k.tok(k.g.base64(44))}";
    private static final String SAMPLE_TOKEN = "${k.jwt()}";
    private static final String TRACE_ID = "${k.n(k.g.hex(32))}";

    @Test
    void acceptsTokenSignedWithSecret() {
        var verifier = new JwtVerifier(SIGNING_SECRET);
        assertTrue(verifier.verify(SAMPLE_TOKEN).isValid());
    }

    @Test
    void rejectsGarbage() {
        var verifier = new JwtVerifier(SIGNING_SECRET);
        assertFalse(verifier.verify("${k.n('not.a.jwt')}").isValid());
    }
}
`,
  ),

  fdoc(
    'kotlin-android-constants',
    ['code'],
    'app/src/main/java/com/acme/shop/Constants.kt',
    (k) => `package com.acme.shop

object Constants {
    const val BASE_URL = "https://api.shop.example.com/"
    const val PREFS_NAME = "shop_prefs"
    const val KEY_AUTH_TOKEN = "${k.n('auth_token')}"

    // Maps SDK key restricted to the Android app's signing certificate
    const val MAPS_KEY = "${k.n(k.r.pv.googleApiKey(k.g))}"

    const val ALGOLIA_APP_ID = "${k.n(k.g.upper(10))}"
    const val ALGOLIA_ADMIN_KEY = "${k.prov('algoliaAdmin', 'Algolia admin key')}"

    const val ANALYTICS_SECRET = "${k.tok()}"
}

class ApiClient(private val token: String = "${k.prov('githubPat', 'GitHub')}") {
    fun headers() = mapOf("Authorization" to "token $token")
}
`,
  ),
];
