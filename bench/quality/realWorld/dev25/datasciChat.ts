// Data-team conversations in many languages: Slack and Teams exports, WeChat/KakaoTalk/WhatsApp threads, e-mails,
// meeting notes. Passwords and keys are given in sentences beside run ids, dataset names, masked keys and ticket numbers.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_CHAT_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-slack-data-eng-en',
    ['prose', 'precision'],
    'exports/slack/data-eng/2026-03-04.txt',
    (k) => `[09:12] priya.n: is the sandbox warehouse down? dbt keeps failing with "incorrect username or password"
[09:14] tom.w: we rotated it yesterday, new one for SANDBOX_SHARED is ${k.pw()}
[09:14] tom.w: (sorry, should be in 1Password, it is now too)
[09:20] priya.n: works 🙏 also who owns run ${k.n(D.runId(k.g))}? it's eating the whole GPU node
[09:22] sam.k: mine, killing it. fwiw the wandb team key is ${k.n('a3f…e91c')} in the vault, don't use personal keys for sweeps
[09:40] tom.w: reminder: airflow admin password is now ${k.hpw()} until SSO lands next sprint (${k.n(D.ticket(k.g))})
`,
  ),

  dDoc(
    'datasci-teams-ml-de',
    ['prose', 'precision'],
    'exports/teams/ml-plattform.txt',
    (k) => `[10:03] Schneider, Jana: Kann mir jemand das Passwort für den MLflow-Server geben? Ich komme mit svc-train nicht rein.
[10:05] Wagner, Felix: Das ist ${k.pw()} – aber bitte nur für die Pipeline nutzen.
[10:06] Schneider, Jana: Danke! Und der Zugang zur Feature-DB?
[10:08] Wagner, Felix: Benutzer feast, Kennwort: ${k.gpw()}
[10:09] Wagner, Felix: Experiment-ID ist ${k.n(k.g.digits(15))}, Run ${k.n(D.runId(k.g))}
[10:15] Becker, Lena: Bitte Passwörter nicht in den Chat, nächstes Mal per Keeper teilen 🙄
`,
  ),

  dDoc(
    'datasci-wechat-zh',
    ['prose', 'precision'],
    'exports/wechat/算法组.txt',
    (k) => `2026-03-11 14:02 王磊：Jupyter 服务器的密码改了吗？我登不上去
2026-03-11 14:03 李娜：改了，新密码是 ${k.pw()}
2026-03-11 14:05 王磊：好的。Hive 那边的账号呢？
2026-03-11 14:06 李娜：账号 bi_reader，密码 ${k.hpw()}，只读
2026-03-11 14:10 王磊：模型文件的 MD5 是 ${k.n(D.md5(k.g))}，和昨天的不一样
2026-03-11 14:12 李娜：对，重新训练过，随机种子 ${k.n(D.seed(k.g))}
2026-03-11 14:30 张伟：OpenAI 的 key 别发群里，用环境变量 ${k.n('OPENAI_API_KEY')}
`,
  ),

  dDoc(
    'datasci-kakaotalk-ko',
    ['prose', 'precision'],
    'exports/kakao/데이터팀.txt',
    (k) => `2026년 3월 5일 오후 2:14, 김민준 : 태블로 서버 관리자 비밀번호 아시는 분?
2026년 3월 5일 오후 2:16, 이서연 : ${k.pw()} 이거예요. 다음 주에 바꿀 예정
2026년 3월 5일 오후 2:17, 김민준 : 감사합니다! 레드시프트 접속 정보도 부탁드려요
2026년 3월 5일 오후 2:20, 이서연 : 유저 analyst_ro / 비번 ${k.gpw()} (읽기 전용)
2026년 3월 5일 오후 2:25, 박지훈 : 참고로 실험 ID ${k.n(D.runId(k.g))} 결과 좋네요
`,
  ),

  dDoc(
    'datasci-whatsapp-pt-br',
    ['prose', 'precision'],
    'exports/whatsapp/bootcamp-ds-turma7.txt',
    (k) => `[12/03/26 19:41] Lucas: galera, alguém tem a senha do banco do projeto final?
[12/03/26 19:43] Camila: o professor passou na aula: usuario aluno, senha ${k.pw()}
[12/03/26 19:45] Lucas: valeu!! e a chave do kaggle eu coloco onde?
[12/03/26 19:47] Camila: no kaggle.json, a minha é ${k.prov('Kaggle', D.kaggle(k.g))} pode usar pra baixar o dataset
[12/03/26 19:50] Rafael: não compartilha chave não kkk, cada um gera a sua em kaggle.com/settings
[12/03/26 19:52] Camila: o link do dataset: ${k.n('https://www.kaggle.com/datasets/olistbr/brazilian-ecommerce')}
`,
  ),

  dDoc(
    'datasci-email-es-proveedor',
    ['prose', 'precision'],
    'mail/2026-02-acceso-datalake.eml',
    (k) => `From: Andrés Gómez <agomez@consultora-datos.example>
To: equipo-analitica@cliente.example
Subject: Acceso al data lake y a Databricks
Date: Tue, 17 Feb 2026 11:20:05 +0100

Hola equipo,

os paso los accesos para el piloto:
- Databricks (token personal, caduca en 30 días): ${k.prov('Databricks', D.databricks(k.g))}
- Usuario del SQL Warehouse: piloto_ds / contraseña: ${k.pw()}
- Contenedor ADLS: ${k.n('abfss://piloto@clientelake.dfs.core.windows.net/raw')}

La contraseña anterior (${k.n('Pi********26')}) ya no funciona.

Un saludo,
Andrés
`,
  ),

  dDoc(
    'datasci-meeting-notes-fr',
    ['prose', 'precision'],
    'notes/2026-03-comite-data.md',
    (k) => `# Comité data – 12 mars 2026

Présents : Claire, Mehdi, Julien, Sophie

1. **Migration vers Snowflake** : terminée à 80 %. Le compte de service \`SVC_DBT\` a un mot de passe temporaire (${k.pw()}) en attendant l'authentification par paire de clés.
2. **Tableau** : jeton d'accès personnel pour les rafraîchissements – nom \`refresh-bot\`, secret ${k.prov('Tableau personal access token', D.tableauSecret(k.g))}.
3. **Incident** du 3 mars : la clé OpenAI ${k.n('sk-…' + k.g.alnum(4))} a été révoquée après publication dans un notebook public.
4. Prochaine revue des accès : ${k.n(D.ticket(k.g))}.
`,
  ),

  dDoc(
    'datasci-telegram-ru',
    ['prose', 'precision'],
    'exports/telegram/ml-chat.txt',
    (k) => `[14.03.2026 10:02] Дмитрий: ребята, кто знает пароль от ClickHouse для суперсета?
[14.03.2026 10:04] Ольга: superset / ${k.pw()}
[14.03.2026 10:05] Дмитрий: спасибо. а токен для Hugging Face общий есть?
[14.03.2026 10:07] Ольга: есть, ${k.prov('Hugging Face', D.hf(k.g))} — только чтение
[14.03.2026 10:10] Игорь: хеш чекпойнта ${k.n(D.sha256(k.g))}, проверьте перед загрузкой
`,
  ),

  dDoc(
    'datasci-slack-hinglish',
    ['prose', 'precision'],
    'exports/slack/analytics-blr.txt',
    (k) => `[11:02] rahul.v: bhai Metabase ka admin password kya hai? reset karna hai dashboards
[11:03] sneha.p: abhi ${k.pw()} hai, kal change kar denge
[11:05] rahul.v: ok thanks. aur Mixpanel ka API secret? export script fail ho raha hai
[11:07] sneha.p: ${k.s('token', k.g.hex(32))} – but please .env mein daalo, code mein nahi
[11:09] arjun.k: project id ${k.n(k.g.digits(7))} hai, woh secret nahi hai 😄
`,
  ),

  dDoc(
    'datasci-email-it-universita',
    ['prose', 'precision'],
    'mail/2026-01-cluster-hpc.txt',
    (k) => `Da: Supporto HPC <hpc-support@uni-example.it>
A: dottorandi-statistica@uni-example.it
Oggetto: Account sul cluster GPU e JupyterHub

Gentili dottorandi,
gli account sul cluster sono attivi. La password iniziale di ciascuno è nella tabella allegata; per il gruppo di
Bianchi è ${k.pw()} e va cambiata al primo accesso con \`passwd\`.
Il token dell'API di JupyterHub per gli script di monitoraggio è ${k.hex(32)}.
Impronta della chiave host: ${k.n('SHA256:' + k.g.base64(43))}

Cordiali saluti,
Supporto HPC
`,
  ),

  dDoc(
    'datasci-line-ja',
    ['prose', 'precision'],
    'exports/line/分析チーム.txt',
    (k) => `2026/03/09(月) 15:01 佐藤: BigQuery のサービスアカウントのキー、どこにありますか？
2026/03/09(月) 15:03 鈴木: Secret Manager に入ってます（${k.n('projects/acme-mkt-4821/secrets/bq-sa-key')}）
2026/03/09(月) 15:05 佐藤: ありがとうございます。Looker の管理者パスワードは？
2026/03/09(月) 15:06 鈴木: ${k.pw()} です。後で変えます
2026/03/09(月) 15:10 田中: モデルのバージョン ${k.n(D.sha(k.g).slice(0, 8))} をデプロイしました
`,
  ),

  dDoc(
    'datasci-whatsapp-id',
    ['prose', 'precision'],
    'exports/whatsapp/tim-data-jkt.txt',
    (k) => `[05/03/26 08:30] Budi: pagi, password postgres staging berubah ya?
[05/03/26 08:32] Sari: iya, sekarang ${k.pw()}
[05/03/26 08:33] Budi: oke makasih. API key Roboflow buat anotasi yang mana?
[05/03/26 08:35] Sari: pakai ${k.prov('Roboflow', D.roboflow(k.g))}, workspace ${k.n('tim-vision-jkt')}
[05/03/26 08:40] Dewi: jangan lupa, dataset version ${k.n(k.g.uuid())} sudah di-freeze
`,
  ),
];
