// rw-dev9 cred: files that look like credential files but hold (almost) no secret — templates, references,
// sops/Ansible Vault blobs, public keys, known_hosts, lockfile hashes, masked dumps — each with at most one
// real value slipped in, as happens.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cx } from './credValues';

export const CRED_LOOKALIKE_DOCS: RealWorldDoc[] = [
  doc('cred-sops-encrypted-yaml', ['credential-file', 'precision'], 'secrets/prod.enc.yaml', (k) => {
    const s = () => k.n(k.raw.sopsValue(k.g));
    return `db_password: ${s()}
smtp_password: ${s()}
api_token: ${s()}
sops:
    kms: []
    age:
        - recipient: ${k.n('age1' + k.g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${k.n(k.g.base64(64))}
            ${k.n(k.g.base64(40))}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2025-09-02T08:14:51Z"
    mac: ${s()}
    version: 3.9.0
`;
  }),
  doc('cred-values-template-references', ['credential-file', 'precision'], 'charts/api/values.yaml', (k) => {
    const x = cx(k);
    return `# Default values for api. Real values come from the sealed secret / vault.
database:
  host: postgres
  user: api
  password: ${k.n('""')}              # set via --set database.password=... or existingSecret
  existingSecret: ${k.n('api-db')}
  existingSecretPasswordKey: ${k.n('password')}
redis:
  password: ${k.n('{{ .Values.global.redisPassword }}')}
oauth:
  clientId: ${k.n('api-frontend')}
  clientSecret: ${k.n('vault:secret/data/api#oauth_client_secret')}
smtp:
  password: ${k.n('op://Infra/smtp-relay/password')}
s3:
  secretKey: ${k.n('${S3_SECRET_KEY}')}
  accessKey: ${k.n('${S3_ACCESS_KEY}')}
jwt:
  secret: ${k.n('ENC[AES256_GCM,data:...,type:str]')}
# old chart used this, still works:
legacyAdminPassword: ${x.season(true)}
`;
  }),
  doc('cred-known-hosts-and-authorized-keys', ['credential-file', 'precision'], 'home/deploy/.ssh/authorized_keys', (k) => {
    const x = cx(k);
    return `${x.sshPub()}
${x.sshPub()}
command="/usr/local/bin/backup-only",no-pty,no-port-forwarding ${x.sshPub()}
# fingerprints (ssh-keygen -lf):
#   256 SHA256:${k.n(k.g.base64(43))} deploy@ci (ED25519)
#   2048 MD5:${x.fp()} anna@laptop (RSA)
`;
  }),
  doc('cred-application-properties-all-refs', ['credential-file', 'precision'], 'src/main/resources/application.properties', (k) => {
    return `spring.datasource.url=jdbc:postgresql://\${DB_HOST:localhost}:5432/kasse
spring.datasource.username=${k.n('${DB_USER:kasse}')}
spring.datasource.password=${k.n('${DB_PASSWORD}')}
spring.security.oauth2.client.registration.github.client-id=${k.n('${GITHUB_CLIENT_ID}')}
spring.security.oauth2.client.registration.github.client-secret=${k.n('${GITHUB_CLIENT_SECRET}')}
app.crypto.key=${k.n('ENC(${CRYPTO_KEY_ENC})')}
app.crypto.algorithm=${k.n('PBEWITHHMACSHA512ANDAES_256')}
jasypt.encryptor.password=${k.n('${JASYPT_PASSWORD}')}
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
management.endpoint.health.show-details=always
spring.mail.password=${k.n('${MAIL_PASSWORD:}')}
`;
  }),
  doc('cred-masked-env-dump', ['credential-file', 'precision'], 'docs/support/env-dump-masked.txt', (k) => {
    return `# output of 'printenv | mask' attached to ticket SUP-3312 (values masked by the tool)
DB_PASSWORD=${k.n('********')}
REDIS_PASSWORD=${k.n('[MASKED]')}
AWS_SECRET_ACCESS_KEY=${k.n('wJal****************************KEY')}
STRIPE_SECRET_KEY=${k.n('sk_live_****************************4242')}
GITHUB_TOKEN=${k.n('ghp_************************************')}
JWT_SECRET=${k.n('<redacted 64 chars>')}
BUILD_SHA=${k.n(k.g.hex(40))}
REQUEST_ID=${k.n(k.g.uuid())}
APP_VERSION=${k.n('4.18.2-rc.1+build.20251102')}
SMTP_PASS=${k.n('xxxxxxxx')}
SESSION_SECRET=${k.n('(hidden)')}
TRACE_ID=${k.n(k.g.hex(32))}
IMAGE_DIGEST=${k.n('sha256:' + k.g.hex(64))}
OAUTH_CLIENT_ID=${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}
LDAP_BIND_PW=${k.n('<see vault: kv/ldap/bind>')}
`;
  }),
  doc('cred-lockfile-integrity-excerpt', ['precision'], 'package-lock.json', (k) => {
    return `{
  "name": "kassen-ui",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/dotenv": {
      "version": "16.4.5",
      "resolved": "https://registry.npmjs.org/dotenv/-/dotenv-16.4.5.tgz",
      "integrity": "${k.n(k.raw.integrity(k.g))}"
    },
    "node_modules/bcryptjs": {
      "version": "2.4.3",
      "resolved": "https://registry.npmjs.org/bcryptjs/-/bcryptjs-2.4.3.tgz",
      "integrity": "${k.n(k.raw.integrity(k.g))}"
    },
    "node_modules/keytar": {
      "version": "7.9.0",
      "integrity": "${k.n(k.raw.integrity(k.g))}"
    }
  }
}
`;
  }),
  doc('cred-gpg-public-key-and-trust', ['precision'], 'keys/release-signing.asc', (k) => {
    const body = Array.from({ length: 6 }, () => k.n(k.g.base64(64))).join('\n');
    return `pub   rsa4096 2023-01-15 [SC] [expires: 2027-01-15]
      ${k.n(k.g.hex(40).toUpperCase())}
uid           [ultimate] Release Signing <release@acme.example>
sub   rsa4096 2023-01-15 [E]

-----BEGIN PGP PUBLIC KEY BLOCK-----

${body}
=${k.n(k.g.base64(4))}
-----END PGP PUBLIC KEY BLOCK-----
`;
  }),
  doc('cred-htpasswd-users-doc', ['precision', 'credential-file'], 'ops/monitoring/users.htpasswd', (k) => {
    const x = cx(k);
    return `# managed by ansible role nginx_auth - do not edit by hand
# generate: htpasswd -nbB <user> <password>
grafana:${x.bcrypt()}
prometheus:${x.bcrypt()}
alertmanager:${x.apr1()}
uptime:${x.bcrypt()}
`;
  }),
  doc('cred-ldif-export-hashes', ['precision', 'credential-file'], 'backup/ldap/users.ldif', (k) => {
    const x = cx(k);
    return `dn: uid=mschulz,ou=people,dc=werkstatt,dc=example
objectClass: inetOrgPerson
uid: mschulz
cn: Martina Schulz
mail: m.schulz@werkstatt.example
userPassword: ${x.ssha()}

dn: uid=aydin,ou=people,dc=werkstatt,dc=example
objectClass: inetOrgPerson
uid: aydin
cn: Kemal Aydin
userPassword:: ${k.n(x.b64s('{SSHA}' + k.g.base64(32)))}

dn: uid=praktikant,ou=people,dc=werkstatt,dc=example
objectClass: inetOrgPerson
uid: praktikant
userPassword: ${x.leet()}
`;
  }),
  doc('cred-mysql-user-dump', ['precision'], 'backup/mysql-users.sql', (k) => {
    const x = cx(k);
    return `-- MySQL dump 10.13  Distrib 8.0.39
CREATE USER 'shop'@'%' IDENTIFIED WITH 'mysql_native_password' AS '${x.mysqlHash()}';
CREATE USER 'report'@'10.%' IDENTIFIED WITH 'caching_sha2_password' AS '${k.n('$A$005$' + k.g.alnum(20) + k.g.alnum(43))}';
CREATE USER 'backup'@'localhost' IDENTIFIED BY '${x.gen()}';
GRANT SELECT, LOCK TABLES ON *.* TO 'backup'@'localhost';
-- ALTER USER 'shop'@'%' IDENTIFIED BY '${k.ph()}';
`;
  }),
];
