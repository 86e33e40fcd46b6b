// rw-dev9 logs: output pasted where people talk — notebook debug prints, tickets and issues quoting log excerpts,
// chat pastes, in many languages (German, French, Spanish, Portuguese, Russian, Chinese, Japanese, Korean,
// Turkish, Polish), with the ids, hashes and masks logs are full of.
import type { RealWorldDoc } from '../types';
import { ld, LO, LP, LH, LC } from './logsValues';

export const MISC_DOCS: RealWorldDoc[] = [
  ld(
    'notebook-debug-print-config',
    LO,
    'notebooks/churn_model.ipynb',
    (t) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "{'host': 'warehouse.acme.local', 'port': 5439, 'user': 'ds_team', 'password': '${t.hpw()}', 'database': 'analytics'}\\n",
      "connected in 0.81s\\n"
     ]
    }
   ],
   "source": [
    "cfg = load_config('warehouse')\\n",
    "print(cfg)\\n",
    "conn = redshift_connector.connect(**cfg)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [
    {
     "data": { "text/plain": [ "'${t.tok()}'" ] },
     "execution_count": 7,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [ "os.environ['WANDB_API_KEY']" ]
  },
  {
   "cell_type": "code",
   "execution_count": 8,
   "metadata": {},
   "outputs": [ { "name": "stdout", "output_type": "stream", "text": [ "run id: ${t.n(t.raw.alnum(8).toLowerCase())}  commit: ${t.sha()}\\n" ] } ],
   "source": [ "print('run id:', run.id, ' commit:', GIT_SHA)" ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),
  ld(
    'jira-ticket-de-log-excerpt',
    LP,
    'tickets/OPS-2231.md',
    (t) => `# OPS-2231: Lagerverwaltung kann sich nicht mehr mit dem SAP-Gateway verbinden

**Reporter:** Tobias Krämer  **Priorität:** Hoch

Seit dem Update heute Nacht bricht der Import ab. Auszug aus dem Log (\`/var/log/lager/import.log\`):

\`\`\`
2025-10-02 05:00:01 INFO  Import gestartet, Lauf-ID ${t.rid()}
2025-10-02 05:00:02 DEBUG Verbinde mit https://sapgw.intern:8443 als Benutzer LAGER_RFC, Kennwort=${t.hpw()}
2025-10-02 05:00:04 ERROR RFC_LOGON_FAILURE: Name oder Kennwort ist nicht korrekt (Wiederholen Sie die Anmeldung)
2025-10-02 05:00:04 DEBUG Fallback-Token: ${t.tok()}
2025-10-02 05:00:05 INFO  Abbruch nach 1 Versuch(en), Prüfsumme der Datei ${t.n(t.raw.hex(32))}
\`\`\`

Das Kennwort im Vault (\`secret/lager/sap\`) ist laut Anzeige \`${t.mask()}\`, also gesetzt. Hat jemand das RFC-Kennwort geändert?

**Kommentar (Svenja):** Ja, ich hab's gestern rotiert — neues Kennwort ist ${t.pw()} , trag ich gleich im Vault nach.
`,
  ),
  ld(
    'github-issue-fr-docker-logs',
    LO,
    'issues/412-erreur-connexion-smtp.md',
    (t) => `### Description du bug

Bonjour, après la mise à jour vers la v2.3 les e-mails ne partent plus. Voici la sortie de \`docker compose logs mailer\` :

\`\`\`
mailer-1  | [2025-10-02 09:14:11] INFO  Démarrage du service mailer (version 2.3.0, commit ${t.short()})
mailer-1  | [2025-10-02 09:14:11] DEBUG Configuration SMTP : hôte=smtp.ovh.net port=465 utilisateur=contact@boulangerie-martin.fr mot_de_passe=${t.hpw()}
mailer-1  | [2025-10-02 09:14:12] ERROR Échec d'authentification SMTP : 535 5.7.1 Authentication failed
mailer-1  | [2025-10-02 09:14:12] DEBUG clé API Brevo : ${t.s('provider', 'xkeysib-' + t.g.hex(64) + '-' + t.g.alnum(16), 'Brevo API key')}
\`\`\`

### Environnement
- OS : Debian 12
- Image : \`ghcr.io/example/mailer@${t.digest()}\`
- ID de requête : ${t.rid()}

(oui je sais j'aurais dû masquer le mot de passe, je le change ce soir)
`,
  ),
  ld(
    'slack-paste-es-kubectl-logs',
    LC,
    'chat/soporte-2025-10-02.txt',
    (t) => `[10:02] Javier Morales: me sale esto al arrancar el pod, alguien sabe?
[10:02] Javier Morales:
$ kubectl logs deploy/facturacion -n prod --tail=6
Iniciando facturacion v5.1.2
Conectando a la base de datos: mysql://fact_user:${t.cs()}@mysql-prod:3306/facturas
Error: ER_ACCESS_DENIED_ERROR: Access denied for user 'fact_user'@'10.42.3.18'
Reintentando en 5s (intento 2/5)
token de la API de AFIP cargado: ${t.tok()}
trace_id=${t.trace()}
[10:04] Lucía Fernández: la contraseña la cambiamos ayer, la nueva es ${t.hpw()} — pero no la pegues aquí la próxima 😅
[10:05] Javier Morales: uy perdón, ya borro. Gracias!
`,
  ),
  ld(
    'pt-br-forum-post-npm-error',
    LO,
    'forum/ajuda-erro-401-registry.md',
    (t) => `**Título:** Erro 401 ao instalar pacote privado no pipeline

Pessoal, o \`npm ci\` funciona na minha máquina mas no pipeline dá 401. Log:

\`\`\`
npm verb config //nexus.empresa.com.br/repository/npm-private/:_auth=${t.s('http-auth', t.raw.b64('pipeline:' + t.g.pick(['Brasil', 'Saudade', 'Flamengo']) + t.g.digits(4)))}
npm verb config //nexus.empresa.com.br/repository/npm-private/:always-auth=true
npm http fetch GET 401 https://nexus.empresa.com.br/repository/npm-private/@empresa%2fcore 88ms
npm ERR! code E401
npm ERR! Unable to authenticate, need: BASIC realm="Sonatype Nexus Repository Manager"
\`\`\`

Minha senha do Nexus é ${t.hpw()} e o usuário é \`pipeline\`. Já testei no browser e funciona. O hash do lockfile é \`${t.n(t.raw.hex(40))}\`.
`,
  ),
  ld(
    'ru-ticket-1c-log',
    LO,
    'tickets/HD-7781.txt',
    (t) => `Тема: Не проходит обмен с 1С после смены пароля

Добрый день! С утра обмен падает. Вот кусок лога обмена:

02.10.2025 07:30:01 Начало обмена, сеанс ${t.n(t.raw.digits(6))}
02.10.2025 07:30:02 Подключение к http://1c-srv/base/hs/exchange, пользователь: Обмен, пароль: ${t.hpw()}
02.10.2025 07:30:03 Ошибка: 401 Unauthorized
02.10.2025 07:30:03 Повтор с ключом API ${t.tok()}
02.10.2025 07:30:04 Обмен завершён с ошибками, контрольная сумма ${t.n(t.raw.hex(32))}

Пароль от базы поменяли вчера на ${t.pw()} , в настройках обмена стоит старый. Подскажите, где его поменять?
`,
  ),
  ld(
    'zh-wechat-bot-log',
    LO,
    'docs/排障记录-企业微信机器人.md',
    (t) => `## 排障记录：企业微信机器人推送失败

现象：告警没有推送到群里。日志如下：

\`\`\`
[2025-10-02 11:20:01] INFO  加载配置 corp_id=ww${t.n(t.raw.hex(16))} agent_id=1000002
[2025-10-02 11:20:01] DEBUG corp_secret=${t.s('token', t.g.base64url(43))}
[2025-10-02 11:20:02] DEBUG 获取 access_token 成功: ${t.tok()}
[2025-10-02 11:20:02] ERROR 发送失败 errcode=40014 errmsg=invalid access_token, request_id=${t.rid()}
[2025-10-02 11:20:03] DEBUG 数据库连接 root:${t.cs()}@tcp(10.0.8.3:3306)/alert
\`\`\`

原因：secret 被重置了。新的 secret 已更新到配置中心（值见 \`${t.n('${WECOM_SECRET}')}\`），不要再贴日志到群里。
`,
  ),
  ld(
    'ja-redmine-ticket-batch-log',
    LO,
    'tickets/redmine-5521.md',
    (t) => `### バッチ処理が深夜に失敗する件

夜間バッチ（売上集計）が 2:00 に失敗しています。ログを添付します。

\`\`\`
2025/10/02 02:00:00 [INFO ] 売上集計バッチ開始 jobId=${t.rid()}
2025/10/02 02:00:01 [DEBUG] DB接続 url=jdbc:oracle:thin:@ora01:1521/SALES user=SALES_BATCH password=${t.hpw()}
2025/10/02 02:00:05 [ERROR] ORA-28001: パスワードが期限切れです
2025/10/02 02:00:05 [DEBUG] S3 アップロード用キー: ${t.prov('awsSecret', 'AWS secret access key')}
2025/10/02 02:00:06 [INFO ] バッチ異常終了 (exit=9)
\`\`\`

パスワードの有効期限切れが原因のようです。新しいパスワード（${t.pw()}）を設定済みです。ハッシュ値: ${t.n(t.raw.hex(64))}
`,
  ),
  ld(
    'ko-jenkins-log-paste',
    LC,
    'wiki/배포-오류-정리.md',
    (t) => `## 배포 오류 정리 (2025-10-02)

젠킨스 빌드 #882 콘솔 출력 일부:

\`\`\`
+ docker login -u deploy -p ${t.gpw()} harbor.company.kr
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
+ ./deploy.sh --env prod --slack-webhook https://hooks.slack.com/services/${t.prov('slackWebhookPath', 'Slack webhook')}
배포 완료: 커밋 ${t.sha()}
\`\`\`

비밀번호가 로그에 그대로 남아서 교체했습니다. 새 비밀번호는 금고(Vault)에 저장했고 값은 ${t.mask()} 입니다.
`,
  ),
  ld(
    'tr-pl-teams-export',
    LP,
    'chat/teams-export-ops.txt',
    (t) => `Emre Yılmaz (09:12): sunucu loglarında şunu gördüm:
  2025-10-02 09:10:44 WARN  LDAP bind başarısız: cn=svc_portal,ou=Servis,dc=sirket,dc=local şifre=${t.hpw()}
  2025-10-02 09:10:45 INFO  yeniden deneniyor, oturum kimliği ${t.n(t.raw.hex(16))}
Emre Yılmaz (09:13): şifre doğru mu sence?
Agnieszka Wójcik (09:15): hasło do svc_portal zmieniliśmy w piątek, nowe to ${t.pw()} — wpiszcie je w config, stare już nie działa
Agnieszka Wójcik (09:16): a token do API monitoringu: ${t.tok()} (ważny 30 dni)
Emre Yılmaz (09:20): tamam, teşekkürler! build ${t.short()} ile deploy ediyorum
`,
  ),
  ld(
    'github-issue-en-helm-debug-redacted-partially',
    LP,
    'issues/1877-chart-install-fails.md',
    (t) => `**Describe the bug**
\`helm install\` fails with "secret keycloak-postgres not found". I redacted what I could:

\`\`\`
$ helm install kc bitnami/keycloak --debug --set auth.adminPassword=${t.mask()} --set postgresql.auth.password=${t.hpw()}
install.go:218: [debug] Original chart version: ""
install.go:235: [debug] CHART PATH: /root/.cache/helm/repository/keycloak-21.4.1.tgz
client.go:142: [debug] creating 1 resource(s)
Error: INSTALLATION FAILED: secrets "keycloak-postgres" not found
helm.go:84: [debug] secrets "keycloak-postgres" not found
\`\`\`

**Environment**
- k3s v1.30.4+k3s1, helm v3.16.1
- values.yaml has \`auth.existingSecret: keycloak-admin\` and \`postgresql.auth.password: ""\`
- request id from the registry pull: ${t.rid()}
`,
  ),
  ld(
    'stackoverflow-question-smtp-debug',
    LH,
    'qa/phpmailer-debug-output.md',
    (t) => `PHPMailer SMTP debug level 2 shows "535 Incorrect authentication data", what am I doing wrong?

\`\`\`
2025-10-02 12:01:11 SERVER -> CLIENT: 220 mail.hosting-provider.com ESMTP
2025-10-02 12:01:11 CLIENT -> SERVER: EHLO shop.local
2025-10-02 12:01:11 CLIENT -> SERVER: AUTH LOGIN
2025-10-02 12:01:11 SERVER -> CLIENT: 334 VXNlcm5hbWU6
2025-10-02 12:01:11 CLIENT -> SERVER: ${t.n(t.raw.b64('info@myshop.example'))}
2025-10-02 12:01:11 SERVER -> CLIENT: 334 UGFzc3dvcmQ6
2025-10-02 12:01:11 CLIENT -> SERVER: ${t.s('http-auth', t.raw.b64(t.g.pick(['Shop', 'Tienda', 'Laden']) + t.g.digits(4) + t.g.pick(['!', '#', '?'])))}
2025-10-02 12:01:12 SERVER -> CLIENT: 535 Incorrect authentication data
\`\`\`

My code is \`$mail->Password = getenv('SMTP_PASS');\` and the value is set in cPanel.
`,
  ),
];
