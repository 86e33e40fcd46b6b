// rw-dev9 cmd part: cloud and infrastructure CLIs (aws, az, gcloud, heroku, doctl, oc/kubectl, helm, vault,
// terraform -var, packer, ansible tasks) in runbooks, scripts and task files.
import type { RealWorldDoc } from '../types';
import { cdoc } from './cmdValues';

export const CMD_CLOUD_DOCS: RealWorldDoc[] = [
  cdoc(
    'cmd-terraform-var-runbook',
    ['command-line'],
    'docs/runbooks/terraform-apply.md',
    (c) => `# Terraform apply (prod)

Plan first, then apply the same plan:

    terraform plan -out prod.tfplan -var "db_password=${c.pw()}" -var 'admin_cidr=10.0.0.0/8'
    terraform apply prod.tfplan

For the DR region we still pass the old values on the command line (ticket OPS-2211 to fix):

    terraform apply -auto-approve \\
      -var="cloudflare_api_token=${c.tok(c.g.base64url(40).replace(/^[-_]/, 'Q'))}" \\
      -var="datadog_api_key=${c.hex(32)}" \\
      -var="datadog_app_key=${c.hex(40)}"

\`${c.n('TF_VAR_db_password')}\` can be set instead; never commit \`terraform.tfvars\` (it is in .gitignore).
`,
  ),

  cdoc(
    'cmd-packer-build',
    ['command-line'],
    'images/build.sh',
    (c) => `#!/bin/bash
set -eu
packer init .
packer build \\
  -var "vsphere_password=${c.pw()}" \\
  -var "ssh_password=${c.bpw()}" \\
  -var "vsphere_user=administrator@vsphere.local" \\
  -var-file=${c.n('ubuntu-24.04.pkrvars.hcl')} \\
  ubuntu.pkr.hcl
govc vm.info -u 'administrator@vsphere.local:${c.pw()}@vcenter.corp.example' template-ubuntu-2404
`,
  ),

  cdoc(
    'cmd-vault-cli-runbook',
    ['command-line', 'precision'],
    'docs/vault.md',
    (c) => `## Vault quick reference

Login with your own token (never the root token):

    export VAULT_ADDR=https://vault.corp.example:8200
    vault login -method=userpass username=jdoe
    vault login ${c.prov('vault')}        # bootstrap token, revoke after setup!

Writing a secret:

    vault kv put secret/apps/billing db_password=${c.bpw()} api_key=${c.tok()}
    vault kv put secret/apps/billing db_password=${c.n('@db_password.txt')}
    vault write auth/approle/login role_id=${c.n(c.g.uuid())} secret_id=${c.tok(c.g.uuid())}

Unseal keys are split between the three admins (\`vault operator unseal\`, prompts for the key).
Accessor for audit: ${c.n('hmac-sha256:' + c.g.hex(64))}
`,
  ),

  cdoc(
    'cmd-ansible-shell-tasks',
    ['command-line'],
    'roles/app/tasks/main.yml',
    (c) => `---
- name: create app database
  ansible.builtin.shell: mysql -u root -p'${c.pw()}' -e "CREATE DATABASE IF NOT EXISTS app"
  args:
    creates: /var/lib/mysql/app

- name: create db user
  ansible.builtin.command: >
    mysql -u root -p${c.n('{{ mysql_root_password }}')} -e
    "CREATE USER IF NOT EXISTS 'app'@'%' IDENTIFIED BY '${c.bpw()}'"

- name: register with monitoring
  ansible.builtin.uri:
    url: https://monitor.corp.example/api/hosts
    method: POST
    headers:
      X-Api-Key: "${c.tok()}"
    body_format: json
    body: { host: "{{ inventory_hostname }}" }

- name: set rabbitmq user
  ansible.builtin.shell: rabbitmqctl add_user app ${c.n('{{ rabbit_password }}')} || rabbitmqctl change_password app ${c.bpw()}
  no_log: true

- name: mount share
  ansible.posix.mount:
    path: /mnt/share
    src: //fs01/share
    fstype: cifs
    opts: "username=svc_linux,password=${c.bpw()},uid=1000"
    state: mounted
`,
  ),

  cdoc(
    'cmd-oc-kubectl-login',
    ['command-line'],
    'docs/openshift-access.md',
    (c) => `# Zugriff auf den OpenShift-Cluster

Login mit Token (aus der Web-Konsole, "Copy login command"):

    oc login --token=${c.tok('sha256~' + c.g.base64url(43))} --server=https://api.ocp.corp.example:6443

Alternativ mit Benutzer und Passwort (nur Break-Glass!):

    oc login -u kubeadmin -p ${c.tok(`${c.g.alnum(5)}-${c.g.alnum(5)}-${c.g.alnum(5)}-${c.g.alnum(5)}`)} https://api.ocp.corp.example:6443

Für kubectl ohne oc:

    kubectl config set-credentials ci --token=${c.jwt()}
    kubectl --server=https://10.0.0.1:6443 --username=admin --password=${c.bpw()} get nodes
    kubectl get pods -A --token=${c.n('"$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)"')}
`,
  ),

  cdoc(
    'cmd-gcloud-heroku-doctl',
    ['command-line'],
    'notes/cloud-cheatsheet.txt',
    (c) => `gcloud config set project acme-prod-381212
gcloud sql users set-password postgres --instance=prod-pg --password=${c.bpw()}
gcloud sql connect prod-pg --user=postgres
gcloud secrets versions add smtp-pass --data-file=<(echo -n '${c.pw()}')
gcloud auth print-access-token

heroku login -i
heroku config:set STRIPE_SECRET_KEY=${c.prov('stripe')} SENDGRID_API_KEY=${c.prov('sendgrid')} -a acme-web
heroku config:get DATABASE_URL -a acme-web
HEROKU_API_KEY=${c.prov('heroku')} heroku apps --all

doctl auth init --access-token ${c.prov('digitalocean')}
doctl databases user reset acme-db doadmin
`,
  ),

  cdoc(
    'cmd-aws-cli-script',
    ['command-line', 'precision'],
    'scripts/rotate-s3-user.sh',
    (c) => `#!/usr/bin/env bash
# rotate the access key of the legacy uploader (see wiki: AWS/Rotation)
set -euo pipefail
PROFILE=legacy
aws iam create-access-key --user-name uploader --profile $PROFILE > /tmp/newkey.json
NEW_ID=$(jq -r .AccessKey.AccessKeyId /tmp/newkey.json)
NEW_SECRET=$(jq -r .AccessKey.SecretAccessKey /tmp/newkey.json)
aws configure set aws_access_key_id ${c.n('"$NEW_ID"')} --profile uploader
aws configure set aws_secret_access_key ${c.n('"$NEW_SECRET"')} --profile uploader
# old key (delete after 24h):
#   id ${c.u('AKIA' + c.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}
#   secret ${c.prov('awsSecret')}
AWS_ACCESS_KEY_ID=${c.n('AKIAIOSFODNN7EXAMPLE')} AWS_SECRET_ACCESS_KEY=${c.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')} aws s3 ls --dryrun
aws ssm put-parameter --name /legacy/uploader/secret --type SecureString --value ${c.n('"$NEW_SECRET"')} --overwrite
shred -u /tmp/newkey.json
`,
  ),

  cdoc(
    'cmd-helm-install-readme',
    ['command-line'],
    'charts/README.md',
    (c) => `## Install

\`\`\`console
$ helm repo add acme https://charts.acme.example --username ${c.n('<user>')} --password ${c.n('<password>')}
$ helm install my-release acme/gateway --set gateway.adminPassword=${c.ph()}
\`\`\`

What we actually run in the lab cluster:

\`\`\`console
$ helm repo add acme https://charts.acme.example --username lab --password ${c.gbpw()}
$ helm install gw acme/gateway -n lab --set gateway.adminPassword=${c.bpw()} --set redis.auth.password=${c.bpw()}
$ helm get values gw -n lab
\`\`\`
`,
  ),
];
