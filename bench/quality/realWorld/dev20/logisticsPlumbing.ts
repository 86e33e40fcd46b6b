// The glue around logistics systems: Airflow connections of the shipment data warehouse, Helm values of tracking
// services, e-commerce carrier module settings, private registries for carrier SDKs, C# broker clients and
// Kotlin/Java dispatch back ends. Keys are mostly unprefixed and named by their settings key.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_PLUMBING_DOCS: RealWorldDoc[] = [
  lDoc('logistics-airflow-connections-json', ['config-syntax', 'precision'], 'airflow/connections/export-2026-04.json', (k) => {
    return `{
  "tms_postgres": { "conn_type": "postgres", "host": "tmsdb-replica", "login": "airflow", "password": "${k.pw()}", "schema": "tms", "port": 5432 },
  "samsara_api": { "conn_type": "http", "host": "https://api.samsara.com", "password": "${k.prov('Samsara', L.samsara(k.g))}" },
  "fourkites_api": { "conn_type": "http", "host": "https://api.fourkites.com", "extra": "{\\"api_key\\": \\"${k.tok()}\\"}" },
  "s3_pod_archive": { "conn_type": "aws", "login": "${k.u(L.awsId(k.g))}", "password": "${k.prov('AWS', L.awsSecret(k.g))}", "extra": "{\\"region_name\\": \\"eu-central-1\\"}" },
  "slack_dispatch": { "conn_type": "slack", "password": "${k.n('{{ var.value.slack_token }}')}" }
}
`;
  }),

  lDoc('logistics-helm-values-tracking', ['config-syntax', 'precision'], 'charts/tracking-api/values-prod.yaml', (k) => {
    return `replicaCount: 3
image:
  repository: registry.northfreight.example/tracking-api
  tag: "3.2.0"
env:
  LOG_LEVEL: info
  CARRIER_TIMEOUT_MS: "8000"
secrets:
  hereApiKey: ${k.s('token', L.hereKey(k.g))}
  tomtomApiKey: ${k.s('token', k.g.alnum(32))}
  trackingHmacKey: ${k.hex(64)}
  fedexClientSecret:
    valueFrom:
      secretKeyRef: { name: carrier-secrets, key: fedex-client-secret }
ingress:
  enabled: true
  hosts: [track.northfreight.example]
`;
  }),

  lDoc('logistics-shopware-dhl-plugin-config', ['config-syntax', 'precision'], 'custom/plugins/NfShipping/src/Resources/config/prod-settings.xml', (k) => {
    return `<?xml version="1.0" encoding="UTF-8"?>
<config>
  <card>
    <title>DHL / Deutsche Post</title>
    <input-field><name>dhlApiKey</name><defaultValue>${k.s('token', L.dhlKey(k.g))}</defaultValue></input-field>
    <input-field><name>dhlApiSecret</name><defaultValue>${k.s('token', L.dhlSecret(k.g))}</defaultValue></input-field>
    <input-field><name>gkpUser</name><defaultValue>shopware_versand</defaultValue></input-field>
    <input-field type="password"><name>gkpPassword</name><defaultValue>${k.pw()}</defaultValue></input-field>
    <input-field><name>ekp</name><defaultValue>${k.n(k.g.digits(10))}</defaultValue></input-field>
  </card>
  <card>
    <title>Internetmarke (Portokasse)</title>
    <input-field><name>partnerId</name><defaultValue>${k.n(k.g.upper(4))}</defaultValue></input-field>
    <input-field><name>partnerSignatureKey</name><defaultValue>${k.s('token', k.g.alnum(32))}</defaultValue></input-field>
    <input-field><name>portokasseUser</name><defaultValue>versand@fernweh-tee.de</defaultValue></input-field>
    <input-field type="password"><name>portokassePassword</name><defaultValue>${k.hpw()}</defaultValue></input-field>
  </card>
</config>
`;
  }),

  lDoc('logistics-npmrc-carrier-sdk', ['credential-file', 'precision'], 'label-service/.npmrc', (k) => {
    return `@northfreight:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${k.prov('GitHub', L.githubPat(k.g))}
@carrier-sdk:registry=https://nexus.northfreight.example/repository/npm-carrier/
//nexus.northfreight.example/repository/npm-carrier/:_auth=${k.s('http-auth', L.b64('ci-deploy:' + L.safePw(k.g)))}
always-auth=true
`;
  }),

  lDoc('logistics-broker-client-csharp', ['code', 'precision'], 'src/Broker/CustomsBrokerClient.cs', (k) => {
    return `using System.Net.Http;
using System.Net.Http.Headers;

namespace NorthFreight.Customs;

/// Talks to the customs broker's declaration API (one key per branch).
public sealed class CustomsBrokerClient
{
    private static readonly Dictionary<string, string> BranchKeys = new()
    {
        ["VENLO"] = "${k.tok()}",
        ["DUISBURG"] = "${k.tok()}",
        ["GDANSK"] = "${k.ph()}",
    };

    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.brokerlink.example/v3/") };

    public Task<HttpResponseMessage> SubmitAsync(string branch, HttpContent declaration)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "declarations") { Content = declaration };
        req.Headers.Add("X-Api-Key", BranchKeys[branch]);
        return _http.SendAsync(req);
    }
}
`;
  }),

  lDoc('logistics-dispatch-backend-kotlin', ['code', 'defaults-in-code', 'precision'], 'dispatch-api/src/main/kotlin/com/nf/dispatch/Config.kt', (k) => {
    return `package com.nf.dispatch

data class DispatchConfig(
    val dbUrl: String = System.getenv("DB_URL") ?: "jdbc:postgresql://localhost:5432/dispatch",
    val dbUser: String = System.getenv("DB_USER") ?: "dispatch",
    val dbPassword: String = System.getenv("DB_PASSWORD") ?: "${k.pw()}",
    val geotabPassword: String = System.getenv("GEOTAB_PASSWORD") ?: "${k.pw()}",
    val webfleetApiKey: String = System.getenv("WEBFLEET_APIKEY") ?: "",
    val tomtomKey: String = System.getenv("TOMTOM_KEY") ?: "${k.s('token', k.g.alnum(32))}",
    val sessionSigningKey: String = System.getenv("SESSION_KEY") ?: "${k.s('token', k.g.base64url(43))}",
)
`;
  }),
];
