// SMS aggregators and CPaaS developers: Kannel and Jasmin SMPP binds, Twilio/Vonage/Plivo/MessageBird/Infobip/
// Sinch/Telnyx clients in several languages, delivery-report logs full of message ids and MSISDNs.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_SMS_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-kannel-conf',
    ['config-syntax', 'precision'],
    'kannel/kannel.conf',
    (k) => `group = core
admin-port = 13000
admin-password = ${k.gpw()}
status-password = ${k.hpw()}
smsbox-port = 13001
log-file = "/var/log/kannel/bearerbox.log"

group = smsc
smsc = smpp
smsc-id = operator-a
host = ${T.ipv4(k.g, '196.201')}
port = 2775
system-id = ${k.g.lower(6)}${k.g.digits(2)}
smsc-password = ${k.s('password', T.smppPw(k.g))}
system-type = VMA
source-addr-ton = 5

group = smsbox
bearerbox-host = 127.0.0.1
sendsms-port = 13013

group = sendsms-user
username = crm
password = ${k.spw()}
max-messages = 3
`,
  ),

  tDoc(
    'telecom-jasmin-jcli-session',
    ['command-line', 'logs-and-output', 'precision'],
    'notes/jasmin-setup-session.txt',
    (k) => `$ telnet 127.0.0.1 8990
Authentication required.
Username: jcliadmin
Password:
Welcome to Jasmin console
jcli : smppccm -a
> cid SMSC_MTN
> host ${T.ipv4(k.g, '41.202')}
> port 2775
> username ${k.g.lower(5)}${k.g.digits(3)}
> password ${k.s('password', T.smppPw(k.g))}
> submit_throughput 50
> ok
Successfully added connector [SMSC_MTN]
jcli : user -a
> username reseller_${k.g.digits(3)}
> password ${k.s('password', T.smppPw(k.g))}
> gid resellers
> uid ${k.n(k.g.uuid())}
> ok
Successfully added User [reseller]
`,
  ),

  tDoc(
    'telecom-twilio-node-service',
    ['code', 'defaults-in-code', 'precision'],
    'otp-service/src/sms.js',
    (k) => `// OTP sender for the self-care app
const twilio = require('twilio');

const accountSid = process.env.TWILIO_ACCOUNT_SID || '${k.u(T.twilioSid(k.g))}';
const authToken = process.env.TWILIO_AUTH_TOKEN || '${k.prov('Twilio', T.twilioToken(k.g))}';
const messagingServiceSid = '${k.n('MG' + k.g.hex(32))}';

const client = twilio(accountSid, authToken);

async function sendOtp(msisdn, code) {
  return client.messages.create({
    body: \`Seu codigo: \${code}\`,
    messagingServiceSid,
    to: msisdn, // e.g. ${k.n(T.msisdn(k.g))}
  });
}

module.exports = { sendOtp };
`,
  ),

  tDoc(
    'telecom-vonage-python-notebook',
    ['code', 'precision'],
    'analytics/sms_campaign.py',
    (k) => `import vonage
import pandas as pd

# TODO move to .env before pushing!!
client = vonage.Client(key="${k.u(T.vonageKey(k.g))}", secret="${k.prov('Vonage', T.vonageSecret(k.g))}")
sms = vonage.Sms(client)

df = pd.read_csv("campaign_${k.g.digits(6)}.csv")  # columns: msisdn, imsi_hash, segment
for row in df.itertuples():
    resp = sms.send_message({"from": "OPERADORA", "to": row.msisdn, "text": "Recarga em dobro hoje!"})
    print(resp["messages"][0]["message-id"])  # e.g. ${k.n(k.g.hex(8).toUpperCase() + k.g.hex(8).toUpperCase())}

# sample hash of an IMSI: ${k.n(T.sha256(k.g))}
`,
  ),

  tDoc(
    'telecom-plivo-csharp-client',
    ['code', 'defaults-in-code', 'precision'],
    'Notifications/PlivoSender.cs',
    (k) => `using Plivo;

namespace Carrier.Notifications
{
    public class PlivoSender
    {
        private const string AuthId = "${k.u(T.plivoId(k.g))}";
        private const string AuthToken = "${k.prov('Plivo', T.plivoToken(k.g))}";
        private const string SenderId = "${k.n(T.msisdn(k.g))}";

        public void Send(string to, string text)
        {
            var api = new PlivoApi(AuthId, AuthToken);
            var response = api.Message.Create(src: SenderId, dst: to, text: text);
            // MessageUuid: ${k.n(k.g.uuid())}
        }
    }
}
`,
  ),

  tDoc(
    'telecom-messagebird-php',
    ['code', 'precision'],
    'app/Services/SmsGateway.php',
    (k) => `<?php
namespace App\\Services;

use MessageBird\\Client;
use MessageBird\\Objects\\Message;

class SmsGateway
{
    // live key from the dashboard (test key is ${k.prov('MessageBird (test key)', T.messagebird(k.g))}?)
    private const ACCESS_KEY = '${k.prov('MessageBird', T.messagebird(k.g))}';

    public function send(string $msisdn, string $body): string
    {
        $client = new Client(self::ACCESS_KEY);
        $message = new Message();
        $message->originator = 'ISPNet';
        $message->recipients = [$msisdn];
        $message->body = $body;
        return $client->messages->create($message)->id;
    }
}
`,
  ),

  tDoc(
    'telecom-infobip-curl-readme',
    ['http-auth', 'command-line', 'precision'],
    'docs/infobip-quickstart.md',
    (k) => `## Sending a test SMS through Infobip

\`\`\`bash
curl -X POST https://${k.g.lower(6)}.api.infobip.com/sms/2/text/advanced \\
  -H "Authorization: App ${k.prov('Infobip', T.infobip(k.g))}" \\
  -H "Content-Type: application/json" \\
  -d '{"messages":[{"destinations":[{"to":"${k.n(T.msisdn(k.g).replace('+', ''))}"}],"from":"InfoSMS","text":"teste"}]}'
\`\`\`

Response: \`{"bulkId":"${k.n(k.g.uuid())}","messages":[{"messageId":"${k.n(k.g.digits(20))}","status":{"groupName":"PENDING"}}]}\`

For the staging account use \`Authorization: App ${k.ph()}\` and ask the CPaaS team for the key.
`,
  ),

  tDoc(
    'telecom-telnyx-env',
    ['config-syntax', 'precision'],
    'mvno-portal/.env.production',
    (k) => `NODE_ENV=production
TELNYX_API_KEY=${k.prov('Telnyx', T.telnyx(k.g))}
TELNYX_PUBLIC_KEY=${k.n(k.g.base64(43) + '=')}
TELNYX_MESSAGING_PROFILE_ID=${k.n(k.g.uuid())}
SINCH_SERVICE_PLAN_ID=${k.u(k.g.hex(32))}
SINCH_API_TOKEN=${k.prov('Sinch', T.sinchToken(k.g))}
DATABASE_URL=postgres://portal:${k.cs()}@db.mvno.internal:5432/portal
REDIS_URL=redis://default:${k.cs()}@cache.mvno.internal:6379
SESSION_SECRET=${k.tok()}
SENTRY_DSN=${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.sentry.io/' + k.g.digits(7))}
`,
  ),

  tDoc(
    'telecom-dlr-log',
    ['logs-and-output', 'precision'],
    'logs/smsgw-dlr-2026-02-03.log',
    (k) => `2026-02-03T10:11:02Z INFO  bind_transceiver ok system_id=${k.g.lower(6)} session=${k.n(k.g.hex(16))}
2026-02-03T10:11:05Z INFO  submit_sm dst=${k.n(T.msisdn(k.g))} msg_id=${k.n(k.g.hex(12))} seq=${k.g.digits(5)}
2026-02-03T10:11:06Z INFO  deliver_sm DLR id:${k.n(k.g.hex(12))} sub:001 dlvrd:001 stat:DELIVRD err:000
2026-02-03T10:12:44Z WARN  bind failed, retrying with password=${k.s('password', T.smppPw(k.g))} (debug=on)
2026-02-03T10:12:45Z ERROR bind_transceiver_resp command_status=0x0000000E (ESME_RINVPASWD)
2026-02-03T10:13:10Z INFO  http_in POST /send?username=api_${k.g.digits(3)}&password=${k.s('http-auth', T.safePw(k.g))}&to=${k.n(T.msisdn(k.g).replace('+', ''))}&text=Ola
2026-02-03T10:13:10Z INFO  trace_id=${k.n(k.g.hex(32))} latency_ms=81
`,
  ),

  tDoc(
    'telecom-sms-whatsapp-business-config',
    ['config-syntax', 'precision'],
    'config/whatsapp.yaml',
    (k) => `whatsapp:
  graph_api_version: v19.0
  phone_number_id: "${k.n(k.g.digits(15))}"
  business_account_id: "${k.n(k.g.digits(15))}"
  access_token: "${k.prov('Meta WhatsApp Cloud API', T.metaToken(k.g))}"
  app_secret: "${k.hex(32)}"
  verify_token: "${k.tok()}"
  templates:
    otp: "otp_pt_br"
    recharge: "recarga_confirmada"
  test_recipient: "${k.n(T.msisdn(k.g))}"
`,
  ),

  tDoc(
    'telecom-ussd-gateway-properties',
    ['config-syntax', 'precision'],
    'ussd-gw/src/main/resources/application.properties',
    (k) => `server.port=8443
ussd.shortcode=*${k.g.digits(3)}#
ussd.session.timeout=180
spring.datasource.url=jdbc:oracle:thin:@//${T.ipv4(k.g, '10.80')}:1521/USSDPRD
spring.datasource.username=USSD_APP
spring.datasource.password=${k.spw()}
smpp.ussd.system-id=ussdgw
smpp.ussd.password=${k.s('password', T.smppPw(k.g))}
billing.api.key=${k.tok()}
billing.api.url=https://ocs.carrier.internal/api/v2
# menu texts
ussd.menu.welcome=Bienvenue. 1-Solde 2-Recharge 3-Forfaits
ussd.menu.password.prompt=Entrez votre code PIN
`,
  ),
];
