// rw-held-out2 files part: more look-alike files (CSS hashes, image digests, identity-provider exports with
// hashed credentials, cloud ids, minified code) where nothing, or almost nothing, is a secret.
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_PRECISION2_DOCS: RealWorldDoc[] = [
  fdoc(
    'css-module-output',
    ['precision'],
    'dist/assets/index-BmF3xQ2a.css',
    (k) => `.Button_root__${k.n(k.g.base64url(5))}{display:inline-flex;padding:.5rem 1rem}
.Button_primary__${k.n(k.g.base64url(5))}{background:#0b5fff;color:#fff}
.LoginForm_password__${k.n(k.g.base64url(5))}{letter-spacing:.1em}
.css-${k.n(k.g.lower(6))}{margin:0 auto}
@font-face{font-family:Inter;src:url(data:font/woff2;base64,${k.n('d09GMgABAAAAA' + k.g.base64(160))}) format("woff2")}
/*# sourceMappingURL=index-${k.n(k.g.base64url(8))}.css.map */
`,
  ),

  fdoc(
    'docker-images-digests',
    ['precision', 'logs-and-output'],
    'support/docker-images.txt',
    (k) => `$ docker images --digests
REPOSITORY                         TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE
registry.acme.internal/api         3.8.1     sha256:${k.nSha()}   ${k.n(k.g.hex(12))}   2 days ago     212MB
registry.acme.internal/worker      3.8.1     sha256:${k.nSha()}   ${k.n(k.g.hex(12))}   2 days ago     198MB
postgres                           16        sha256:${k.nSha()}   ${k.n(k.g.hex(12))}   3 weeks ago    432MB
hashicorp/vault                    1.17      sha256:${k.nSha()}   ${k.n(k.g.hex(12))}   5 weeks ago    476MB
`,
  ),

  fdoc(
    'keycloak-realm-export',
    ['precision', 'config-syntax'],
    'keycloak/realm-export.json',
    (k) => `{
  "realm": "acme",
  "enabled": true,
  "passwordPolicy": "${k.n('length(12) and upperCase(1) and notUsername and passwordHistory(5)')}",
  "users": [
    {
      "username": "ops-admin",
      "enabled": true,
      "credentials": [
        {
          "type": "password",
          "secretData": "${k.n(`{\\"value\\":\\"${k.g.base64(44)}\\",\\"salt\\":\\"${k.g.base64(22)}==\\",\\"additionalParameters\\":{}}`)}",
          "credentialData": "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\",\\"additionalParameters\\":{}}"
        }
      ]
    }
  ],
  "clients": [
    {
      "clientId": "storefront",
      "publicClient": true,
      "redirectUris": ["https://shop.acme.example/*"]
    },
    {
      "clientId": "billing-service",
      "publicClient": false,
      "secret": "${k.tok(k.g.alnum(32))}",
      "attributes": { "client.secret.creation.time": "1732000000" }
    },
    {
      "clientId": "reporting",
      "publicClient": false,
      "secret": "${k.n('**********')}"
    }
  ],
  "keys": { "kid": "${k.n(k.g.base64url(43))}" }
}
`,
  ),

  fdoc(
    'arm-parameters-ids',
    ['precision', 'config-syntax'],
    'infra/main.parameters.json',
    (k) => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "subscriptionId": { "value": "${k.nUuid()}" },
    "tenantId": { "value": "${k.nUuid()}" },
    "adminObjectId": { "value": "${k.nUuid()}" },
    "appClientId": { "value": "${k.nUuid()}" },
    "sqlAdminPassword": {
      "reference": {
        "keyVault": { "id": "/subscriptions/${k.nUuid()}/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-acme" },
        "secretName": "${k.n('sql-admin-password')}"
      }
    },
    "storageSku": { "value": "Standard_LRS" },
    "workspaceKeyRef": { "value": "${k.n("[listKeys(variables('workspaceId'), '2022-10-01').primarySharedKey]")}" }
  }
}
`,
  ),

  fdoc(
    'minified-vendor-bundle',
    ['precision'],
    'public/js/vendor.min.js',
    (k) => `/*! acme-vendor v2.3.1 | (c) Acme | MIT */
!function(e,t){"object"==typeof exports?module.exports=t():e.acme=t()}(this,function(){"use strict";var e="${k.n(k.g.base64(64))}",t={token:"${k.n('__TOKEN__')}",apiKey:void 0,password:"${k.n('[hidden]')}"};function n(e){return e.replace(/[A-Za-z0-9+/=]{40,}/g,"${k.n('<redacted>')}")}var r="${k.n('sha256-' + k.g.base64(43) + '=')}";return{b:e,c:t,m:n,i:r,v:"${k.n(k.g.hex(7))}"}});
//# sourceMappingURL=vendor.min.js.map
`,
  ),
  fdoc(
    'git-log-output',
    ['precision', 'logs-and-output'],
    'docs/changelog-raw.txt',
    (k) => `commit ${k.nGit()}
Author: Jane Doe <jane@acme.example>
Date:   Fri Nov 28 17:02:11 2026 +0100

    Rotate the staging API key and move it to Vault (was in config/staging.yml)

commit ${k.nGit()}
Merge: ${k.n(k.g.hex(9))} ${k.n(k.g.hex(9))}
Author: ci-bot <ci@acme.example>
Date:   Thu Nov 27 09:14:40 2026 +0000

    Merge pull request #1421 from acme/fix/token-refresh

    Refresh the access token 60s before expiry instead of on 401
    Change-Id: ${k.n('I' + k.g.hex(40))}

commit ${k.nGit()}
Author: Bob Miller <bob@acme.example>
Date:   Wed Nov 26 11:45:03 2026 +0000

    Remove hard-coded password from db.py, read DB_PASSWORD from env
`,
  ),

  fdoc(
    'sbom-cyclonedx',
    ['precision'],
    'sbom.cdx.json',
    (k) => `{
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "serialNumber": "urn:uuid:${k.nUuid()}",
  "components": [
    {
      "type": "library",
      "name": "spring-security-crypto",
      "version": "6.3.4",
      "purl": "pkg:maven/org.springframework.security/spring-security-crypto@6.3.4",
      "hashes": [
        { "alg": "SHA-1", "content": "${k.n(k.g.hex(40))}" },
        { "alg": "SHA-256", "content": "${k.nSha()}" },
        { "alg": "SHA-512", "content": "${k.n(k.g.hex(128))}" }
      ]
    },
    {
      "type": "library",
      "name": "jjwt-api",
      "version": "0.12.6",
      "hashes": [{ "alg": "SHA-256", "content": "${k.nSha()}" }]
    }
  ]
}
`,
  ),

  fdoc(
    'env-template-refs',
    ['precision', 'config-syntax'],
    'deploy/app.env.tmpl',
    (k) => `# Rendered by consul-template / envsubst at deploy time
DB_HOST={{ key "app/db/host" }}
DB_PASSWORD=${k.n('{{ with secret "database/creds/app" }}{{ .Data.password }}{{ end }}')}
REDIS_PASSWORD=${k.n('${REDIS_PASSWORD}')}
API_KEY=${k.n('$(cat /run/secrets/api_key)')}
STRIPE_KEY=${k.n('%STRIPE_KEY%')}
SMTP_PASSWORD=${k.n('<set-in-vault>')}
JWT_SECRET=${k.n('vault:secret/data/app#jwt')}
SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
ALGOLIA_SEARCH_KEY=${k.n(k.g.hex(32))}
`,
  ),
];
