// Operations around the network: shell history of NOC engineers, CI pipelines and Dockerfiles of OSS and CPaaS
// services, IPsec and WireGuard links to partners, credential files on jump hosts, a few private keys.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_OPS_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-noc-bash-history',
    ['command-line', 'precision'],
    'home/noc/.bash_history',
    (k) => `ssh noc@${T.ipv4(k.g, '10.0')}
sshpass -p '${k.gpw()}' ssh -o StrictHostKeyChecking=no admin@${T.ipv4(k.g, '10.9')}
mysql -h ${T.ipv4(k.g, '10.20')} -u radius -p${k.spw()} radius -e "select * from radacct order by radacctid desc limit 5"
export PGPASSWORD=${k.spw()}
psql -h cdr-dw.bss.internal -U reports cdr -c "select count(*) from cdr_2026_03"
asterisk -rx "pjsip show registrations"
curl -s -u admin:${k.dev()} http://${T.ipv4(k.g, '10.9')}/cgi-bin/status.cgi
mysql -u root -p
grep ${k.n(T.mac(k.g))} /var/log/syslog
history | grep ${k.n('$SNMP_PRIV')}
`,
  ),

  tDoc(
    'telecom-gitlab-ci-oss',
    ['config-syntax', 'precision'],
    'oss-inventory/.gitlab-ci.yml',
    (k) => `stages: [test, build, deploy]

variables:
  POSTGRES_DB: inventory_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: ${k.n('runner')}
  NETBOX_URL: https://netbox.isp.example
  NETBOX_TOKEN: ${k.prov('NetBox', T.netbox(k.g))}

test:
  stage: test
  services: [postgres:16]
  script:
    - pytest -q

deploy:
  stage: deploy
  script:
    - echo "$DEPLOY_KEY" | base64 -d > id_ed25519
    - ansible-playbook -i inventories/prod site.yml --vault-password-file <(echo "${k.gpw()}")
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY
  only: [main]
`,
  ),

  tDoc(
    'telecom-dockerfile-smsc',
    ['config-syntax', 'precision'],
    'smsc-adapter/Dockerfile',
    (k) => `FROM eclipse-temurin:21-jre
LABEL maintainer="cpaas-team@carrier.example"
ENV SMPP_HOST=smsc.carrier.internal \\
    SMPP_PORT=2775 \\
    SMPP_SYSTEM_ID=cpaas01 \\
    SMPP_PASSWORD=${k.s('password', T.smppPw(k.g))} \\
    KAFKA_BOOTSTRAP=kafka:9092
ARG NEXUS_TOKEN=${k.tok()}
RUN curl -fsSL -H "Authorization: Bearer $NEXUS_TOKEN" https://nexus.carrier.internal/repository/libs/smpp-adapter.jar -o /app.jar
# sha256 of the jar: ${k.n(T.sha256(k.g))}
ENTRYPOINT ["java", "-jar", "/app.jar"]
`,
  ),

  tDoc(
    'telecom-docker-compose-pbx',
    ['config-syntax', 'precision'],
    'pbx-stack/docker-compose.yml',
    (k) => `services:
  freepbx:
    image: tiredofit/freepbx:latest
    environment:
      - DB_EMBEDDED=FALSE
      - DB_HOST=db
      - DB_NAME=asterisk
      - DB_USER=asterisk
      - DB_PASS=${k.spw()}
      - ADMIN_PASSWORD=\${FREEPBX_ADMIN_PASSWORD}
    ports: ["5060:5060/udp", "18000-18100:18000-18100/udp"]
  db:
    image: mariadb:10.11
    environment:
      MYSQL_ROOT_PASSWORD: ${k.spw()}
      MYSQL_PASSWORD: ${k.n('${DB_PASS}')}
  kamailio:
    image: kamailio/kamailio:5.7
    environment:
      DBURL: "mysql://kamailio:${k.cs()}@db/kamailio"
`,
  ),

  tDoc(
    'telecom-ipsec-secrets-partner',
    ['credential-file', 'config-syntax', 'precision'],
    'etc/ipsec.secrets',
    (k) => `# IPsec to the roaming hub (GRX) and the SMS aggregator
${T.ipv4(k.g, '193')} ${T.ipv4(k.g, '62')} : PSK "${k.shared()}"
${T.ipv4(k.g, '193')} ${T.ipv4(k.g, '41')} : PSK ${k.gpw()}
: RSA /etc/ipsec.d/private/gw01.key
# peer certificate fingerprint ${k.n(Array.from({ length: 20 }, () => k.g.hex(2).toUpperCase()).join(':'))}
`,
  ),

  tDoc(
    'telecom-wireguard-field-laptop',
    ['credential-file', 'precision'],
    'field/wg-tech-laptop.conf',
    (k) => `[Interface]
# technician laptop, returned? see ${k.n(T.ticket(k.g))}
PrivateKey = ${k.key(k.g.base64(43) + '=')}
Address = 10.255.8.${k.g.digits(2)}/32
DNS = 10.0.0.53

[Peer]
PublicKey = ${k.n(k.g.base64(43) + '=')}
PresharedKey = ${k.s('token', k.g.base64(43) + '=')}
Endpoint = vpn.isp.example:51820
AllowedIPs = 10.0.0.0/8
`,
  ),

  tDoc(
    'telecom-jump-host-key',
    ['credential-file', 'precision'],
    'ops/keys/olt-backup_rsa',
    (k) => `${k.key(T.pem(k.g, 'RSA PRIVATE KEY'))}
`,
  ),

  tDoc(
    'telecom-ansible-hosts-olt',
    ['config-syntax', 'precision'],
    'ansible/inventories/prod/hosts.ini',
    (k) => `[olt_huawei]
olt-rec-01 ansible_host=${T.ipv4(k.g, '10.9')}
olt-rec-02 ansible_host=${T.ipv4(k.g, '10.9')}

[olt_huawei:vars]
ansible_connection=network_cli
ansible_network_os=community.network.ce
ansible_user=ansible
ansible_password=${k.gpw()}
ansible_become_password=${k.n('{{ vault_enable_pw }}')}

[radius]
rad1 ansible_host=${T.ipv4(k.g, '10.250')} ansible_ssh_pass=${k.hpw()}
`,
  ),

  tDoc(
    'telecom-sbc-tls-bundle',
    ['credential-file', 'precision'],
    'sbc/tls/sbc-teams.pem',
    (k) => `# Direct Routing certificate for sbc.operator.example (chain + key, as uploaded to the SBC)
${k.n(T.certPem(k.g))}
${k.key(T.pem(k.g, 'PRIVATE KEY'))}
`,
  ),

  tDoc(
    'telecom-github-actions-cpaas',
    ['config-syntax', 'precision'],
    '.github/workflows/deploy-otp.yml',
    (k) => `name: deploy-otp
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      TWILIO_ACCOUNT_SID: \${{ secrets.TWILIO_ACCOUNT_SID }}
      TWILIO_AUTH_TOKEN: \${{ secrets.TWILIO_AUTH_TOKEN }}
      SENDGRID_API_KEY: ${k.prov('SendGrid', T.sendgrid(k.g))}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
      - run: npx serverless deploy --stage prod
        env:
          GH_TOKEN: ${k.prov('GitHub', T.githubPat(k.g))}
`,
  ),

  tDoc(
    'telecom-pgpass-netrc',
    ['credential-file', 'precision'],
    'home/billing/.pgpass',
    (k) => `# hostname:port:database:username:password
cdr-dw.bss.internal:5432:cdr:reports:${k.spw()}
billing-pg.bss.internal:5432:*:billing_app:${k.spw()}
localhost:5432:*:postgres:${k.n('postgres')}
`,
  ),

  tDoc(
    'telecom-pm2-ecosystem',
    ['code', 'defaults-in-code', 'precision'],
    'ussd-menu/ecosystem.config.js',
    (k) => `module.exports = {
  apps: [
    {
      name: 'ussd-menu',
      script: 'dist/server.js',
      env_production: {
        NODE_ENV: 'production',
        AT_USERNAME: 'mvno_ke',
        AT_API_KEY: '${k.s('token', 'atsk_' + k.g.hex(64), "Africa's Talking")}',
        MPESA_CONSUMER_KEY: '${k.u(k.g.alnum(48))}',
        MPESA_CONSUMER_SECRET: '${k.tok()}',
        MPESA_PASSKEY: '${k.hex(64)}',
        MPESA_SHORTCODE: '${k.n(k.g.digits(6))}',
      },
    },
  ],
};
`,
  ),
];
