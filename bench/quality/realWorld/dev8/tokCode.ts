// rw-dev8 tok: source code in many languages — constants, constructor and call arguments, dict/struct/map
// literals, default arguments, test fixtures, annotations — with the ids, digests and env look-ups that sit
// beside the keys.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { tv, type T } from './tokValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (t: T) => string) => doc(`dev8-tok-${id}`, areas, path, (k) => fn(tv(k)));
const C: RealWorldArea[] = ['code'];
const CD: RealWorldArea[] = ['code', 'defaults-in-code'];
const CP: RealWorldArea[] = ['code', 'precision'];

export const CODE_DOCS: RealWorldDoc[] = [
  d(
    'py-settings',
    C,
    'backend/settings/production.py',
    (t) => `from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["api.acme.dev"]
SECRET_KEY = "${t.b62(50)}"
PARTNER_API_KEY = '${t.hex(32)}'
ANALYTICS = {
    "write_key": "${t.b62(32)}",
    "host": "https://analytics.acme.dev",
    "flush_interval": 10,
}
CACHE_KEY_PREFIX = "acme"
SITE_ID = 1
`,
  ),
  d(
    'py-client-call',
    CD,
    'scripts/sync_contacts.py',
    (t) => `import os
import requests
from crm import Client

client = Client("https://crm.example.com/api", "${t.b62(40)}")
mailer = Mailer(api_key="${t.hex(32)}", sender="ops@acme.dev")


def fetch(page, token="${t.b64u(43)}"):
    r = requests.get(f"https://crm.example.com/api/contacts?page={page}", headers={"Authorization": f"Token {token}"})
    r.raise_for_status()
    return r.json()


def main():
    key = os.environ.get("GEO_KEY")
    print(fetch(1), key)
`,
  ),
  d(
    'py-test-fixture',
    CP,
    'tests/conftest.py',
    (t) => `import pytest

FAKE_API_KEY = "${t.n('test-api-key')}"
SANDBOX_API_KEY = "${t.uuid()}"  # shared sandbox, works against staging


@pytest.fixture
def client():
    return ApiClient(base="https://staging.acme.dev", api_key=SANDBOX_API_KEY)


@pytest.fixture
def signed_payload():
    secret = "${t.hex(40)}"
    body = b'{"event":"ping"}'
    return body, hmac.new(secret.encode(), body, "sha256").hexdigest()


def test_rejects_unknown_key(client):
    assert client.get("/me", api_key=${t.n('"nope"')}).status_code == 401
`,
  ),
  d(
    'js-config-module',
    C,
    'src/config/index.js',
    (t) => `module.exports = {
  port: process.env.PORT || 3000,
  partner: {
    baseUrl: 'https://partner.example.com/api',
    apiKey: process.env.PARTNER_API_KEY || '${t.hex(32)}',
    apiSecret: '${t.b64(32)}',
  },
  search: {
    appId: '${t.n(t.alnum(10).toUpperCase())}',
    adminKey: '${t.hex(32)}',
  },
  sessionSecret: '${t.b62(32)}',
  featureFlags: { newCheckout: ${t.n('false')} },
};
`,
  ),
  d(
    'ts-client-ctor',
    CD,
    'src/services/payments.ts',
    (t) => `import { PaymentsClient } from '@acme/payments-sdk';
import { logger } from '../logger';

const client = new PaymentsClient({
  merchantId: '${t.n('M' + t.digits(9))}',
  apiKey: '${t.b62(32)}',
  apiSecret: '${t.hex(64)}',
  environment: 'production',
});

export const refunds = new RefundsApi('https://payments.example.com', '${t.uuid()}');

export async function charge(amount: number, currency = 'EUR') {
  logger.info({ amount, currency }, 'charging');
  return client.charges.create({ amount, currency, idempotencyKey: crypto.randomUUID() });
}
`,
  ),
  d(
    'ts-headers-const',
    C,
    'web/src/api/http.ts',
    (t) => `const API_URL = 'https://api.acme.dev/v2';
const API_KEY = '${t.b64u(43)}';

export const defaultHeaders = {
  'Content-Type': 'application/json',
  'X-Api-Key': API_KEY,
  'X-Client-Secret': '${t.hdr()}',
  'X-Request-Source': 'web',
};

export async function get<T>(path: string): Promise<T> {
  const res = await fetch(API_URL + path, { headers: defaultHeaders });
  return res.json();
}
`,
  ),
  d(
    'ts-test-mock',
    CP,
    'web/src/api/__tests__/http.test.ts',
    (t) => `import { describe, it, expect, vi } from 'vitest';

const TOKEN = '${t.n('test-token')}';
const REQ_ID = '${t.id()}';

describe('http', () => {
  it('sends the api key', async () => {
    const fetchMock = vi.fn().mockResolvedValue({ json: async () => ({ id: REQ_ID }) });
    vi.stubGlobal('fetch', fetchMock);
    await get('/me');
    expect(fetchMock.mock.calls[0][1].headers['X-Api-Key']).toBeDefined();
  });
  it('hashes tokens', () => {
    expect(sha1(TOKEN)).toBe('${t.sha()}');
  });
});
`,
  ),
  d(
    'go-client',
    CD,
    'internal/partner/client.go',
    (t) => `package partner

import (
\t"net/http"
\t"time"
)

const (
\tdefaultBaseURL = "https://partner.example.com/api"
\tdefaultAPIKey  = "${t.hex(40)}"
\tuserAgent      = "acme-partner/1.4"
)

var signingSecret = []byte("${t.b62(32)}")

func NewDefault() *Client {
\treturn NewClient(defaultBaseURL, "${t.uuid()}", 10*time.Second)
}

func NewClient(base, key string, timeout time.Duration) *Client {
\treturn &Client{base: base, key: key, http: &http.Client{Timeout: timeout}}
}
`,
  ),
  d(
    'go-struct-literal',
    C,
    'cmd/seed/main.go',
    (t) => `package main

func main() {
\tcfg := Config{
\t\tEndpoint:  "https://ingest.acme.dev",
\t\tAPIKey:    "${t.b62(36)}",
\t\tAppSecret: "${t.hex(32)}",
\t\tBatch:     500,
\t\tTraceID:   "${t.n(t.hexRaw(32))}",
\t}
\tclient := ingest.New(cfg)
\tclient.Token = "${t.b64u(43)}"
\tif err := client.Seed(); err != nil {
\t\tlog.Fatal(err)
\t}
}
`,
  ),
  d(
    'go-test-table',
    CP,
    'internal/auth/verify_test.go',
    (t) => `package auth

import "testing"

func TestVerify(t *testing.T) {
\tcases := []struct {
\t\tname   string
\t\tsecret string
\t\tsig    string
\t\tok     bool
\t}{
\t\t{"valid", "${t.hex(32)}", "${t.sha256()}", true},
\t\t{"empty", "", "${t.sha256()}", false},
\t\t{"placeholder", "${t.n('changeme')}", "", false},
\t}
\tfor _, c := range cases {
\t\tif got := Verify(c.secret, c.sig); got != c.ok {
\t\t\tt.Errorf("%s: got %v", c.name, got)
\t\t}
\t}
}
`,
  ),
  d(
    'java-constants',
    C,
    'src/main/java/com/acme/shipping/ShippingConfig.java',
    (t) => `package com.acme.shipping;

public final class ShippingConfig {
    public static final String BASE_URL = "https://api.shipfast.example/v3";
    public static final String API_KEY = "${t.b62(32)}";
    private static final String API_SECRET = "${t.b64(32)}";
    static final String ACCOUNT_NUMBER = "${t.num(9)}";
    static final int TIMEOUT_MS = 5000;

    public static ShippingClient client() {
        return new ShippingClient(BASE_URL, API_KEY, API_SECRET);
    }
}
`,
  ),
  d(
    'java-spring-value',
    CD,
    'src/main/java/com/acme/search/SearchProperties.java',
    (t) => `package com.acme.search;

@Component
public class SearchProperties {
    @Value("\${search.url:https://search.acme.dev}")
    private String url;

    @Value("\${search.api-key:${t.hex(32)}}")
    private String apiKey;

    @Value("\${search.admin-token}")
    private String adminToken;

    private String indexPrefix = "prod_";
    private String defaultToken = "${t.low(40)}";
}
`,
  ),
  d(
    'csharp-service',
    CD,
    'src/Notify/PushService.cs',
    (t) => `using System.Net.Http;

namespace Acme.Notify
{
    public class PushService
    {
        private const string Endpoint = "https://push.example.net/v1/send";
        private const string ServerKey = "${t.b64u(43)}";
        private readonly HttpClient _http = new HttpClient();

        public PushService(string appId = "${t.n(t.uuidRaw())}", string appSecret = "${t.b62(40)}")
        {
            _http.DefaultRequestHeaders.Add("X-Push-Key", "${t.hdr()}");
        }
    }
}
`,
  ),
  d(
    'ruby-initializer',
    C,
    'config/initializers/partner.rb',
    (t) => `Partner.configure do |config|
  config.base_url = "https://partner.example.com"
  config.api_key = "${t.hex(32)}"
  config.api_secret = ENV.fetch("PARTNER_SECRET", "${t.b62(40)}")
  config.timeout = 10
  config.logger = Rails.logger
end

Geocoder.configure(lookup: :nominatim, api_key: ${t.n('ENV["GEOCODER_KEY"]')})
Rails.application.config.x.metrics_token = '${t.uuid()}'
`,
  ),
  d(
    'php-config-array',
    C,
    'config/services.php',
    (t) => `<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
    'shipping' => [
        'key' => '${t.b62(32)}',
        'secret' => '${t.hex(40)}',
        'sandbox' => false,
    ],
    'recaptcha' => [
        'site_key' => '${t.n('6L' + t.alnum(38))}',
        'secret_key' => '${t.b62(40)}',
    ],
];
`,
  ),
  d(
    'php-define',
    C,
    'wp-content/plugins/acme-sync/acme-sync.php',
    (t) => `<?php
/*
Plugin Name: Acme Sync
Version: 1.3.2
*/
define('ACME_SYNC_API_KEY', '${t.up(32)}');
define('ACME_SYNC_SECRET', '${t.b64(24)}');
define('AUTH_KEY', '${t.n('put your unique phrase here')}');
$acme_client = new Acme_Client('https://sync.acme.dev', '${t.hex(32)}');
`,
  ),
  d(
    'rust-consts',
    C,
    'src/telemetry.rs',
    (t) => `use std::time::Duration;

const INGEST_URL: &str = "https://ingest.acme.dev/v1/events";
const INGEST_KEY: &str = "${t.hex(64)}";
const FLUSH_EVERY: Duration = Duration::from_secs(10);

pub fn client() -> Telemetry {
    Telemetry::builder()
        .endpoint(INGEST_URL)
        .api_key("${t.b62(32)}")
        .build()
}
`,
  ),
  d(
    'kotlin-buildconfig',
    C,
    'app/build.gradle.kts',
    (t) => `android {
    namespace = "dev.acme.fieldnotes"
    defaultConfig {
        applicationId = "dev.acme.fieldnotes"
        versionCode = 42
        buildConfigField("String", "API_KEY", "\\"${t.b62(32)}\\"")
        buildConfigField("String", "SYNC_SECRET", "\\"${t.hex(40)}\\"")
        buildConfigField("String", "SENTRY_DSN", "\\"${t.n('https://' + t.hexRaw(32) + '@o' + t.digits(6) + '.ingest.sentry.io/' + t.digits(7))}\\"")
    }
}
`,
  ),
  d(
    'kotlin-object',
    C,
    'app/src/main/java/dev/acme/fieldnotes/Keys.kt',
    (t) => `package dev.acme.fieldnotes

object Keys {
    const val WEATHER_API_KEY = "${t.hex(32)}"
    const val UPLOAD_TOKEN = "${t.b64u(43)}"
    val mapsKey: String get() = BuildConfig.MAPS_KEY
}

class UploadClient(private val token: String = "${t.b62(40)}")
`,
  ),
  d(
    'swift-constants',
    C,
    'ios/FieldNotes/Secrets.swift',
    (t) => `import Foundation

enum Secrets {
    static let apiKey = "${t.b62(40)}"
    static let analyticsSecret = "${t.hex(32)}"
    static let bundleId = "dev.acme.fieldnotes"
}

let api = APIClient(baseURL: URL(string: "https://api.fieldnotes.app")!, token: "${t.uuid()}")
`,
  ),
  d(
    'node-dict-literal',
    C,
    'scripts/migrate-tenants.mjs',
    (t) => `const tenants = [
  { id: '${t.id()}', name: 'northwind', apiKey: '${t.hex(32)}' },
  { id: '${t.id()}', name: 'contoso', apiKey: '${t.b62(32)}' },
  { id: '${t.id()}', name: 'fabrikam', apiKey: ${t.n('null')} },
];
for (const t of tenants) await migrate(t);
`,
  ),
  d(
    'py-dict-headers',
    C,
    'tools/export_reports.py',
    (t) => `HEADERS = {
    "Accept": "application/json",
    "X-API-KEY": "${t.hdr()}",
    "X-API-SECRET": "${t.hdr()}",
    "User-Agent": "acme-export/0.3",
}
REPORT_IDS = ["${t.n(t.hexRaw(24))}", "${t.n(t.hexRaw(24))}"]
`,
  ),
  d(
    'c-header',
    C,
    'firmware/include/cloud_config.h',
    (t) => `#ifndef CLOUD_CONFIG_H
#define CLOUD_CONFIG_H

#define CLOUD_HOST "mqtt.acme.dev"
#define CLOUD_PORT 8883
#define DEVICE_KEY "${t.hex(32)}"
#define DEVICE_SECRET "${t.b64(16)}"
static const char *provisioning_token = "${t.low(40)}";
static const unsigned char root_ca_fingerprint[] = "${t.sha()}";

#endif
`,
  ),
  d(
    'scala-conf',
    ['code', 'config-syntax'],
    'src/main/resources/application.conf',
    (t) => `akka {
  loglevel = "INFO"
}
play.http.secret.key = "${t.b62(64)}"
play.http.secret.key = \${?APPLICATION_SECRET}
partner {
  url = "https://partner.example.com"
  api-key = "${t.hex(32)}"
  api-key = \${?PARTNER_API_KEY}
}
`,
  ),
];
