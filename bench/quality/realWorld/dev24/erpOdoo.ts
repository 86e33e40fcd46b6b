// Odoo and ERPNext integrators' files: odoo.conf, XML-RPC and JSON-RPC scripts, docker-compose stacks, ERPNext
// site_config.json and token headers, bench commands, beside database names, record ids and password hashes.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_ODOO_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-odoo-conf',
    ['config-syntax', 'precision'],
    'etc/odoo/odoo.conf',
    (k) => `[options]
; This is the password that allows database operations:
admin_passwd = ${k.s('password', R.anyPw(k.g).replace(/[;#]/g, ''))}
db_host = pg-odoo.internal
db_port = 5432
db_user = odoo
db_password = ${k.spw()}
dbfilter = ^kohlmann_prod$
addons_path = /usr/lib/python3/dist-packages/odoo/addons,/mnt/extra-addons
proxy_mode = True
workers = 6
limit_time_real = 1200
smtp_server = smtp.office365.com
smtp_user = erp-noreply@kohlmann.example
smtp_password = ${k.hpw()}
; list_db = False once the prod DB exists
`,
  ),

  rDoc(
    'erp-odoo-xmlrpc-import',
    ['code', 'defaults-in-code', 'precision'],
    'scripts/import_bom.py',
    (k) => `#!/usr/bin/env python3
"""Import BOMs from the PLM CSV export into Odoo 16 (mrp.bom)."""
import csv
import xmlrpc.client

URL = "https://erp.valcor-metal.example"
DB = "valcor_prod"
USER = "integration@valcor-metal.example"
KEY = "${k.prov('Odoo API key', R.odooKey(k.g))}"  # API key from Preferences > Account Security

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")

# quick test against the staging copy
# uid = common.authenticate("valcor_staging", "admin", "${k.s('password', R.safePw(k.g))}", {})

with open("bom_export.csv", newline="") as f:
    for row in csv.DictReader(f, delimiter=";"):
        # row["default_code"] looks like ${k.n(R.matnr(k.g))}
        product = models.execute_kw(DB, uid, KEY, "product.product", "search", [[["default_code", "=", row["default_code"]]]])
        print(row["default_code"], product)
`,
  ),

  rDoc(
    'erp-odoo-docker-compose',
    ['config-syntax', 'precision'],
    'deploy/docker-compose.yml',
    (k) => `version: "3.8"
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: postgres
      POSTGRES_USER: odoo
      POSTGRES_PASSWORD: ${k.spw()}
    volumes:
      - odoo-db-data:/var/lib/postgresql/data
  odoo:
    image: odoo:17.0
    depends_on: [db]
    ports: ["8069:8069"]
    environment:
      HOST: db
      USER: odoo
      PASSWORD: ${k.n('${POSTGRES_PASSWORD}')}
    volumes:
      - ./config:/etc/odoo
      - ./addons:/mnt/extra-addons
  queue-worker:
    image: registry.kohlmann.example/odoo-queue-worker:1.4
    environment:
      DATABASE_URL: postgres://odoo:${k.cs()}@db:5432/kohlmann_prod
  pgadmin:
    image: dpage/pgadmin4
    environment:
      PGADMIN_DEFAULT_EMAIL: it@kohlmann.example
      PGADMIN_DEFAULT_PASSWORD: ${k.hpw()}
volumes:
  odoo-db-data:
`,
  ),

  rDoc(
    'erp-erpnext-site-config',
    ['config-syntax', 'credential-file', 'precision'],
    'frappe-bench/sites/erp.sanfor.example/site_config.json',
    (k) => `{
 "db_name": "_${k.n(k.g.hex(16))}",
 "db_password": "${k.s('password', k.g.alnum(16))}",
 "db_type": "mariadb",
 "encryption_key": "${k.s('token', k.g.base64url(43) + '=')}",
 "host_name": "https://erp.sanfor.example",
 "redis_cache": "redis://:${k.cs()}@redis-cache:13000",
 "mail_server": "smtp.sanfor.example",
 "mail_login": "erp@sanfor.example",
 "mail_password": "${k.hpw()}",
 "use_ssl": 1,
 "developer_mode": 0,
 "maintenance_mode": 0
}
`,
  ),

  rDoc('erp-erpnext-api-curl', ['command-line', 'http-auth', 'precision'], 'docs/integration/erpnext-api.md', (k) => {
    const key = R.frappe(k.g);
    return `# Creating a Sales Order in ERPNext from the web shop

Generate keys under *User > API Access* for the user \`shop-bot@sanfor.example\`.

\`\`\`bash
curl -s -X POST "https://erp.sanfor.example/api/resource/Sales%20Order" \\
  -H "Authorization: token ${k.u(key)}:${k.http(R.frappe(k.g))}" \\
  -H "Content-Type: application/json" \\
  -d '{"customer": "CUST-00042", "delivery_date": "2026-04-01", "items": [{"item_code": "${k.n(R.matnr(k.g))}", "qty": 10}]}'
\`\`\`

Generic form for other users: \`Authorization: token ${k.n('<api_key>:<api_secret>')}\`.
Response contains the new name, e.g. \`${k.n('SAL-ORD-2026-00311')}\`.
`;
  }),

  rDoc(
    'erp-odoo-jsonrpc-js',
    ['code', 'precision'],
    'shop/src/lib/odoo.ts',
    (k) => `// Minimal JSON-RPC client for the B2B portal
const ODOO_URL = process.env.ODOO_URL ?? 'https://erp.valcor-metal.example';
const ODOO_DB = 'valcor_prod';
const ODOO_LOGIN = 'portal-bot@valcor-metal.example';
const ODOO_PASSWORD = process.env.ODOO_PASSWORD ?? '${k.s('password', R.anyPw(k.g).replace(/'/g, ''))}';

export async function call(model: string, method: string, args: unknown[]) {
  const res = await fetch(\`\${ODOO_URL}/jsonrpc\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': '${k.n(k.g.uuid())}' },
    body: JSON.stringify({
      jsonrpc: '2.0',
      method: 'call',
      params: { service: 'object', method: 'execute_kw', args: [ODOO_DB, 2, ODOO_PASSWORD, model, method, args] },
    }),
  });
  return (await res.json()).result;
}
`,
  ),

  rDoc(
    'erp-odoo-res-users-dump',
    ['logs-and-output', 'precision'],
    'support/res_users_sample.csv',
    (k) => `id,login,active,password,share,company_id
1,__system__,f,,f,1
2,admin,t,${k.n(R.pbkdf2(k.g))},f,1
6,lager@valcor-metal.example,t,${k.n(R.pbkdf2(k.g))},f,1
7,portal-bot@valcor-metal.example,t,${k.n(R.pbkdf2(k.g))},t,1
9,einkauf@valcor-metal.example,t,${k.n(R.pbkdf2(k.g))},f,2
`,
  ),

  rDoc(
    'erp-erpnext-bench-history',
    ['command-line', 'precision'],
    'home/frappe/.bash_history',
    (k) => `cd frappe-bench
bench --site erp.sanfor.example backup --with-files
bench new-site staging.sanfor.example --mariadb-root-password ${k.spw()} --admin-password ${k.spw()}
bench --site staging.sanfor.example install-app erpnext
bench --site staging.sanfor.example set-admin-password ${k.spw()}
bench --site staging.sanfor.example set-config encryption_key ${k.n('$(cat /secure/enc.key)')}
bench --site erp.sanfor.example migrate
sha256sum sites/erp.sanfor.example/private/backups/20260301_010000-erp_sanfor_example-database.sql.gz
${k.n(R.sha256(k.g))}
mysql -u root -p${k.spw()} -e "show databases"
`,
  ),

  rDoc(
    'erp-odoo-module-manifest',
    ['code', 'precision'],
    'addons/valcor_edi/__manifest__.py',
    (k) => `# -*- coding: utf-8 -*-
{
    "name": "Valcor EDI (DESADV/INVOIC)",
    "version": "16.0.1.3.0",
    "license": "OPL-1",
    "author": "Valcor IT",
    "depends": ["stock", "account", "sale_management"],
    "data": ["security/ir.model.access.csv", "views/edi_partner_views.xml"],
    # module checksum as shown on the Odoo Apps store: ${k.n(R.sha1(k.g))}
    "external_dependencies": {"python": ["pydifact"]},
    "installable": True,
    # Odoo Enterprise code (subscription, not a secret): ${k.n('M' + k.g.digits(12))}
}
`,
  ),

  rDoc(
    'erp-odoo-support-ticket-pt',
    ['prose', 'precision'],
    'tickets/odoo-suporte-2026-117.txt',
    (k) => `Chamado ${k.n(R.ticket(k.g))} – Odoo não envia NF-e para a SEFAZ

Olá equipe,

desde ontem o módulo de nota fiscal falha com "certificado inválido". Instalei o certificado A1 novo
(validade até 03/2027). A senha do arquivo .pfx é ${k.hpw()}.

Para acessar o servidor: usuário odoo, senha ${k.gpw()} (porta 22 liberada para o IP de vocês).
CNPJ da empresa: ${k.n(`${k.g.digits(2)}.${k.g.digits(3)}.${k.g.digits(3)}/0001-${k.g.digits(2)}`)}
Chave de acesso da última NF-e: ${k.n(k.g.digits(44))}

Obrigado,
Rafael – TI Curitiba
`,
  ),

  rDoc(
    'erp-odoo-backup-cron',
    ['command-line', 'code', 'precision'],
    'ops/odoo_backup.sh',
    (k) => `#!/bin/bash
# Nightly Odoo DB backup via the database manager endpoint (master password = admin_passwd)
set -euo pipefail
MASTER_PWD='${k.s('password', R.safePw(k.g))}'
DB=kohlmann_prod
TS=$(date +%F)
curl -sf -X POST -F "master_pwd=$MASTER_PWD" -F "name=$DB" -F "backup_format=zip" \\
  -o "/backup/odoo/$DB-$TS.zip" https://erp.kohlmann.example/web/database/backup
aws s3 cp "/backup/odoo/$DB-$TS.zip" "s3://kohlmann-erp-backup/odoo/" --sse aws:kms
curl -s -X POST -H 'Content-type: application/json' -d "{\\"text\\":\\"Odoo backup $DB $TS ok\\"}" ${k.prov('Slack webhook', R.slackHook(k.g))}
# restore test: MASTER_PWD=${k.n('$(pass show odoo/master)')}
`,
  ),
];
