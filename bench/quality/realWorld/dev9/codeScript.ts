// rw-dev9 code: scripting languages (PHP, Ruby, Perl, Lua, R, Julia, Groovy, PowerShell, Bash, VB.NET) — define(),
// hashes and arrays, heredocs, positional connect calls, env fallbacks, string concatenation, format strings.
import type { RealWorldDoc } from '../types';
import { A, d } from './codeValues';

export const SCRIPT_DOCS: RealWorldDoc[] = [
  d(
    'php-wp-config',
    A.CC,
    'wp-config.php',
    (c) => `<?php
/** Die Basis-Konfiguration fuer WordPress */
define( 'DB_NAME', 'wp_bäckerei' );
define( 'DB_USER', 'wp_user' );
define( 'DB_PASSWORD', '${c.hum()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${c.django()}' );
define( 'SECURE_AUTH_KEY',  '${c.django()}' );
define( 'NONCE_SALT',       '${c.n('put your unique phrase here')}' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
`,
  ),
  d(
    'php-pdo-array',
    A.C,
    'app/lib/Database.php',
    (c) => `<?php
namespace App\\Lib;

use PDO;

class Database
{
    private static array $config = [
        'dsn' => 'mysql:host=127.0.0.1;dbname=tienda;charset=utf8mb4',
        'user' => 'tienda',
        'pass' => '${c.hum()}',
    ];

    public static function connect(): PDO
    {
        $pass = ${c.n("getenv('DB_PASS')")} ?: self::$config['pass'];
        return new PDO(self::$config['dsn'], self::$config['user'], $pass);
    }

    public static function reporting(): PDO
    {
        return new PDO('pgsql:host=bi01;dbname=bi', 'bi_ro', '${c.gen()}');
    }
}

const PASSWORD_FIELD = '${c.n('contraseña')}';
$hash = password_hash($_POST['password'], PASSWORD_DEFAULT);
`,
  ),
  d(
    'php-laravel-config',
    A.CD,
    'config/services.php',
    (c) => `<?php

return [
    'mailgun' => [
        'domain' => ${c.n("env('MAILGUN_DOMAIN')")},
        'secret' => env('MAILGUN_SECRET', '${c.prov('mailgun', 'mailgun')}'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'erp' => [
        'url' => env('ERP_URL', 'https://erp.internal/api'),
        'username' => env('ERP_USER', 'shop'),
        'password' => env('ERP_PASSWORD', '${c.hum()}'),
        'token' => env('ERP_TOKEN', '${c.hex(40)}'),
    ],
    'recaptcha' => [
        'site_key' => env('RECAPTCHA_SITE_KEY', '${c.n('6Lc' + c.alnum(37))}'),
        'secret' => ${c.n("env('RECAPTCHA_SECRET')")},
    ],
];
`,
  ),
  d(
    'ruby-database-yml-erb',
    A.CD,
    'config/initializers/partners.rb',
    (c) => `# frozen_string_literal: true

Rails.application.configure do
  config.x.partner_api = {
    url: ENV.fetch("PARTNER_URL", "https://partner.example.net"),
    key: ENV.fetch("PARTNER_KEY", "${c.hex(32)}"),
    password: ${c.n('ENV["PARTNER_PASSWORD"]')} || "${c.hum()}",
  }
end

Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:${c.cs()}@redis.internal:6379/0" }
end

PASSWORD_PARAM = :password
Rails.application.config.filter_parameters += [:password, :token]
`,
  ),
  d(
    'ruby-seeds',
    A.C,
    'db/seeds.rb',
    (c) => `# Seeds fuer Staging. Nicht in Produktion ausfuehren!
admin = User.find_or_create_by!(email: "admin@verein-tsv.de") do |u|
  u.name = "Vorstand"
  u.password = "${c.hum()}"
  u.password_confirmation = u.password
  u.role = :admin
end

kasse = User.create!(email: "kasse@verein-tsv.de", password: "${c.pw()}", role: :treasurer)
demo = User.create!(email: "demo@example.com", password: "${c.u('password')}", role: :viewer)

ApiClient.create!(name: "Newsletter", secret: "${c.b62(32)}")
puts "Seeded #{User.count} users"
`,
  ),
  d(
    'ruby-net-http',
    A.C,
    'lib/tasks/sync.rake',
    (c) => `namespace :sync do
  task members: :environment do
    uri = URI("https://api.vereinsverwaltung.de/v1/members")
    req = Net::HTTP::Get.new(uri)
    req.basic_auth "tsv-sync", "${c.gen()}"
    req["X-Api-Key"] = "${c.uuid()}"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    Rails.logger.info "sync #{res.code} request=${c.id()}"
    ftp = Net::FTP.new("ftp.druckerei.de", "tsv", "${c.hum()}")
  end
end
`,
  ),
  d(
    'perl-dbi',
    A.C,
    'cgi-bin/report.pl',
    (c) => `#!/usr/bin/perl
use strict;
use warnings;
use DBI;

my $dsn  = "DBI:mysql:database=intranet;host=localhost";
my $user = "intranet";
my $pass = '${c.hum()}';
# my $pass = '${c.hum()}';   # vor dem Umzug
my $dbh  = DBI->connect($dsn, $user, $pass, { RaiseError => 1 })
    or die "Cannot connect: $DBI::errstr";

my %smtp = (host => 'mail.intranet.local', user => 'reports', password => '${c.word()}');
my $password_label = '${c.n('Passwort')}';
print "Content-type: text/html\\n\\n";
`,
  ),
  d(
    'lua-nginx',
    A.C,
    'lua/auth_check.lua',
    (c) => `local redis = require "resty.redis"
local red = redis:new()

local ok, err = red:connect("127.0.0.1", 6379)
local res, err = red:auth("${c.gen()}")

local SHARED_SECRET = "${c.hex(40)}"
local config = {
  admin_user = "ops",
  admin_pass = "${c.hum()}",
  password_field = "${c.n('password')}",
}

local function check(sig, body)
  return ngx.hmac_sha1(SHARED_SECRET, body) == ngx.decode_base64(sig)
end

return { check = check, config = config }
`,
  ),
  d(
    'r-dbconnect',
    A.C,
    'analysis/01_load.R',
    (c) => `library(DBI)
library(RPostgres)

# TODO: keyring::key_get("dwh") statt Klartext
con <- dbConnect(RPostgres::Postgres(),
                 dbname = "dwh",
                 host = "dwh.uni-intern.de",
                 user = "mmueller",
                 password = "${c.hum()}")

api_key <- Sys.getenv("OPENWEATHER_KEY", unset = "${c.hex(32)}")
pw_prompt <- rstudioapi::askForPassword("${c.n('Database password')}")
df <- dbGetQuery(con, "SELECT * FROM messungen WHERE jahr = 2024")
`,
  ),
  d(
    'julia-libpq',
    A.C,
    'scripts/ingest.jl',
    (c) => `using LibPQ, DataFrames, HTTP

const CONN = "host=db.lab.local dbname=sensors user=julia password=${c.cs()}"
const API_TOKEN = get(ENV, "SENSOR_TOKEN", "${c.b62(40)}")

conn = LibPQ.Connection(CONN)
r = HTTP.get("https://sensors.lab.local/api/v1/readings"; headers = ["Authorization" => "Bearer " * API_TOKEN])
println("fetched ", length(r.body), " bytes, sha ", "${c.sha()}")
`,
  ),
  d(
    'groovy-jenkins-shared',
    A.C,
    'vars/deployApp.groovy',
    (c) => `def call(Map cfg = [:]) {
    def nexusUser = cfg.nexusUser ?: 'deployer'
    def nexusPass = cfg.nexusPass ?: '${c.hum()}'
    withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'U', passwordVariable: 'P')]) {
        sh "curl -u \\$U:\\$P https://nexus.corp/repository/releases/"
    }
    def sql = groovy.sql.Sql.newInstance("jdbc:mysql://db:3306/deploys", "deploy", "${c.gen()}", "com.mysql.cj.jdbc.Driver")
    sql.execute("INSERT INTO deploys(app, sha) VALUES (?, ?)", [cfg.app, env.GIT_COMMIT])
}
`,
  ),
  d(
    'powershell-module',
    A.C,
    'Modules/CorpTools/CorpTools.psm1',
    (c) => `function Connect-CorpSql {
    [CmdletBinding()]
    param(
        [string]$Server = 'SQL01\\PROD',
        [string]$User = 'svc_reports',
        [string]$Password = '${c.hum()}'
    )
    $conn = New-Object System.Data.SqlClient.SqlConnection "Server=$Server;User ID=$User;Password=$Password;"
    $conn.Open()
    return $conn
}

function Get-CorpCredential {
    $secure = ConvertTo-SecureString '${c.gen()}' -AsPlainText -Force
    New-Object System.Management.Automation.PSCredential ('CORP\\svc_backup', $secure)
}

$ApiKey = if ($env:CORP_API_KEY) { $env:CORP_API_KEY } else { '${c.hex(32)}' }
$PasswordPrompt = Read-Host -AsSecureString '${c.n('Kennwort eingeben')}'
Export-ModuleMember -Function Connect-CorpSql, Get-CorpCredential
`,
  ),
  d(
    'bash-functions',
    A.CD,
    'scripts/lib/db.sh',
    (c) => `#!/usr/bin/env bash
# shared helpers, sourced by backup.sh and restore.sh

: "\${PGUSER:=backup}"
: "\${PGPASSWORD:=${c.hum()}}"
export PGUSER PGPASSWORD

mysql_q() {
  mysql -h "\${MYSQL_HOST:-db01}" -u root -p'${c.gen()}' -e "$1"
}

s3_upload() {
  AWS_SECRET_ACCESS_KEY="\${AWS_SECRET_ACCESS_KEY:-${c.prov('awsSecret', 'aws')}}" aws s3 cp "$1" "s3://backups-$(hostname)/"
}

notify() {
  local token="${c.n('${SLACK_TOKEN:?SLACK_TOKEN not set}')}"
  curl -s -H "Authorization: Bearer $token" -d "text=$1" https://slack.com/api/chat.postMessage
}
`,
  ),
  d(
    'vbnet-module',
    A.C,
    'Lagerverwaltung/Module/Verbindung.vb',
    (c) => `Imports System.Data.SqlClient

Module Verbindung
    ' Alter Server: Data Source=LAGER-ALT;Password=${c.hum()}
    Public Const ConnString As String = "Data Source=LAGER01\\SQLEXPRESS;Initial Catalog=Lager;User ID=lager;Password=${c.cs()};"
    Private Const FtpPasswort As String = "${c.word()}"
    Public Const PasswortFeld As String = "${c.n('Passwort')}"

    Public Function Oeffnen() As SqlConnection
        Dim cn As New SqlConnection(ConnString)
        cn.Open()
        Return cn
    End Function

    Public Function Ftp() As Net.NetworkCredential
        Return New Net.NetworkCredential("lager", FtpPasswort)
    End Function
End Module
`,
  ),
  d('php-concat-format', A.C, 'includes/mailer.inc.php', (c) => {
    const p1 = c.raw.gen();
    const h = Math.floor(p1.length / 2);
    return `<?php
// built from parts because the old mail filter blocked the whole string
$smtp_pass = "${c.P(p1.slice(0, h))}" . "${c.P(p1.slice(h))}";
$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.strato.de';
$mail->SMTPAuth = true;
$mail->Username = 'info@pension-seeblick.de';
$mail->Password = $smtp_pass;
$ftp = sprintf('ftp://%s:%s@%s/', 'seeblick', '${c.gen()}', 'ftp.strato.de');
$label = _('${c.n('Passwort vergessen?')}');
`;
  }),
  d(
    'perl-heredoc',
    A.C,
    'bin/make_conf.pl',
    (c) => `#!/usr/bin/perl
use strict;
my $host = shift || 'db-staging';
print <<"EOF";
[client]
host=$host
user=app
password=${c.hum()}

[mysqldump]
user=backup
password=${c.gen()}
EOF
`,
  ),
];
