// rw-dev10 ops: cloud and cluster CLIs (kubectl, helm, aws, az, gcloud, vault, consul, kubeadm) as typed in runbooks.
import type { RealWorldDoc } from '../types';
import { F, od } from './opsValues';

export const OPS_CLOUD_DOCS: RealWorldDoc[] = [
  od(
    'ops-kubectl-secrets-runbook',
    ['command-line', 'prose'],
    'docs/runbooks/k8s-secrets.md',
    (k) => `# Rotating the app secrets in the cluster

${F}bash
kubectl -n shop create secret generic app-env \\
  --from-literal=DB_PASSWORD='${k.hp()}' \\
  --from-literal=JWT_SECRET=${k.tok(k.g.alnum(48))} \\
  --from-literal=S3_SECRET_KEY=${k.tok(k.g.alnum(40))} \\
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n shop create secret docker-registry regcred --docker-server=harbor.corp.example --docker-username='robot$shop' --docker-password=${k.tok(k.g.alnum(32))}
kubectl -n shop create secret generic from-env --from-env-file=.env.prod
kubectl -n shop rollout restart deploy/shop-api
${F}

Check: \`kubectl -n shop get secret app-env -o jsonpath='{.metadata.uid}'\` → ${k.uuid()}
`,
  ),

  od(
    'ops-kubeadm-join-notes',
    ['command-line', 'prose'],
    'docs/cluster/add-node.md',
    (k) => `## Neuen Worker ins Cluster aufnehmen

Auf dem Control-Plane-Node ein neues Token erzeugen (gilt 24h):

${F}
kubeadm token create --print-join-command
${F}

Ausgabe vom 28.11. (Token ist inzwischen abgelaufen, trotzdem nicht weitergeben):

${F}
kubeadm join 10.10.0.10:6443 --token ${k.tok(k.g.lower(6).replace(/[^a-z0-9]/g, 'a') + '.' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16))} \\
    --discovery-token-ca-cert-hash sha256:${k.n(k.g.hex(64))}
${F}

Für k3s:

${F}
curl -sfL https://get.k3s.io | K3S_URL=https://10.10.0.10:6443 K3S_TOKEN=${k.tok('K10' + k.g.hex(64) + '::server:' + k.g.hex(32))} sh -
${F}

etcd-Backup: \`ETCDCTL_API=3 etcdctl --user root:${k.hp()} snapshot save /backup/etcd.db\`
`,
  ),

  od(
    'ops-aws-cli-session',
    ['command-line'],
    'notes/aws-cli-history.txt',
    (k) => `aws configure set aws_access_key_id ${k.u(k.P.awsId(k.g))} --profile legacy
aws configure set aws_secret_access_key ${k.prov(k.P.awsSecret(k.g), 'aws')} --profile legacy
aws sts get-caller-identity --profile legacy
aws rds modify-db-instance --db-instance-identifier shop-prod --master-user-password '${k.hp()}' --apply-immediately
aws secretsmanager put-secret-value --secret-id prod/shop/psp --secret-string '{"apiKey":"${k.tok(k.g.alnum(32))}","apiSecret":"${k.tok(k.g.hex(64))}"}'
aws ssm put-parameter --name /shop/prod/smtp_password --type SecureString --value "${k.gp()}" --overwrite
aws ssm get-parameter --name /shop/prod/smtp_password --with-decryption --query Parameter.Value --output text
aws iam create-login-profile --user-name temp-auditor --password ${k.hp()} --password-reset-required
aws elasticache modify-replication-group --replication-group-id sessions --auth-token ${k.tok(k.g.alnum(32))} --auth-token-update-strategy ROTATE --apply-immediately
aws logs tail /ecs/shop-api --since 1h --filter-pattern "${k.n('requestId')}"
`,
  ),

  od(
    'ops-az-cli-runbook',
    ['command-line', 'prose'],
    'docs/azure/runbook.md',
    (k) => `# Azure – opérations courantes

${F}bash
az sql server update -g rg-shop -n acme-sql --admin-password '${k.hp()}'
az webapp config appsettings set -g rg-shop -n shop-web --settings PSP_API_KEY=${k.tok(k.g.hex(32))} FEATURE_X=true
az keyvault secret set --vault-name kv-shop --name smtp-password --value "${k.gp()}"
az keyvault secret set --vault-name kv-shop --name db-password --file ./db-pass.txt
az vm user update -g rg-legacy -n vm-ftp01 -u ftpadmin -p ${k.hp()}
az acr login -n acmeprod --username acmeprod --password ${k.tok(k.g.base64(44).replace(/[+/]/g, 'Q'))}
az ad sp credential reset --id ${k.uuid()} --query password -o tsv
${F}

Résultat de la dernière commande (le secret du SP de déploiement) : \`${k.prov(k.P.azureClientSecret(k.g), 'azure')}\`
Tenant : ${k.uuid()}
`,
  ),

  od(
    'ops-gcloud-session',
    ['command-line'],
    'notes/gcloud.sh',
    (k) => `# gcloud snippets, 2026-11
gcloud config set project acme-analytics-prod
gcloud sql users set-password postgres --instance=analytics-pg --password='${k.hp()}'
gcloud sql users create looker --instance=analytics-pg --password=${k.gp()}
echo -n "${k.tok(k.g.alnum(40))}" | gcloud secrets versions add partner-api-key --data-file=-
gcloud secrets versions access latest --secret=partner-api-key
gcloud compute ssh bastion --zone europe-west3-a -- -L 5432:10.20.0.5:5432
gcloud compute instances add-metadata legacy-vm --metadata windows-keys=${k.n('{"userName":"admin","modulus":"' + k.g.base64(64) + '"}')}
gcloud auth print-access-token   # ${k.n('ya29.<redacted>')}
curl -H "Authorization: Bearer ${k.http('ya29.' + k.g.base64url(120))}" https://bigquery.googleapis.com/bigquery/v2/projects/acme-analytics-prod/datasets
`,
  ),

  od(
    'ops-consul-nomad-cli',
    ['command-line'],
    'docs/hashicorp.md',
    (k) => `Consul/Nomad cheat notes

    export CONSUL_HTTP_ADDR=https://consul.service.dc1:8501
    export CONSUL_HTTP_TOKEN=${k.tok(k.g.uuid())}
    consul kv put config/shop/db_password '${k.hp()}'
    consul acl bootstrap   # AccessorID ${k.n(k.g.uuid())}
    export NOMAD_TOKEN=${k.tok(k.g.uuid())}
    nomad job run shop.nomad.hcl
    nomad var put nomad/jobs/shop smtp_password=${k.gp()} api_token=${k.tok(k.g.hex(40))}
    consul keygen     # gossip key for new DCs: ${k.tok(k.g.base64(43) + '=')}

The encrypt key in /etc/consul.d/consul.hcl must match on all agents.
`,
  ),

  od(
    'ops-argocd-oc-cli',
    ['command-line'],
    'notes/argocd-openshift.txt',
    (k) => `argocd login argocd.corp.example --username admin --password ${k.hp()} --grpc-web
argocd account update-password --current-password ${k.n('$OLD')} --new-password '${k.pp()}'
argocd repo add https://git.corp.example/platform/gitops.git --username argocd --password ${k.tok(k.g.alnum(20))}
argocd cluster add prod-admin@prod --bearer-token ${k.tok(k.g.alnum(40))}
oc login https://api.ocp.corp.example:6443 --token=${k.tok('sha256~' + k.g.base64url(43))}
oc login -u kubeadmin -p ${k.tok(k.g.alnum(5) + '-' + k.g.alnum(5) + '-' + k.g.alnum(5) + '-' + k.g.alnum(5))} https://api.ocp-lab:6443
oc get pods -n openshift-monitoring
`,
  ),

  od(
    'ops-kubectl-config-creds',
    ['command-line'],
    'scripts/kubeconfig-ci.sh',
    (k) => `#!/bin/sh
# generate a kubeconfig for the CI runner (ns: ci-deploy)
kubectl config set-cluster prod --server=https://k8s.corp.example:6443 --certificate-authority=ca.crt --embed-certs=true
kubectl config set-credentials ci-deployer --token=${k.jwt()}
kubectl config set-credentials legacy-admin --username=admin --password=${k.hp()}
kubectl config set-context ci --cluster=prod --user=ci-deployer --namespace=ci-deploy
kubectl config use-context ci
kubectl --kubeconfig ./ci.kubeconfig auth can-i create deployments
# SA uid: ${k.uuid()}
`,
  ),

  od(
    'ops-helm-values-cmdline-ja',
    ['command-line', 'prose'],
    'docs/ja/helm-install.md',
    (k) => `# Helm でのインストール手順

本番 (prod) クラスタには以下のコマンドでインストールしました。パスワードは後で Vault に移す予定です。

${F}sh
helm install keycloak bitnami/keycloak -n auth \\
  --set auth.adminUser=admin \\
  --set auth.adminPassword=${k.hp()} \\
  --set postgresql.auth.password=${k.gp()}
helm install gitlab-runner gitlab/gitlab-runner --set runnerToken=${k.prov(k.P.gitlabRunner(k.g), 'gitlab-runner')} --set gitlabUrl=https://git.corp.example
helm install mongo bitnami/mongodb --set auth.rootPassword=${k.n('"${MONGO_ROOT_PW}"')}
${F}

確認：\`helm list -A\`（チャートのバージョン ${k.ver()}）
`,
  ),

  od(
    'ops-helm-ko-notes',
    ['command-line', 'prose'],
    'docs/ko/monitoring.md',
    (k) => `# 모니터링 스택 설치 메모

그라파나 관리자 비밀번호는 ${k.hp()} 입니다 (설치 후 바꾸기로 했는데 아직 안 바꿈).

${F}
helm upgrade --install kps prometheus-community/kube-prometheus-stack -n monitoring \\
  --set grafana.adminPassword=${k.hp()} \\
  --set alertmanager.config.global.slack_api_url=https://hooks.slack.com/services/${k.prov(k.P.slackWebhookPath(k.g), 'slack-webhook')}
kubectl -n monitoring create secret generic pagerduty --from-literal=routing_key=${k.hex(32)}
${F}

PagerDuty 서비스 ID는 ${k.n('P' + k.g.upper(6))} (비밀 아님).
`,
  ),
];
