// rw-held-out2 prose: tickets and Q&A posts, part 2 (work items, discussions, forums).
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_TICKET2_DOCS: RealWorldDoc[] = [
  hdoc(
    'csdn-zh-redis-auth',
    ['prose', 'command-line'],
    'qa/csdn-redis-noauth.md',
    (k) => `# Redis 报错 NOAUTH Authentication required 的解决办法

今天部署项目的时候遇到了这个问题，记录一下。

## 原因
redis.conf 里开启了密码：

${F}
requirepass ${k.gpw()}
${F}

## 解决
连接时加上 -a 参数：

${F}bash
redis-cli -h 192.168.10.5 -p 6379 -a '${k.hpw('zh')}'
${F}

Spring Boot 配置：

${F}yaml
spring:
  redis:
    host: 192.168.10.5
    password: ${k.hpw('zh')}
${F}

注意：生产环境不要把密码写在配置文件里，可以用 \`\${REDIS_PASSWORD}\` 环境变量。
版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议。
`,
  ),

  hdoc(
    'habr-ru-vpn-wireguard-qa',
    ['prose', 'command-line'],
    'qa/habr-qna-wireguard.md',
    (k) => `**Вопрос:** Почему WireGuard не поднимает туннель?

Конфиг клиента:
${F}
[Interface]
PrivateKey = ${k.s('private-key', `${k.g.base64(43)}=`)}
Address = 10.8.0.2/32
DNS = 1.1.1.1

[Peer]
PublicKey = ${k.n(`${k.g.base64(43)}=`)}
PresharedKey = ${k.s('private-key', `${k.g.base64(43)}=`)}
Endpoint = vpn.example.ru:51820
AllowedIPs = 0.0.0.0/0
${F}

Логин и пароль от панели VPS, если надо посмотреть: root / ${k.hpw('ru')}

**Ответ:** Никогда не выкладывайте PrivateKey и пароли в открытый доступ. Сгенерируйте новую пару: \`wg genkey | tee privatekey | wg pubkey > publickey\`.
`,
  ),

  hdoc(
    'github-issue-helm-values-leak',
    ['prose', 'command-line'],
    'issues/helm-chart-3120.md',
    (k) => `**What happened**: \`helm upgrade\` fails with "secret keycloak-admin already exists" after I pass the admin password on the command line.

**How to reproduce**:
${F}sh
helm upgrade --install kc bitnami/keycloak -n auth \\
  --set auth.adminUser=admin \\
  --set auth.adminPassword=${k.gpw({ shellSafe: true })} \\
  --set postgresql.auth.password=${k.pw({ shellSafe: true })} \\
  --set externalDatabase.existingSecret=${k.n('keycloak-db')}
${F}

**Anything else**: the docs example uses \`--set auth.adminPassword=${k.n('$KEYCLOAK_ADMIN_PASSWORD')}\`, which I replaced with the literal.

**Environment**: chart 24.0.1, k8s v1.30.4, \`kubectl version\` output omitted.
`,
  ),

  hdoc(
    'azure-devops-work-item-nl',
    ['prose'],
    'exports/azure-devops/workitem-7812.md',
    (k) => `# Bug 7812: Koppeling met boekhoudpakket geeft 401

**Omgeving:** productie
**Gemeld door:** Sanne de Vries

## Stappen
1. Open Instellingen > Koppelingen > Exact
2. Vul in: gebruikersnaam \`koppeling@bedrijf.nl\`, wachtwoord \`${k.hpw('nl')}\`
3. Klik op "Verbinding testen"

## Verwacht
Groen vinkje.

## Resultaat
"Ongeldige inloggegevens". API-sleutel in de instellingen: \`${k.tok(k.g.hex(40))}\`

## Discussie
**Bram Visser:** Het wachtwoord is in januari verlopen. Nieuw tijdelijk wachtwoord: ${k.gpw()} — graag na test wijzigen.
**Sanne de Vries:** Opgelost. De knop "Wachtwoord vergeten?" werkt trouwens niet in Edge.
`,
  ),

  hdoc('github-discussion-k8s-secret-base64', ['prose', 'command-line'], 'issues/discussion-secret-decoding.md', (k) => {
    const pw = k.V.genPw(k.g, { shellSafe: true });
    return `## Q: Why is my secret value different inside the pod?

I created the secret like this:

${F}
kubectl create secret generic api-creds -n prod \\
  --from-literal=username=svc-api \\
  --from-literal=password='${k.s('password', pw)}'
${F}

and \`kubectl get secret api-creds -o yaml\` shows:

${F}yaml
data:
  password: ${k.s('password', k.V.b64(pw))}
  username: ${k.n(k.V.b64('svc-api'))}
${F}

but \`printenv\` in the pod shows something else. The Deployment references it with \`secretKeyRef: {name: api-creds, key: password}\`.

## A:
You probably have an \`envFrom\` with an older ConfigMap that sets \`password\` too; later sources win. Also, base64 is not encryption: anyone who can read the Secret has the password.
`;
  }),

  hdoc(
    'jira-es-integracion-sftp',
    ['prose', 'command-line'],
    'exports/jira/INT-410.txt',
    (k) => `INT-410 | Integración SFTP con el banco falla
Tipo: Incidencia | Prioridad: Alta | Estado: Abierta

Descripción:
El proceso nocturno no sube los ficheros de remesas. Credenciales del banco (entorno de pruebas):
- Host: sftp-pruebas.banco.example
- Usuario: EMP00412
- Contraseña: ${k.gpw()}
- Passphrase de la clave: ${k.pp('es')}

Comando que usa el cron:
sshpass -p "${k.pw({ shellSafe: true })}" sftp -oBatchMode=no EMP00412@sftp-pruebas.banco.example <<< "put remesa.xml"

Comentario (Pablo): en producción la contraseña está en el gestor corporativo, entrada "Banco SFTP PRO". No la pongáis aquí.
Comentario (Marta): el hash de la contraseña en el LDAP es ${k.n(`{SSHA}${k.g.base64(32)}`)}, no sirve para entrar.
`,
  ),

  hdoc(
    'linear-issue-pl-import',
    ['prose', 'http-auth'],
    'exports/linear/ENG-982.md',
    (k) => `# ENG-982 Import z hurtowni nie działa po zmianie klucza

**Opis**
Od poniedziałku import produktów zwraca \`403 Forbidden\`. Klucz API hurtowni (nagłówek \`X-Api-Key\`): \`${k.http(k.g.alnum(32))}\`
Hasło do panelu hurtowni: ${k.hpw('pl')}

**Kroki**
${F}
curl -H "X-Api-Key: ${k.n('$HURTOWNIA_KEY')}" https://api.hurtownia.example.pl/v2/produkty?strona=1
${F}

**Komentarze**
- *Kasia*: Klucz wygasł, nowy: ${k.http(k.g.alnum(32))}. Linear token do automatyzacji: ${k.prov('linear', 'linear')}
- *Piotr*: Dzięki. W README zostawiłem \`HURTOWNIA_KEY=${k.n('wstaw-klucz')}\`.
`,
  ),

  hdoc(
    'zendesk-it-vpn-it',
    ['prose'],
    'exports/zendesk/ticket-12009-it.txt',
    (k) => `Ticket #12009 — Accesso VPN non funzionante
Richiedente: Francesca Conti

Francesca Conti, 3 mar 2026 08:50
Buongiorno, il client FortiClient mi dice "Credenziali errate". Utente fconti, password ${k.hpw('it')}.

Supporto IT (Luca), 3 mar 2026 09:12
Buongiorno Francesca, la password di dominio era scaduta. Le ho impostato la password temporanea ${k.gpw()}
Al primo accesso le verrà chiesto di cambiarla. Il token OTP resta quello dell'app.

Supporto IT (Luca), 3 mar 2026 09:13
P.S. La chiave precondivisa della VPN (per il client IPsec legacy) è ${k.tok(k.g.alnum(24))}.
`,
  ),

  hdoc(
    'reddit-selfhosted-nextcloud',
    ['prose', 'command-line'],
    'qa/reddit-selfhosted-nextcloud.md',
    (k) => `**r/selfhosted** · Posted by u/tinkerbyte

### Nextcloud behind Traefik keeps redirecting to http, help

config.php:
${F}php
'dbtype' => 'mysql',
'dbname' => 'nextcloud',
'dbhost' => 'mariadb',
'dbuser' => 'nextcloud',
'dbpassword' => '${k.gpw()}',
'secret' => '${k.tok(k.g.base64(48))}',
'passwordsalt' => '${k.u(k.g.alnum(30))}',
'overwriteprotocol' => 'https',
${F}

Traefik basic auth for the dashboard: \`admin:${k.n('$apr1$' + k.g.alnum(8) + '$' + k.g.chars('./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 22))}\`

> **top comment** (u/homelabber): you just posted your instance secret and db password. The apr1 hash is fine, that one's hashed. Add \`'trusted_proxies'\`.
`,
  ),
];
