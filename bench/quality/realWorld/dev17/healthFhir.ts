// FHIR servers and SMART on FHIR apps: HAPI FHIR application.yaml, SMART backend services (JWKS, private key JWT),
// Epic/Cerner/athenahealth sandbox and production registrations, Azure Health Data Services, Google Cloud Healthcare
// API service accounts, AWS HealthLake.
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_FHIR_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-hapi-application-yaml',
    ['config-syntax', 'precision'],
    'hapi-fhir-jpaserver/src/main/resources/application.yaml',
    (k) => `spring:
  main:
    allow-circular-references: true
  flyway:
    enabled: false
  datasource:
    url: 'jdbc:postgresql://fhir-db.internal:5432/hapi'
    username: hapi_admin
    password: ${k.spw()}
    driverClassName: org.postgresql.Driver
    max-active: 15
    hikari:
      maximum-pool-size: 10
  jpa:
    properties:
      hibernate.format_sql: false
      hibernate.show_sql: false
      hibernate.dialect: ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgres94Dialect
      hibernate.search.enabled: true
      hibernate.search.backend.type: elasticsearch
      hibernate.search.backend.hosts: es.internal:9200
      hibernate.search.backend.username: elastic
      hibernate.search.backend.password: ${k.pw()}
hapi:
  fhir:
    fhir_version: R4
    server_address: https://fhir.northside-health.org/fhir/
    allow_external_references: true
    narrative_enabled: false
    subscription:
      resthook_enabled: true
      email:
        from: fhir-noreply@northside-health.org
        host: smtp.sendgrid.net
        port: 587
        username: apikey
        password: ${k.prov('SendGrid', V.sendgrid(k.g))}
    tester:
      home:
        name: Local Tester
        server_address: 'http://localhost:8080/fhir'
        refuse_to_fetch_third_party_urls: false
        fhir_version: R4
    implementationguides:
      uscore:
        name: hl7.fhir.us.core
        version: 6.1.0
        packageUrl: https://packages.fhir.org/hl7.fhir.us.core/6.1.0
`,
  ),

  hDoc(
    'health-hapi-env-docker-compose',
    ['config-syntax', 'precision'],
    'deploy/docker-compose.yml',
    (k) => `version: "3.8"
services:
  fhir:
    image: hapiproject/hapi:v7.0.3
    ports: ["8080:8080"]
    environment:
      SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/hapi
      SPRING_DATASOURCE_USERNAME: admin
      SPRING_DATASOURCE_PASSWORD: ${k.spw()}
      hapi.fhir.cors.allowed_origin: "*"
      KEYCLOAK_CLIENT_SECRET: ${k.tok()}
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: hapi
      POSTGRES_USER: admin
      POSTGRES_PASSWORD: ${k.spw()}
    volumes:
      - hapi-data:/var/lib/postgresql/data
  keycloak:
    image: quay.io/keycloak/keycloak:24.0
    command: start-dev --import-realm
    environment:
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: ${k.pw()}
      KC_DB_PASSWORD: \${KC_DB_PASSWORD}
volumes:
  hapi-data: {}
`,
  ),

  hDoc(
    'health-smart-backend-jwks',
    ['credential-file', 'config-syntax', 'precision'],
    'smart-backend/keys/private-jwks.json',
    (k) => `{
  "keys": [
    {
      "kty": "RSA",
      "kid": "${k.n(k.g.hex(32))}",
      "use": "sig",
      "alg": "RS384",
      "n": "${k.n(k.g.base64url(342))}",
      "e": "AQAB",
      "d": "${k.key(k.g.base64url(342))}",
      "p": "${k.u(k.g.base64url(171))}",
      "q": "${k.u(k.g.base64url(171))}",
      "dp": "${k.u(k.g.base64url(171))}",
      "dq": "${k.u(k.g.base64url(171))}",
      "qi": "${k.u(k.g.base64url(171))}"
    },
    {
      "kty": "EC",
      "kid": "${k.n(k.g.hex(16))}",
      "crv": "P-384",
      "alg": "ES384",
      "x": "${k.n(k.g.base64url(64))}",
      "y": "${k.n(k.g.base64url(64))}",
      "d": "${k.key(k.g.base64url(64))}"
    }
  ]
}
`,
  ),

  hDoc(
    'health-smart-public-jwks',
    ['config-syntax', 'precision'],
    'smart-backend/public/.well-known/jwks.json',
    (k) => `{
  "keys": [
    {
      "kty": "RSA",
      "kid": "${k.n(k.g.hex(32))}",
      "use": "sig",
      "alg": "RS384",
      "n": "${k.n(k.g.base64url(342))}",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "kid": "${k.n(k.g.hex(16))}",
      "crv": "P-384",
      "alg": "ES384",
      "x": "${k.n(k.g.base64url(64))}",
      "y": "${k.n(k.g.base64url(64))}"
    }
  ]
}
`,
  ),

  hDoc(
    'health-smart-app-config-ts',
    ['code', 'config-syntax', 'precision'],
    'src/config/ehr.ts',
    (k) => `// EHR registrations for the discharge-planning SMART app.
// Patient-facing launches use public clients (PKCE, no secret): those client ids are meant to be public.
export const EHR_CONFIG = {
  epic: {
    sandbox: {
      iss: 'https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4',
      clientId: '${k.n(k.g.uuid())}',
      scope: 'launch openid fhirUser patient/*.read',
    },
    production: {
      clientId: '${k.n(k.g.uuid())}',
      scope: 'launch openid fhirUser patient/*.read',
    },
  },
  cerner: {
    clientId: '${k.n(k.g.uuid())}',
    tenant: '${k.n(k.g.uuid())}',
    // confidential client for the provider-facing launch (Code Console)
    clientSecret: '${k.tok()}',
  },
  athena: {
    baseUrl: 'https://api.preview.platform.athenahealth.com/fhir/r4',
    clientId: '${k.n(k.g.alnum(20).toLowerCase())}',
    clientSecret: process.env.ATHENA_CLIENT_SECRET,
    practiceId: '${k.n(k.g.digits(6))}',
  },
  allscripts: {
    appName: 'DischargePlanner',
    appUsername: 'DischargePlanner',
    appPassword: '${k.pw()}',
  },
};
`,
  ),

  hDoc(
    'health-azure-ahds-env',
    ['config-syntax', 'precision'],
    'fhir-loader/.env',
    (k) => `# Azure Health Data Services — FHIR loader (bulk NDJSON import)
AZURE_TENANT_ID=${k.n(k.g.uuid())}
AZURE_CLIENT_ID=${k.n(k.g.uuid())}
AZURE_CLIENT_SECRET=${k.prov('Azure AD client secret', V.azureSecret(k.g))}
FHIR_URL=https://nshws-fhirprod.fhir.azurehealthcareapis.com
DICOM_URL=https://nshws-dicomprod.dicom.azurehealthcareapis.com/v1
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=nshfhirimport;AccountKey=${k.prov('Azure Storage', V.azureStorageKey(k.g))};EndpointSuffix=core.windows.net
IMPORT_CONTAINER=ndjson-import
SUBSCRIPTION_ID=${k.n(k.g.uuid())}
APPINSIGHTS_INSTRUMENTATIONKEY=${k.n(k.g.uuid())}
LOG_LEVEL=info
`,
  ),

  hDoc(
    'health-gcp-healthcare-sa-json',
    ['credential-file'],
    'secrets/healthcare-api-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "nsh-healthcare-prod",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(V.pemJson(k.g))}",
  "client_email": "hl7v2-ingest@nsh-healthcare-prod.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/hl7v2-ingest%40nsh-healthcare-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),

  hDoc(
    'health-healthlake-python',
    ['code', 'precision'],
    'scripts/healthlake_import.py',
    (k) => `"""Kick off a HealthLake import job for the nightly Synthea export."""
import boto3

# TODO: remove before pushing, use the instance profile instead
session = boto3.Session(
    aws_access_key_id="${k.u(V.awsId(k.g))}",
    aws_secret_access_key="${k.prov('AWS', V.awsSecret(k.g))}",
    region_name="us-east-1",
)
hl = session.client("healthlake")

DATASTORE_ID = "${k.n(k.g.hex(32))}"
KMS_KEY = "arn:aws:kms:us-east-1:123456789012:key/${k.n(k.g.uuid())}"

resp = hl.start_fhir_import_job(
    JobName="synthea-nightly",
    InputDataConfig={"S3Uri": "s3://nsh-synthea-export/ndjson/"},
    JobOutputDataConfig={"S3Configuration": {"S3Uri": "s3://nsh-healthlake-logs/import/", "KmsKeyId": KMS_KEY}},
    DatastoreId=DATASTORE_ID,
    DataAccessRoleArn="arn:aws:iam::123456789012:role/HealthLakeImport",
)
print(resp["JobId"], resp["JobStatus"])
`,
  ),

  hDoc(
    'health-epic-backend-readme',
    ['prose', 'credential-file', 'precision'],
    'docs/epic-backend-services.md',
    (k) => `# Epic backend services (bulk FHIR) — how our app authenticates

1. Generate a key pair: \`openssl genrsa -out privatekey.pem 2048\` and
   \`openssl req -new -x509 -key privatekey.pem -out publickey509.pem -subj '/CN=nsh-bulk'\`.
2. Upload \`publickey509.pem\` to the app on fhir.epic.com (non-production and production are separate uploads).
3. The client id for non-production is \`${k.n(k.g.uuid())}\` (not secret, it is in the app listing).
4. Sign a JWT (RS384) with \`iss\` = \`sub\` = client id, \`aud\` = the token URL, \`jti\` random, \`exp\` ≤ 5 min.

The key we use in the **test** environment is below so the team can run the Postman collection. Do not use it
anywhere near production.

\`\`\`
${k.key(V.pem(k.g, 'RSA PRIVATE KEY'))}
\`\`\`

The public part is fine to share:

\`\`\`
${k.n(V.certPem(k.g))}
\`\`\`

Token request (the assertion shown is expired):

\`\`\`
POST /interconnect-fhir-oauth/oauth2/token
grant_type=client_credentials&client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer&client_assertion=${k.n('<signed-jwt>')}
\`\`\`
`,
  ),

  hDoc(
    'health-fhir-client-appsettings',
    ['config-syntax', 'precision'],
    'src/Nsh.FhirSync/appsettings.Production.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "ConnectionStrings": {
    "Staging": "Server=tcp:nsh-sql-prod.database.windows.net,1433;Initial Catalog=FhirStaging;User ID=fhirsync;Password=${k.cs()};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
    "ServiceBus": "Endpoint=sb://nsh-bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${k.prov('Azure Service Bus', k.g.base64(44))}"
  },
  "Fhir": {
    "BaseUrl": "https://nshws-fhirprod.fhir.azurehealthcareapis.com",
    "Authority": "https://login.microsoftonline.com/${k.n(k.g.uuid())}",
    "ClientId": "${k.n(k.g.uuid())}",
    "ClientSecret": "${k.prov('Azure AD client secret', V.azureSecret(k.g))}",
    "Audience": "https://nshws-fhirprod.fhir.azurehealthcareapis.com"
  },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=${k.n(k.g.uuid())};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" }
}
`,
  ),

  hDoc(
    'health-smart-launcher-postman-env',
    ['config-syntax', 'http-auth', 'precision'],
    'postman/Cerner-Sandbox.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "Cerner Sandbox",
  "values": [
    { "key": "fhir_base", "value": "https://fhir-ehr-code.cerner.com/r4/${k.n(k.g.uuid())}", "type": "default", "enabled": true },
    { "key": "token_url", "value": "https://authorization.cerner.com/tenants/${k.n(k.g.uuid())}/protocols/oauth2/profiles/smart-v1/token", "type": "default", "enabled": true },
    { "key": "client_id", "value": "${k.n(k.g.uuid())}", "type": "default", "enabled": true },
    { "key": "client_secret", "value": "${k.tok()}", "type": "secret", "enabled": true },
    { "key": "access_token", "value": "${k.bearer()}", "type": "secret", "enabled": true },
    { "key": "patient_id", "value": "${k.n(k.g.digits(8))}", "type": "default", "enabled": true },
    { "key": "encounter_id", "value": "${k.n(k.g.digits(8))}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-06-11T14:02:19.311Z",
  "_postman_exported_using": "Postman/10.24.16"
}
`,
  ),

  hDoc(
    'health-fhir-bulk-export-script',
    ['command-line', 'http-auth', 'precision'],
    'scripts/bulk-export.sh',
    (k) => `#!/usr/bin/env bash
# Bulk $export from the payer's FHIR server (CMS interoperability rule), group-level
set -euo pipefail
BASE=https://fhir.payer-partner.com/r4
CLIENT_ID=${k.n(k.g.alnum(24))}
CLIENT_SECRET=${k.tok()}

TOKEN=$(curl -s -u "$CLIENT_ID:$CLIENT_SECRET" -d 'grant_type=client_credentials&scope=system/*.read' "$BASE/../oauth/token" | jq -r .access_token)

curl -si -H "Authorization: Bearer $TOKEN" -H 'Accept: application/fhir+json' -H 'Prefer: respond-async' \\
  "$BASE/Group/${k.n(k.g.alnum(12).toLowerCase())}/\\$export?_type=Patient,Coverage,ExplanationOfBenefit"

# one-off during the outage, token copied from the portal:
# curl -H "Authorization: Bearer ${k.bearer()}" "$BASE/Patient?_count=1"
`,
  ),
];
