// rw-dev9 cmd part: tokens without a provider prefix on command lines — --token/--api-key/--secret flags,
// headers, query strings, webhook secrets, CLI config set commands — beside ids and digests that are public.
import type { RealWorldDoc } from '../types';
import { cdoc } from './cmdValues';

export const CMD_TOKEN_DOCS: RealWorldDoc[] = [
  cdoc(
    'cmd-tok-cli-config-set',
    ['command-line'],
    'notes/cli-setup.txt',
    (c) => `# new laptop setup, Okt 2025
sentry-cli login --auth-token ${c.hex(64)}
datadog-ci --api-key ${c.hex(32)} --app-key ${c.hex(40)} synthetics run-tests
newrelic profiles add --profile default --apiKey ${c.m.secret('provider', 'NRAK-' + c.g.upper(27), 'newrelic')} --region EU --accountId ${c.n(c.g.digits(7))}
snyk auth ${c.tok(c.g.uuid())}
circleci setup --token ${c.hex(40)} --host https://circleci.com --no-prompt
codecov-cli upload-process -t ${c.tok(c.g.uuid())} --commit-sha ${c.sha()}
cf auth ops@example.com ${c.bpw()}
fly auth token
linear config set api-key ${c.m.secret('provider', 'lin_api_' + c.g.alnum(40), 'linear')}
`,
  ),

  cdoc(
    'cmd-tok-webhook-tests',
    ['command-line', 'http-auth'],
    'docs/webhooks-testing.md',
    (c) => `## Testing webhooks by hand

Signing secret of the staging endpoint: \`${c.tok('whsec_' + c.g.base64(32).replace(/[+/]/g, 'Z'))}\`

\`\`\`sh
BODY='{"event":"invoice.paid","id":"${c.n('evt_' + c.g.alnum(24))}"}'
SIG=$(echo -n "${c.n('$BODY')}" | openssl dgst -sha256 -hmac "${c.tok(c.g.hex(48))}" | cut -d' ' -f2)
curl -X POST https://staging.example.com/webhooks/billing \\
  -H "X-Signature: sha256=${c.n('$SIG')}" -H 'Content-Type: application/json' -d "${c.n('$BODY')}"
curl -X POST "https://staging.example.com/hooks/gitlab" -H "X-Gitlab-Token: ${c.tok()}" -d @push.json
curl "https://ci.example.com/job/nightly/build?token=${c.http(c.g.alnum(24))}&cause=manual"
\`\`\`

Example signature from the docs (not ours): \`${c.n('sha256=' + c.g.hex(64))}\`
`,
  ),

  cdoc(
    'cmd-tok-query-strings',
    ['command-line', 'http-auth'],
    'scripts/fetch-rates.sh',
    (c) => `#!/bin/sh
# daily FX + weather pull for the dashboard
curl -s "https://api.exchangerates.example/v1/latest?access_key=${c.http(c.g.hex(32))}&base=EUR" > /tmp/fx.json
curl -s "https://api.weather.example/data/2.5/weather?q=Lisbon&appid=${c.http(c.g.hex(32))}&units=metric" > /tmp/wx.json
wget -qO /tmp/news.json "https://newsapi.example.org/v2/top-headlines?country=de&apiKey=${c.http(c.g.hex(32))}"
curl -s "https://maps.example.com/api/geocode/json?address=Porto&key=${c.n('AIza' + c.g.base64url(35))}" > /tmp/geo.json  # browser key, referrer-restricted
curl -s "https://api.telegram.example/bot${c.tok(c.g.digits(10) + ':' + c.g.base64url(35))}/sendMessage?chat_id=${c.n('-100' + c.g.digits(10))}&text=rates+updated"
`,
  ),

  cdoc(
    'cmd-tok-docker-env-flags',
    ['command-line'],
    'docs/monitoring-agents.md',
    (c) => `# Monitoring agents

Datadog:

    docker run -d --name dd-agent -e DD_API_KEY=${c.hex(32)} -e DD_SITE=datadoghq.eu \\
      -v /var/run/docker.sock:/var/run/docker.sock:ro gcr.io/datadoghq/agent:7

Grafana Agent / Alloy:

    docker run -d -e GCLOUD_RW_API_KEY=${c.tok('glc_' + c.g.base64(80).replace(/[+/]/g, 'e'))} -e GCLOUD_HOSTED_METRICS_ID=${c.n(c.g.digits(6))} grafana/alloy:latest

Uptime Kuma push:

    curl -fsS "https://status.example.org/api/push/${c.tok(c.g.alnum(10))}?status=up&msg=OK&ping="

Portainer agent secret (must match the server):

    docker run -d -e AGENT_SECRET=${c.tok()} -p 9001:9001 portainer/agent:2.21.2

Image digests pinned: ${c.n('sha256:' + c.g.hex(64))}, ${c.n('sha256:' + c.g.hex(64))}
`,
  ),

  cdoc(
    'cmd-tok-k8s-secrets-cli',
    ['command-line'],
    'deploy/secrets.sh',
    (c) => `#!/usr/bin/env bash
# one-off: seed secrets in the new cluster (delete this file after!)
NS=platform
kubectl -n $NS create secret generic app-secrets \\
  --from-literal=SECRET_KEY_BASE=${c.hex(128)} \\
  --from-literal=ENCRYPTION_KEY=${c.tok(c.g.base64(44).replace(/[+/]/g, 'm'))} \\
  --from-literal=OIDC_CLIENT_ID=${c.n('platform-web')} \\
  --from-literal=OIDC_CLIENT_SECRET=${c.tok(c.g.alnum(32))} \\
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n $NS create secret generic webhook --from-literal=token=${c.tok()} --dry-run=client -o yaml | kubeseal -o yaml > sealed-webhook.yaml
kubectl -n $NS annotate secret app-secrets rotated-at="$(date -Iseconds)" --overwrite
kubectl -n $NS get events --field-selector involvedObject.uid=${c.reqId()}
`,
  ),

  cdoc(
    'cmd-tok-gh-glab-cli',
    ['command-line'],
    'docs/repo-admin.md',
    (c) => `## Repo admin from the CLI

\`\`\`bash
gh auth login --with-token <<< "${c.prov('github')}"
gh secret set DEPLOY_KEY --body "${c.tok()}" -R example/shop
gh secret set SONAR_TOKEN -b ${c.hex(40)} -R example/shop
gh api repos/example/shop/hooks -f 'config[url]=https://ci.example.com/hook' -f 'config[secret]=${c.tok(c.g.hex(40))}'
glab auth login --hostname gitlab.corp.example --token ${c.prov('gitlab')}
glab variable set REGISTRY_PASSWORD --value '${c.pw()}' -R infra/base-images --masked
gh run view ${c.n(c.g.digits(10))} --log
\`\`\`
`,
  ),

  cdoc(
    'cmd-tok-iot-mqtt',
    ['command-line'],
    'docs/iot/mqtt-debug.md',
    (c) => `# MQTT debugging

Subscribe to all telemetry (broker account of the gateway):

    mosquitto_sub -h mqtt.factory.example -p 8883 --cafile ca.crt -u gateway-07 -P ${c.bpw()} -t 'plant/+/telemetry' -v
    mosquitto_pub -h mqtt.factory.example -p 8883 -u gateway-07 -P '${c.pw()}' -t plant/07/cmd -m '{"reset":true}'

Device keys (from the provisioning sheet):

    curl -X POST https://iot.example.com/api/v1/${c.tok(c.g.alnum(20))}/telemetry -H 'Content-Type: application/json' -d '{"temp":21.5}'
    az iot hub generate-sas-token -d sensor-07 -n factory-hub --key ${c.tok(c.g.base64(44).replace(/[+/]/g, 'Q'))}

Device serials are not secret: ${c.n('SN-' + c.g.upper(4) + '-' + c.g.digits(8))}, ${c.n('SN-' + c.g.upper(4) + '-' + c.g.digits(8))}
`,
  ),

  cdoc(
    'cmd-tok-ai-cli',
    ['command-line'],
    'notes/llm-experiments.md',
    (c) => `# llm experiments

\`\`\`
export OPENAI_API_KEY=${c.prov('openai')}
llm keys set anthropic --value ${c.prov('anthropic')}
curl https://api.mistral.example/v1/chat/completions -H "Authorization: Bearer ${c.http(c.g.alnum(32))}" -d @req.json
curl -H "x-goog-api-key: ${c.http('AIza' + c.g.base64url(35))}" "https://generativelanguage.example.com/v1beta/models"
HF_TOKEN=${c.m.secret('provider', 'hf_' + c.g.alnum(34), 'huggingface')} huggingface-cli download meta-llama/Llama-3.2-1B
ollama run llama3.2
\`\`\`

model ids: ${c.n('gpt-4o-2024-08-06')}, ${c.n('claude-3-5-sonnet-20241022')}
`,
  ),

  cdoc(
    'cmd-tok-payment-cli',
    ['command-line'],
    'docs/payments-local.md',
    (c) => `# Payments – local testing

    stripe login --api-key ${c.prov('stripe')}
    stripe listen --forward-to localhost:3000/webhooks/stripe
    stripe trigger payment_intent.succeeded

Publishable key for the frontend (public): \`${c.n('pk_live_' + c.g.alnum(24))}\`

PayPal sandbox:

    curl -v https://api-m.sandbox.paypal.com/v1/oauth2/token -u "${c.n('AZ' + c.g.alnum(78))}:${c.tok(c.g.alnum(80))}" -d grant_type=client_credentials

Adyen:

    curl https://checkout-test.adyen.com/v71/paymentMethods -H "X-API-Key: ${c.tok('AQE' + c.g.alnum(60))}" -d '{"merchantAccount":"ExampleECOM"}'
`,
  ),

  cdoc(
    'cmd-tok-jenkins-cli',
    ['command-line'],
    'ops/jenkins-cli.md',
    (c) => `java -jar jenkins-cli.jar -s https://jenkins.corp.example/ -auth ops:${c.tok(c.g.hex(34))} list-jobs
java -jar jenkins-cli.jar -s https://jenkins.corp.example/ -auth @${c.n('/home/ops/.jenkins-auth')} build shop-deploy -p ENV=prod
curl -X POST -u ops:${c.tok(c.g.hex(34))} "https://jenkins.corp.example/job/shop-deploy/buildWithParameters?ENV=stage"
curl -X POST "https://jenkins.corp.example/job/nightly/build?token=${c.tok(c.g.alnum(16))}"
curl -s https://jenkins.corp.example/crumbIssuer/api/json  # returns crumb ${c.n(c.g.hex(64))}
`,
  ),
];
