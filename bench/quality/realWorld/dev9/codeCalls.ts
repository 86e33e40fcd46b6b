// rw-dev9 code: credentials passed straight into library calls — positional and keyword arguments, tuples,
// property setters, builder chains, concatenation, base64 helpers, keyring and mock-env calls, non-English names.
import type { RealWorldDoc } from '../types';
import { A, d } from './codeValues';

export const CALL_DOCS: RealWorldDoc[] = [
  d(
    'py-stdlib-logins',
    A.C,
    'ops/monthly_export.py',
    (c) => `import ftplib
import smtplib
import paramiko
import ldap
import requests
from requests.auth import HTTPBasicAuth

ftp = ftplib.FTP("ftp.steuerberater-koch.de", "mandant4471", "${c.hum()}")
ftp.cwd("/upload")

srv = smtplib.SMTP_SSL("smtp.gmail.com", 465)
srv.login("buchhaltung.koch@gmail.com", "${c.P(Array.from({ length: 4 }, () => c.g.lower(4)).join(' '))}")  # app password

ssh = paramiko.SSHClient()
ssh.connect("10.0.8.4", username="export", password="${c.pw()}")

l = ldap.initialize("ldap://dc01.koch.local")
l.simple_bind_s("cn=admin,dc=koch,dc=local", "${c.gen()}")

r = requests.get("https://dms.koch.local/api/docs", auth=("dms-api", "${c.hum()}"))
r2 = requests.post("https://lohn.koch.local/export", auth=HTTPBasicAuth("lohn", "${c.word()}"))
`,
  ),
  d(
    'py-keyring-mockenv',
    A.CP,
    'tests/test_settings.py',
    (c) => `import os
from unittest import mock

import keyring

from app import settings


def setup_module():
    # seed the CI keyring so the CLI finds the service password
    keyring.set_password("corp-vpn", "ci-runner", "${c.hum()}")


@mock.patch.dict(os.environ, {"DB_PASSWORD": "${c.n('test')}", "API_KEY": "${c.n('dummy-key')}"})
def test_reads_env():
    assert settings.load().db_password == "test"


@mock.patch.dict(os.environ, {"SMTP_PASSWORD": "${c.gen()}"})
def test_staging_smtp():
    # hits the real staging relay
    assert settings.load().smtp.login()
`,
  ),
  d(
    'js-node-clients',
    A.C,
    'server/lib/clients.js',
    (c) => `const { Pool } = require('pg');
const nodemailer = require('nodemailer');
const Redis = require('ioredis');
const { Client: Es } = require('@elastic/elasticsearch');

const pool = new Pool({ host: 'pg-main', user: 'api', password: '${c.hum()}', database: 'api', max: 20 });

const transporter = nodemailer.createTransport({
  host: 'smtp.ionos.de',
  port: 587,
  auth: { user: 'kontakt@fahrschule-berg.de', pass: '${c.pw()}' },
});

const redis = new Redis(6379, 'redis-main', { password: '${c.gen()}' });
const es = new Es({ node: 'https://es01:9200', auth: { username: 'elastic', password: '${c.gen()}' } });
const mongoUri = 'mongodb://' + 'app' + ':' + '${c.cs()}' + '@mongo01:27017/app';

module.exports = { pool, transporter, redis, es, mongoUri };
`,
  ),
  d('js-base64-helpers', A.C, 'src/api/legacy.js', (c) => {
    const p = c.raw.pw();
    return `// legacy SOAP endpoint wants Basic auth; header built once at import time
const LEGACY_AUTH = 'Basic ' + Buffer.from('soap-user:${c.P(p)}').toString('base64');
const LEGACY_AUTH_PRECOMPUTED = 'Basic ${c.basic('soap-user', p)}';
const ADMIN_PW = atob('${c.P(c.raw.b64(c.raw.human()))}');
const CHECKSUM = '${c.sha256()}';

export async function call(action, body) {
  return fetch('https://legacy.intern/soap', { method: 'POST', headers: { Authorization: LEGACY_AUTH, SOAPAction: action }, body });
}
`;
  }),
  d(
    'java-properties-put',
    A.C,
    'src/main/java/at/wienwerk/mail/MailSender.java',
    (c) => `package at.wienwerk.mail;

import java.util.Properties;
import javax.mail.*;

public class MailSender {
    public static Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "mail.wienwerk.at");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.user", "noreply@wienwerk.at");
        props.setProperty("mail.smtp.password", "${c.hum()}");
        return Session.getInstance(props, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("noreply@wienwerk.at", "${c.hum()}");
            }
        });
    }

    static final String PASSWORD_KEY = "${c.n('mail.smtp.password')}";
}
`,
  ),
  d(
    'java-test-property-source',
    A.CD,
    'src/test/java/com/acme/orders/OrdersIT.java',
    (c) => `package com.acme.orders;

@SpringBootTest
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:postgresql://ci-db:5432/orders",
    "spring.datasource.username=orders",
    "spring.datasource.password=${c.gen()}",
    "orders.partner.api-key=${c.hex(32)}",
    "spring.security.user.password=${c.n('${TEST_PASSWORD}')}"
})
class OrdersIT {
    @Test
    void loginWorks() {
        var token = auth.login("it-user", "${c.hum()}");
        assertThat(token).isNotBlank();
    }
}
`,
  ),
  d(
    'go-clients',
    A.C,
    'internal/clients/clients.go',
    (c) => `package clients

import (
	"github.com/redis/go-redis/v9"
	"golang.org/x/crypto/ssh"
	"net/http"
)

var Redis = redis.NewClient(&redis.Options{
	Addr:     "redis:6379",
	Password: "${c.gen()}",
	DB:       0,
})

var SSH = &ssh.ClientConfig{
	User:            "deploy",
	Auth:            []ssh.AuthMethod{ssh.Password("${c.hum()}")},
	HostKeyCallback: ssh.InsecureIgnoreHostKey(),
}

func registryRequest(url string) *http.Request {
	req, _ := http.NewRequest("GET", url, nil)
	req.SetBasicAuth("ci", "${c.pw()}")
	req.Header.Set("X-Request-Id", "${c.id()}")
	return req
}
`,
  ),
  d(
    'kotlin-android-gradle',
    A.CC,
    'app/build.gradle',
    (c) => `android {
    namespace 'com.pizzeria.app'
    defaultConfig {
        applicationId "com.pizzeria.app"
        versionCode 42
        versionName "3.1.0"
        buildConfigField "String", "API_KEY", "\\"${c.b62(32)}\\""
        buildConfigField "String", "BACKEND_PASSWORD", "\\"${c.hum()}\\""
        buildConfigField "String", "GIT_SHA", "\\"${c.sha()}\\""
    }
    signingConfigs {
        release {
            storeFile file("release.jks")
            storePassword "${c.hum()}"
            keyAlias "pizzeria"
            keyPassword "${c.word()}"
        }
        debug {
            storePassword "${c.u('android')}"
        }
    }
}
`,
  ),
  d(
    'rust-reqwest-basic',
    A.C,
    'src/bin/backup.rs',
    (c) => `use reqwest::blocking::Client;

fn main() -> anyhow::Result<()> {
    let client = Client::new();
    let resp = client
        .get("https://nextcloud.familie-santos.pt/remote.php/dav/files/joao/")
        .basic_auth("joao", Some("${c.hum()}"))
        .send()?;
    println!("{}", resp.status());

    let pg = postgres::Client::connect("host=nas user=backup password=${c.cs()} dbname=fotos", postgres::NoTls)?;
    let _ = pg;
    Ok(())
}
`,
  ),
  d(
    'dart-mysql',
    A.C,
    'bin/sync.dart',
    (c) => `import 'package:mysql1/mysql1.dart';

Future<void> main() async {
  final settings = ConnectionSettings(
    host: 'mysql.loja.com.br',
    port: 3306,
    user: 'loja',
    password: '${c.hum()}',
    db: 'loja',
  );
  final conn = await MySqlConnection.connect(settings);
  final senhaPadrao = '${c.word()}'; // senha padrao dos novos vendedores
  await conn.query('INSERT INTO vendedores (nome, senha) VALUES (?, ?)', ['Novo', senhaPadrao]);
  await conn.close();
}
`,
  ),
  d(
    'ts-non-english-keys',
    A.C,
    'src/config/integraciones.ts',
    (c) => `// Integraciones con proveedores (no subir a GitHub!!)
export const proveedores = {
  facturacion: { usuario: 'api_factura', contrasena: '${c.hum()}' },
  correos: { usuario: 'envios', clave: '${c.pw()}' },
};

export const lieferanten = { benutzer: 'shop', passwort: '${c.hum()}', schluessel: '${c.hex(32)}' };
export const fournisseur = { utilisateur: 'boutique', mot_de_passe: '${c.pw()}' };
export const fornecedor = { usuario: 'loja', senha: '${c.hum()}' };
export const dostawca = { uzytkownik: 'sklep', haslo: '${c.hum()}' };
export const tedarikci = { kullanici: 'magaza', sifre: '${c.hum()}' };
export const postavshchik = { login: 'magazin', parol: '${c.gen()}' };
`,
  ),
  d(
    'powershell-splat',
    A.C,
    'scripts/New-Tenant.ps1',
    (c) => `#Requires -Modules Az.Sql
$sqlParams = @{
    ResourceGroupName            = 'rg-tenants'
    ServerName                   = 'sql-tenants-weu'
    SqlAdministratorCredentials  = (New-Object PSCredential 'sqladmin', (ConvertTo-SecureString '${c.gen()}' -AsPlainText -Force))
    Location                     = 'westeurope'
}
New-AzSqlServer @sqlParams

$smtp = @{ SmtpServer = 'smtp.office365.com'; Port = 587; UseSsl = $true; Credential = [pscredential]::new('bot@tenant.onmicrosoft.com', ('${c.hum()}' | ConvertTo-SecureString -AsPlainText -Force)) }
Send-MailMessage @smtp -To 'ops@tenant.com' -Subject 'Tenant ready' -Body "Tenant $TenantId ready"
$TenantId = '${c.id()}'
`,
  ),
  d(
    'swift-keychain-seed',
    A.C,
    'UITests/Support/TestAccounts.swift',
    (c) => `import XCTest

enum TestAccounts {
    static let premium = (user: "premium@kino-app.de", password: "${c.hum()}")
    static let basic = (user: "basic@kino-app.de", password: "${c.hum()}")
}

final class LoginUITests: XCTestCase {
    func testLogin() {
        KeychainWrapper.standard.set("${c.gen()}", forKey: "refresh_secret")
        let app = XCUIApplication()
        app.launchArguments += ["-apiKey", "${c.hex(40)}"]
        app.secureTextFields["${c.n('Passwort')}"].typeText(TestAccounts.premium.password)
    }
}
`,
  ),
  d(
    'jupyter-magics',
    A.C,
    'notebooks/scrape_prices.ipynb',
    (c) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "%env SCRAPER_API_KEY=${c.hex(32)}\\n",
    "%env PROXY_PASS=${c.hum()}\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["200 OK\\n"]}],
   "source": [
    "!curl -s -u precios:${c.gen()} https://api.precios.es/v1/export > precios.csv\\n",
    "df = pd.read_csv('precios.csv')\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": ["engine = create_engine('mysql+pymysql://precios:${c.cs()}@10.2.0.8/precios')\\n"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),
  d(
    'ts-destructure-tuple',
    A.C,
    'scripts/migrate-users.ts',
    (c) => `import { createConnection } from 'mysql2/promise';

const [LEGACY_USER, LEGACY_PASS] = ['migrator', '${c.hum()}'];
const creds: Record<string, [string, string]> = {
  crm: ['crm_read', '${c.gen()}'],
  shop: ['shop_read', '${c.pw()}'],
};

async function main() {
  const legacy = await createConnection({ host: 'legacy-db', user: LEGACY_USER, password: LEGACY_PASS });
  const [rows] = await legacy.query('SELECT id, email FROM users');
  console.log(\`migrating \${(rows as unknown[]).length} users (run \${'${c.id()}'})\`);
}

main();
`,
  ),
  d(
    'cs-format-string',
    A.C,
    'src/Reports/ReportRunner.cs',
    (c) => `public class ReportRunner
{
    private static string ConnFor(string db) =>
        string.Format("Server=rpt01;Database={0};User Id={1};Password={2};", db, "rpt_user", "${c.hum()}");

    private readonly string _sftpPassword = "${c.gen()}";
    private readonly string _passwordMask = "${c.n('●●●●●●●●')}";

    public void Upload(string file)
    {
        using var sftp = new SftpClient("sftp.bank-partner.com", 22, "acme_upload", _sftpPassword);
        sftp.Connect();
    }
}
`,
  ),
];
