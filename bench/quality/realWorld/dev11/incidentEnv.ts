// rw-dev11 incident part: environment dumps pasted where they should not be (printenv in an issue, Windows `set`,
// `docker inspect`, PowerShell Env: tables, heroku config, process.env / os.environ prints, ps listings).
import type { RealWorldDoc } from '../types';
import { F, PROV, idoc } from './incidentValues';

export const INCIDENT_ENV_DOCS: RealWorldDoc[] = [
  idoc(
    'issue-printenv-dump',
    ['logs-and-output', 'prose', 'precision'],
    'issues/1873-worker-crashloop.md',
    (x) => `### Worker crashloops after upgrading to 3.2.0

Hi! After bumping the image the worker pod restarts every ~40s. Here is the environment from inside the container
(ran \`kubectl exec -it worker-7c9f -- printenv\`), maybe something is missing?

${F}
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=worker-7c9f6d8b4-x2kqp
LANG=C.UTF-8
PYTHON_VERSION=3.11.6
GPG_KEY=${x.n('A035C8C19219BA821ECEA86B64E628F8D684696D')}
APP_ENV=production
QUEUE_URL=redis://:${x.cs()}@redis-master.jobs.svc:6379/2
S3_BUCKET=acme-exports
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${x.u(PROV.awsId(x.g))}
AWS_SECRET_ACCESS_KEY=${x.prov('awsSecret', 'AWS secret access key')}
SMTP_USER=apikey
SMTP_PASSWORD=${x.prov('sendgrid', 'SendGrid')}
INTERNAL_API_TOKEN=${x.tok()}
FEATURE_FLAGS=exports_v2,pdf_async
KUBERNETES_SERVICE_HOST=10.96.0.1
KUBERNETES_PORT=tcp://10.96.0.1:443
WORKER_CONCURRENCY=4
HOME=/home/app
${F}

Logs just say \`KeyError: 'EXPORT_SIGNING_KEY'\`. Commit I'm on: ${x.sha()}.

> **maintainer:** please don't paste env dumps publicly :( you need to rotate the AWS key and the SMTP one now.
> The missing var is \`EXPORT_SIGNING_KEY\` (see \`.env.example\`, value there is \`${x.n('change-me')}\`).
`,
  ),

  idoc(
    'windows-set-output-pl',
    ['logs-and-output', 'prose', 'command-line'],
    'tickets/HD-20931.txt',
    (x) => `Temat: Aplikacja magazynowa nie startuje na stanowisku MAG-07
Zgłaszający: Tomasz W.

Dzień dobry, po aktualizacji Windows program się nie uruchamia. Wklejam wynik polecenia "set" tak jak prosił pan z IT:

C:\\Users\\twisniewski>set
ALLUSERSPROFILE=C:\\ProgramData
APPDATA=C:\\Users\\twisniewski\\AppData\\Roaming
COMPUTERNAME=MAG-07
ComSpec=C:\\WINDOWS\\system32\\cmd.exe
HOMEDRIVE=C:
LOGONSERVER=\\\\DC01
MAGAZYN_DB_SERVER=sql01\\LAGER
MAGAZYN_DB_USER=magazyn
MAGAZYN_DB_HASLO=${x.pw(true)}
MAGAZYN_LICENCJA=${x.tok(x.g.upper(5) + '-' + x.g.upper(5) + '-' + x.g.upper(5) + '-' + x.g.upper(5))}
NUMBER_OF_PROCESSORS=8
OS=Windows_NT
Path=C:\\WINDOWS\\system32;C:\\WINDOWS;C:\\Program Files\\Magazyn\\bin
PROCESSOR_IDENTIFIER=Intel64 Family 6 Model 154 Stepping 3, GenuineIntel
PROXY_PASS=${x.hpw(true)}
PROXY_USER=twisniewski
USERDOMAIN=FIRMA
USERNAME=twisniewski
windir=C:\\WINDOWS

Hasło do proxy to moje hasło do domeny, mam nadzieję że to nie problem. Pozdrawiam
`,
  ),

  idoc(
    'docker-inspect-env',
    ['logs-and-output', 'config-syntax'],
    'debug/docker-inspect-api.json',
    (x) => `[
    {
        "Id": "${x.n(x.g.hex(64))}",
        "Created": "2026-11-17T22:10:41.884455331Z",
        "Path": "docker-entrypoint.sh",
        "Args": [
            "node",
            "server.js"
        ],
        "State": {
            "Status": "restarting",
            "ExitCode": 1,
            "Error": ""
        },
        "Image": "sha256:${x.n(x.g.hex(64))}",
        "Name": "/shop-api-1",
        "Config": {
            "Hostname": "${x.n(x.g.hex(12))}",
            "Env": [
                "NODE_ENV=production",
                "MONGO_URL=mongodb+srv://shop:${x.cs()}@cluster0.ab12c.mongodb.net/shop?retryWrites=true&w=majority",
                "JWT_SECRET=${x.tok()}",
                "SESSION_SECRET=${x.letters()}",
                "PAYPAL_CLIENT_ID=${x.n('A' + x.g.alnum(79))}",
                "PAYPAL_CLIENT_SECRET=${x.tok('E' + x.g.base64url(79))}",
                "ADMIN_DEFAULT_PASSWORD=${x.hpw(true)}",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "NODE_VERSION=20.10.0",
                "YARN_VERSION=1.22.19"
            ],
            "Image": "registry.example.com/shop/api:2.7.1",
            "Labels": {
                "com.docker.compose.config-hash": "${x.n(x.g.hex(64))}",
                "com.docker.compose.project": "shop",
                "org.opencontainers.image.revision": "${x.sha()}"
            }
        }
    }
]
`,
  ),

  idoc(
    'powershell-env-table',
    ['logs-and-output', 'command-line'],
    'support/ps-env-output.txt',
    (x) => `PS C:\\inetpub\\payroll> Get-ChildItem Env: | Format-Table -AutoSize

Name                           Value
----                           -----
ALLUSERSPROFILE                C:\\ProgramData
APP_POOL_ID                    PayrollPool
ASPNETCORE_ENVIRONMENT         Production
COMPUTERNAME                   WEB-PAY-02
ConnectionStrings__Payroll     Server=sql-pay.corp.local;Database=Payroll;User Id=payroll_app;Password=${x.cs()};TrustServerCertificate=True
DATEV_API_KEY                  ${x.tok(x.g.hex(40))}
DATEV_CLIENT_ID                ${x.rid()}
Jwt__SigningKey                ${x.tok(x.g.base64(44).replace(/[+/]/g, 'Q'))}
NUMBER_OF_PROCESSORS           4
OS                             Windows_NT
SMTP__Password                 ${x.gpw(true)}
SMTP__User                     lohn@firma.example
TEMP                           C:\\Windows\\TEMP
USERNAME                       WEB-PAY-02$


PS C:\\inetpub\\payroll> $env:SMTP__Password.Length
${x.n('16')}
`,
  ),

  idoc(
    'heroku-config-output',
    ['logs-and-output', 'command-line'],
    'notes/heroku-migration.md',
    (x) => `# Moving off Heroku — notes (Bruno)

Dumped the config before scaling down:

${F}console
$ heroku config -a acme-storefront
=== acme-storefront Config Vars
DATABASE_URL:            postgres://u${x.n(x.g.lower(13))}:${x.cs()}@ec2-52-1-2-3.compute-1.amazonaws.com:5432/d${x.g.lower(13)}
REDIS_TLS_URL:           rediss://:${x.cs()}@ec2-54-9-8-7.compute-1.amazonaws.com:21870
MAILGUN_API_KEY:         ${x.prov('mailgun', 'Mailgun')}
MAILGUN_DOMAIN:          mg.acme.example
SECRET_KEY_BASE:         ${x.tok(x.g.hex(128))}
RAILS_MASTER_KEY:        ${x.tok(x.g.hex(32))}
LANG:                    en_US.UTF-8
RACK_ENV:                production
WEB_CONCURRENCY:         2
${F}

TODO: copy these into the new secrets manager, then **delete this file** (lol).
`,
  ),

  idoc(
    'node-process-env-print',
    ['logs-and-output', 'code'],
    'logs/next-build-debug.txt',
    (x) => `> storefront@0.9.0 build
> DEBUG_ENV=1 next build

[debug] process.env at build time: {
  NEXT_PUBLIC_API_URL: 'https://api.shop.example',
  NEXT_PUBLIC_FIREBASE_API_KEY: '${x.n(PROV.google(x.g))}',
  NEXT_PUBLIC_ALGOLIA_SEARCH_KEY: '${x.n(x.g.hex(32))}',
  ALGOLIA_ADMIN_KEY: '${x.tok(x.g.hex(32))}',
  CONTENTFUL_MANAGEMENT_TOKEN: '${x.tok('CFPAT-' + x.g.base64url(43))}',
  REVALIDATE_SECRET: '${x.phrase(true)}',
  NODE_ENV: 'production',
  VERCEL_GIT_COMMIT_SHA: '${x.sha()}',
  npm_package_version: '0.9.0',
  __NEXT_PROCESSED_ENV: 'true'
}
info  - Linting and checking validity of types
info  - Creating an optimized production build
info  - Compiled successfully
info  - Collecting page data
`,
  ),

  idoc(
    'python-environ-crash',
    ['logs-and-output', 'code'],
    'crash/etl-20261118.log',
    (x) => `Fatal error in ETL run ${x.rid()}
environ({'HOSTNAME': 'etl-runner-3', 'HOME': '/root', 'ETL_SOURCE': 'sap', 'SAP_USER': 'RFC_ETL', 'SAP_PASSWD': '${x.pw(true)}', 'TARGET_DSN': 'snowflake://etl_user:${x.cs()}@acme-xy12345/RAW/SAP', 'PYTHONUNBUFFERED': '1', 'SLACK_WEBHOOK': '${x.prov('slackHook', 'Slack webhook')}', 'LC_ALL': 'C.UTF-8', 'PWD': '/opt/etl', 'OLDPWD': '/opt'})
Traceback (most recent call last):
  File "/opt/etl/run.py", line 77, in <module>
    main()
  File "/opt/etl/run.py", line 70, in main
    raise RuntimeError("SAP RFC logon failed: Name or password is incorrect (repeat logon)")
RuntimeError: SAP RFC logon failed: Name or password is incorrect (repeat logon)
`,
  ),

  idoc(
    'ps-auxe-listing',
    ['logs-and-output', 'command-line'],
    'forensics/ps-auxww.txt',
    (x) => `USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
root           1  0.0  0.0 167744 11520 ?        Ss   Nov17   0:09 /sbin/init
postgres     811  0.0  1.2 215332 48120 ?        Ss   Nov17   0:02 /usr/lib/postgresql/15/bin/postgres -D /var/lib/postgresql/15/main
app         2231  2.1  4.8 1203312 190044 ?      Sl   Nov17  31:40 java -Xmx1g -Dspring.profiles.active=prod -Ddb.password=${x.pw(true)} -jar /opt/app/app.jar
app         2290  0.3  0.9 312008 36120 ?        S    Nov17   2:12 /usr/bin/python3 /opt/sync/sync.py --user sync --password ${x.pw(true)} --interval 60
root        3011  0.0  0.1  12120  6400 ?        Ss   08:01   0:00 sshd: deploy [priv]
deploy      3044  0.0  0.0   8804  3900 pts/0    S+   08:02   0:00 mysql -h db1 -u backup -p${x.gpw(true)} -e SHOW DATABASES
root        3100  0.0  0.0   6400  2100 ?        S    08:03   0:00 sleep 3600
app         3122  0.1  0.3 100120 12002 ?        S    08:04   0:00 rclone sync /data remote:bkt --s3-secret-access-key ${x.n('***')} --log-level INFO
`,
  ),

  idoc(
    'systemd-show-environment',
    ['logs-and-output', 'command-line', 'precision'],
    'debug/systemctl-show.txt',
    (x) => `$ systemctl show metrics-agent.service -p Environment -p ExecStart -p InvocationID
Environment=AGENT_MODE=push PUSH_URL=https://metrics.example.net/api/v1/push PUSH_USER=node-17 PUSH_PASS=${x.pw(true)} LOG_LEVEL=info
ExecStart={ path=/usr/local/bin/metrics-agent ; argv[]=/usr/local/bin/metrics-agent --config /etc/metrics/agent.yml --api-key=${x.tok()} ; ignore_errors=no ; start_time=[Wed 2026-11-18 06:00:03 UTC] ; pid=912 ; code=(null) ; status=0/0 }
InvocationID=${x.trace()}
$ journalctl -u metrics-agent -n 3 --no-pager
Nov 18 06:00:03 node-17 metrics-agent[912]: level=info msg="starting" version=2.3.1 build=${x.short()}
Nov 18 06:00:04 node-17 metrics-agent[912]: level=info msg="pushing to https://metrics.example.net/api/v1/push as node-17"
Nov 18 06:00:04 node-17 metrics-agent[912]: level=warn msg="tls: certificate fingerprint ${x.n(x.g.hex(64))} not pinned"
`,
  ),
];
