// rw-dev9 cmd part: id-dense command lines (cloud resource ids, tenant and subscription uuids, ARNs, object
// ids, kube uids) where one or two flags carry a real token or key — the shape that tempts a scanner into FPs.
import type { RealWorldDoc } from '../types';
import { cdoc, type CmdKit } from './cmdValues';

const uuids = (c: CmdKit, n: number) => Array.from({ length: n }, () => c.n(c.g.uuid()));

export const CMD_TOKEN2_DOCS: RealWorldDoc[] = [
  cdoc('cmd-tok2-az-role-assignments', ['command-line', 'precision'], 'infra/az-rbac.sh', (c) => {
    const u = uuids(c, 8);
    return `#!/bin/bash
SUB=${u[0]}
TENANT=${u[1]}
az login --service-principal --username ${u[2]} --password ${c.tok(c.g.alnum(3) + '8Q~' + c.g.base64url(34).replace(/^[-_]/, 'a'))} --tenant $TENANT
az account set --subscription $SUB
az role assignment create --assignee-object-id ${u[3]} --role Reader --scope /subscriptions/$SUB
az role assignment create --assignee-object-id ${u[4]} --role "Storage Blob Data Contributor" --scope /subscriptions/$SUB/resourceGroups/rg-data
az ad app credential reset --id ${u[5]} --append --display-name ci-2025
az ad group member add --group ${u[6]} --member-id ${u[7]}
az storage account keys list -g rg-data -n stdata01 --query "[0].value" -o tsv
az storage container list --account-name stdata01 --sas-token "${c.http('sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-01-01T00:00:00Z&sig=' + c.g.base64(43).replace(/[+/]/g, 'w') + '%3D')}"
`;
  }),

  cdoc('cmd-tok2-aws-arns', ['command-line', 'precision'], 'scripts/aws-cross-account.sh', (c) => {
    const acct = c.g.digits(12);
    return `#!/bin/bash
# assume role into the data account (${c.n(acct)})
CREDS=$(aws sts assume-role --role-arn ${c.n('arn:aws:iam::' + acct + ':role/DataReader')} --role-session-name ci-${c.n(c.g.hex(8))})
export AWS_ACCESS_KEY_ID=$(echo $CREDS | jq -r .Credentials.AccessKeyId)
export AWS_SECRET_ACCESS_KEY=$(echo $CREDS | jq -r .Credentials.SecretAccessKey)
export AWS_SESSION_TOKEN=$(echo $CREDS | jq -r .Credentials.SessionToken)
aws kms decrypt --key-id ${c.n('arn:aws:kms:eu-west-1:' + acct + ':key/' + c.g.uuid())} --ciphertext-blob fileb://blob.enc
aws secretsmanager get-secret-value --secret-id ${c.n('arn:aws:secretsmanager:eu-west-1:' + acct + ':secret:data/reader-' + c.g.alnum(6))}
aws cloudfront create-invalidation --distribution-id ${c.n('E' + c.g.upper(13))} --paths '/*'
aws lambda update-function-configuration --function-name ingest --environment "Variables={INGEST_API_KEY=${c.tok()},LOG_LEVEL=info}"
aws rds modify-db-instance --db-instance-identifier data-pg --master-user-password '${c.pw()}' --apply-immediately
`;
  }),

  cdoc(
    'cmd-tok2-kubectl-output',
    ['command-line', 'precision', 'logs-and-output'],
    'tickets/OPS-5521.txt',
    (c) => `$ kubectl get sa ci -n build -o yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci
  namespace: build
  uid: ${c.reqId()}
  resourceVersion: "${c.n(c.g.digits(8))}"
secrets:
- name: ci-token-${c.n(c.g.lower(5))}
$ kubectl create token ci -n build --duration=8760h
${c.jwt()}
$ kubectl get pod runner-0 -n build -o jsonpath='{.metadata.uid}'
${c.reqId()}
$ kubectl get nodes -o wide | head -2
NAME                 STATUS   ROLES    AGE   VERSION
node-${c.n(c.g.hex(8))}   Ready    <none>   41d   v1.30.4
`,
  ),

  cdoc('cmd-tok2-terraform-import', ['command-line', 'precision'], 'docs/terraform-import.md', (c) => {
    const u = uuids(c, 5);
    return `# Importing existing resources

    terraform import azurerm_resource_group.main /subscriptions/${u[0]}/resourceGroups/rg-main
    terraform import azurerm_key_vault.main /subscriptions/${u[1]}/resourceGroups/rg-main/providers/Microsoft.KeyVault/vaults/kv-main
    terraform import aws_instance.web ${c.n('i-' + c.g.hex(17))}
    terraform import aws_security_group.web ${c.n('sg-' + c.g.hex(17))}
    terraform import google_project.main ${c.n('acme-prod-' + c.g.digits(6))}
    terraform import cloudflare_record.www ${c.n(c.g.hex(32))}/${c.n(c.g.hex(32))}

Provider auth for the import session (rotate afterwards):

    export CLOUDFLARE_API_TOKEN=${c.tok(c.g.base64url(40).replace(/^[-_]/, 'z'))}
    export ARM_CLIENT_ID=${u[2]}
    export ARM_CLIENT_SECRET=${c.tok(c.g.alnum(3) + '8Q~' + c.g.base64url(34).replace(/^[-_]/, 'b'))}
    export ARM_TENANT_ID=${u[3]}
    export ARM_SUBSCRIPTION_ID=${u[4]}
`;
  }),

  cdoc(
    'cmd-tok2-gcloud-ids',
    ['command-line', 'precision'],
    'notes/gcp-ops.txt',
    (c) => `gcloud projects describe acme-prod --format='value(projectNumber)'   # ${c.n(c.g.digits(12))}
gcloud iam service-accounts keys list --iam-account deployer@acme-prod.iam.gserviceaccount.com
  KEY_ID: ${c.n(c.g.hex(40))}
  KEY_ID: ${c.n(c.g.hex(40))}
gcloud iam service-accounts keys delete ${c.n(c.g.hex(40))} --iam-account deployer@acme-prod.iam.gserviceaccount.com
gcloud compute ssh vm-1 --zone europe-west3-a --ssh-key-expire-after=1h
gcloud builds submit --substitutions=_SLACK_WEBHOOK_TOKEN=${c.tok(c.g.alnum(24))},_ENV=prod
gcloud run deploy api --set-env-vars "JWT_SIGNING_KEY=${c.tok(c.g.base64(64).replace(/[+/]/g, 'u'))},REGION=eu"
gcloud logging read 'trace="projects/acme-prod/traces/${c.n(c.g.hex(32))}"' --limit 20
gcloud alpha billing accounts list   # ${c.n(c.g.upper(6).replace(/[^A-Z0-9]/g, '0') + '-' + c.g.upper(6) + '-' + c.g.upper(6))}
`,
  ),

  cdoc(
    'cmd-tok2-vault-approle',
    ['command-line', 'precision'],
    'ci/vault-approle.sh',
    (c) => `#!/bin/sh
# get a short-lived token for the deploy job
ROLE_ID=${c.n(c.g.uuid())}
SECRET_ID=${c.tok(c.g.uuid())}
VAULT_TOKEN=$(vault write -field=token auth/approle/login role_id=$ROLE_ID secret_id=$SECRET_ID)
export VAULT_TOKEN
vault token lookup -accessor ${c.n(c.g.alnum(24))}
vault read -field=password database/creds/deploy
vault write transit/encrypt/orders plaintext=$(base64 <<< "order-${c.n(c.g.digits(6))}")
# ciphertext looks like ${c.n('vault:v1:' + c.g.base64(60))} and is fine to log
`,
  ),

  cdoc(
    'cmd-tok2-http-headers-mixed',
    ['command-line', 'http-auth', 'precision'],
    'docs/integrations-curl.md',
    (c) => `## Integration smoke tests

| Service | Command |
|---|---|
| CRM | \`curl -H "Authorization: Zoho-oauthtoken ${c.http('1000.' + c.g.hex(32) + '.' + c.g.hex(32))}" https://crm.example.eu/v2/Leads\` |
| Mailer | \`curl -H "X-Postmark-Server-Token: ${c.http(c.g.uuid())}" https://api.postmark.example/server\` |
| Analytics | \`curl -H "X-Project-Id: ${c.n(c.g.hex(24))}" https://analytics.example.com/v1/events\` |
| Search | \`curl -H "X-Algolia-Application-Id: ${c.n(c.g.upper(10))}" -H "X-Algolia-API-Key: ${c.n(c.g.hex(32))}" https://search.example/1/indexes\` (search-only key, public) |
| Storage | \`curl -H "x-ms-client-request-id: ${c.reqId()}" -H "Authorization: SharedKey stdata01:${c.http(c.g.base64(43) + '=')}" https://stdata01.blob.core.windows.net/?comp=list\` |
| Tickets | \`curl -u ${c.n('$ZENDESK_USER/token:$ZENDESK_TOKEN')} https://example.zendesk.com/api/v2/tickets.json\` |
`,
  ),
];
