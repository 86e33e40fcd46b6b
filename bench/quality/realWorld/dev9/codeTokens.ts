// rw-dev9 code: unprefixed API keys, webhook and signing secrets, bearer headers and provider keys as code holds
// them — header maps, client constructors, HMAC keys, encryption keys, with the request ids, digests and public ids
// that look the same.
import type { RealWorldDoc } from '../types';
import { A, d } from './codeValues';

export const TOKEN_DOCS: RealWorldDoc[] = [
  d(
    'py-headers-dict',
    A.C,
    'integrations/shipping.py',
    (c) => `import requests

BASE = "https://api.paketdienst.de/v3"
HEADERS = {
    "X-API-KEY": "${c.hex(32)}",
    "X-Client-Id": "${c.n('shop-4471')}",
    "X-Request-Id": "${c.id()}",
    "Content-Type": "application/json",
}
SESSION_COOKIE = {"sessionid": "${c.bearer()}"}


def create_label(order):
    r = requests.post(f"{BASE}/labels", json=order, headers=HEADERS, cookies=SESSION_COOKIE)
    r.raise_for_status()
    return r.json()["tracking_number"]


def carrier_b():
    return requests.get("https://api.carrier-b.com/rates", headers={"Authorization": "Bearer ${c.bearer()}"})
`,
  ),
  d(
    'js-webhook-secret',
    A.C,
    'api/webhooks/github.js',
    (c) => `const crypto = require('crypto');

const WEBHOOK_SECRET = process.env.GH_WEBHOOK_SECRET || '${c.hex(40)}';
const DELIVERY_HEADER = '${c.n('x-github-delivery')}';

module.exports = (req, res) => {
  const sig = 'sha256=' + crypto.createHmac('sha256', WEBHOOK_SECRET).update(req.rawBody).digest('hex');
  if (!crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(req.headers['x-hub-signature-256'] || ''))) {
    return res.status(401).end();
  }
  console.log('delivery', req.headers[DELIVERY_HEADER], 'expected like ${c.n('sha256=' + c.hexRaw(64))}');
  res.status(204).end();
};
`,
  ),
  d(
    'go-hmac-keys',
    A.C,
    'internal/token/signer.go',
    (c) => `package token

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

var signingKeys = map[string][]byte{
	"2023-11": []byte("${c.b62(48)}"),
	"2024-06": []byte("${c.hex(64)}"),
}

const currentKID = "2024-06"
const emptySHA = "${c.n('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')}"

func Sign(msg []byte) string {
	m := hmac.New(sha256.New, signingKeys[currentKID])
	m.Write(msg)
	return hex.EncodeToString(m.Sum(nil))
}
`,
  ),
  d(
    'java-aes-key',
    A.C,
    'src/main/java/com/kasse/crypto/CardCrypto.java',
    (c) => `package com.kasse.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

public class CardCrypto {
    // TODO HSM; bis dahin fest verdrahtet
    private static final byte[] KEY = Base64.getDecoder().decode("${c.b64(32)}");
    private static final String IV_HEX = "${c.n(c.hexRaw(32))}"; // an IV is public
    private static final String TRANSFORMATION = "${c.n('AES/GCM/NoPadding')}";
    private static final String TERMINAL_ID = "${c.n('T-00' + c.digits(5))}";

    public static byte[] encrypt(byte[] pan) throws Exception {
        Cipher c = Cipher.getInstance(TRANSFORMATION);
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"));
        return c.doFinal(pan);
    }
}
`,
  ),
  d(
    'ts-sdk-init',
    A.C,
    'src/lib/services.ts',
    (c) => `import Stripe from 'stripe';
import { Resend } from 'resend';
import { createClient } from '@supabase/supabase-js';
import OpenAI from 'openai';

export const stripe = new Stripe('${c.prov('stripeSecret', 'stripe')}', { apiVersion: '2024-06-20' });
export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY ?? '${c.prov('openaiProject', 'openai')}' });
export const supabase = createClient('https://${c.n(c.g.lower(20))}.supabase.co', '${c.n('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiJ9')}');
export const algolia = { appId: '${c.n(c.alnum(10).toUpperCase())}', searchKey: '${c.n(c.hexRaw(32))}', adminKey: '${c.hex(32)}' };
export const mapsKey = '${c.n(c.pick(['AIza']) + c.g.base64url(35))}'; // browser key, referrer-restricted
export const internalApiKey = '${c.uuid()}';
`,
  ),
  d(
    'php-api-class',
    A.C,
    'src/Service/SmsGateway.php',
    (c) => `<?php
namespace App\\Service;

final class SmsGateway
{
    private const API_URL = 'https://api.sms-gateway.pl/v2/send';
    private const API_TOKEN = '${c.b62(40)}';
    private const SENDER = 'Apteka24';

    public function send(string $to, string $msg): void
    {
        $ch = curl_init(self::API_URL);
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . self::API_TOKEN]);
        curl_setopt($ch, CURLOPT_USERPWD, 'apteka24:${c.hum()}');
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['to' => $to, 'message' => $msg, 'from' => self::SENDER]));
        curl_exec($ch);
    }
}
`,
  ),
  d(
    'ruby-client-init',
    A.C,
    'config/initializers/clients.rb',
    (c) => `Twilio.configure do |config|
  config.account_sid = "${c.n('AC' + c.hexRaw(32))}"
  config.auth_token = "${c.hex(32)}"
end

Geocoder.configure(api_key: "${c.b62(32)}", timeout: 3)
Intercom::Client.new(token: ENV.fetch("INTERCOM_TOKEN", "${c.b64(45)}"))
Rollbar.configure { |c| c.access_token = ${c.n('ENV["ROLLBAR_TOKEN"]')} }
`,
  ),
  d(
    'swift-headers',
    A.C,
    'Sources/Networking/WeatherAPI.swift',
    (c) => `import Foundation

struct WeatherAPI {
    private let key = "${c.hex(32)}"
    private let base = "https://api.wetterdienst.io/v1"

    func request(city: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "\\(base)/forecast?city=\\(city)&appid=\\(key)")!)
        r.setValue("Bearer ${c.jwt()}", forHTTPHeaderField: "Authorization")
        r.setValue("${c.id()}", forHTTPHeaderField: "X-Correlation-ID")
        return r
    }
}
`,
  ),
  d(
    'csharp-httpclient',
    A.C,
    'src/Erp.Connector/ErpClient.cs',
    (c) => `public sealed class ErpClient
{
    private static readonly HttpClient Http = new()
    {
        BaseAddress = new Uri("https://erp.hersteller.de/api/"),
        DefaultRequestHeaders =
        {
            { "Ocp-Apim-Subscription-Key", "${c.hex(32)}" },
            { "X-Tenant", "${c.id()}" },
        },
    };

    static ErpClient()
    {
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${c.basic('erp-connector')}");
    }

    private const string LicenseKey = "${c.T([0, 1, 2, 3, 4].map(() => c.alnum(5).toUpperCase()).join('-'))}";
}
`,
  ),
  d(
    'kotlin-retrofit',
    A.C,
    'app/src/main/java/com/reisen/data/Network.kt',
    (c) => `package com.reisen.data

private const val AMADEUS_KEY = "${c.b62(32)}"
private const val AMADEUS_SECRET = "${c.b62(16)}"
private const val FLAVOR = "${c.n('prodRelease')}"

val client = OkHttpClient.Builder()
    .addInterceptor { chain ->
        chain.proceed(chain.request().newBuilder()
            .header("x-api-key", "${c.uuid()}")
            .header("Authorization", "Token ${c.hex(40)}")
            .build())
    }
    .build()
`,
  ),
  d(
    'python-django-test-token',
    A.CP,
    'api/tests/test_webhooks.py',
    (c) => `from django.test import TestCase, override_settings

SIGNING_SECRET = "${c.n('whsec_test_xxxxxxxxxxxx')}"
EVENT_ID = "${c.id()}"


@override_settings(PARTNER_WEBHOOK_SECRET="${c.hex(32)}", PARTNER_API_KEY="${c.b62(32)}")
class WebhookTests(TestCase):
    def test_signature(self):
        payload = b'{"id": "%s"}' % EVENT_ID.encode()
        sig = sign(payload, SIGNING_SECRET)
        self.assertEqual(len(sig), 64)
        self.assertEqual(self.client.post("/hooks/partner", payload, HTTP_X_SIGNATURE=sig).status_code, 200)
`,
  ),
  d(
    'lua-game-config',
    A.C,
    'server/config.lua',
    (c) => `Config = {}
Config.ServerName = "Los Santos RP | Whitelist"
Config.DiscordBotToken = "${c.prov('discordBot', 'discord')}"
Config.SteamWebApiKey = "${c.T(c.hexRaw(32).toUpperCase())}"
Config.RconPassword = "${c.hum()}"
Config.AdminGroups = { "superadmin", "admin" }
Config.DefaultSpawn = vector3(-269.4, -955.3, 31.2)
Config.Locale = "${c.n('de')}"
`,
  ),
];
