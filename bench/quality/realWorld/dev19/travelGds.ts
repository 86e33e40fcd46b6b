// GDS work at travel agencies and airline IT: Sabre (PCC, EPR, SessionCreateRQ, REST ATK tokens), Amadeus Web
// Services SOAP headers and Amadeus for Developers client id/secret, Travelport Universal API basic auth, and the
// cryptic-entry notes agents keep. PCCs, office ids, PNR locators and ticket numbers are public-ish identifiers.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_GDS_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-sabre-sessioncreate-soap',
    ['config-syntax', 'precision'],
    'sabre/requests/SessionCreateRQ.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:eb="http://www.ebxml.org/namespaces/messageHeader">
  <SOAP-ENV:Header>
    <eb:MessageHeader SOAP-ENV:mustUnderstand="1" eb:version="1.0">
      <eb:From><eb:PartyId>agency</eb:PartyId></eb:From>
      <eb:To><eb:PartyId>sabre</eb:PartyId></eb:To>
      <eb:CPAId>${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4))}</eb:CPAId>
      <eb:ConversationId>${k.n(k.g.uuid())}</eb:ConversationId>
      <eb:Action>SessionCreateRQ</eb:Action>
    </eb:MessageHeader>
    <wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext">
      <wsse:UsernameToken>
        <wsse:Username>${k.n(k.g.digits(4))}</wsse:Username>
        <wsse:Password>${k.host()}</wsse:Password>
        <Organization>${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4))}</Organization>
        <Domain>DEFAULT</Domain>
      </wsse:UsernameToken>
    </wsse:Security>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body><SessionCreateRQ><POS><Source PseudoCityCode="${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4))}"/></POS></SessionCreateRQ></SOAP-ENV:Body>
</SOAP-ENV:Envelope>
`,
  ),

  tDoc('travel-sabre-rest-token-curl', ['command-line', 'http-auth', 'precision'], 'docs/sabre-rest-auth.md', (k) => {
    const pcc = k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4);
    const epr = k.g.digits(6);
    return `# Sabre REST: getting a session-less token (ATK)

Sabre wants \`base64(base64("V1:" + EPR + ":" + PCC + ":AA") + ":" + base64(password))\`.
For our PCC ${k.n(pcc)} and EPR ${k.n(epr)}:

\`\`\`
curl -X POST https://api.platform.sabre.com/v2/auth/token \\
  -H "Authorization: Basic ${k.http(T.b64(T.b64(`V1:${epr}:${pcc}:AA`) + ':' + T.b64(T.host(k.g))))}" \\
  -H "Content-Type: application/x-www-form-urlencoded" -d "grant_type=client_credentials"
\`\`\`

Response (expires in 7 days):

\`\`\`json
{"access_token":"${k.http(T.sabreToken(k.g))}","token_type":"bearer","expires_in":604800}
\`\`\`

Then \`Authorization: Bearer <token>\` on every call. The cert environment is api.cert.platform.sabre.com.
`;
  }),

  tDoc(
    'travel-amadeus-selfservice-env',
    ['config-syntax', 'precision'],
    'flight-search/.env',
    (k) => `AMADEUS_HOSTNAME=production
AMADEUS_CLIENT_ID=${k.n(k.g.alnum(32))}
AMADEUS_CLIENT_SECRET=${k.s('token', k.g.alnum(16))}
# test env keys (developers.amadeus.com self-service)
#AMADEUS_CLIENT_ID=${k.n('YOUR_API_KEY')}
#AMADEUS_CLIENT_SECRET=${k.n('YOUR_API_SECRET')}
DEFAULT_ORIGIN=${k.n('MAD')}
CURRENCY=EUR
`,
  ),

  tDoc(
    'travel-amadeus-ws-soap-header',
    ['config-syntax', 'code', 'precision'],
    'src/Amadeus/SoapHeaderFactory.cs',
    (k) => `// Amadeus Web Services SoapHeader 4: nonce + created + SHA1(nonce + created + SHA1(password))
public static class AmadeusConfig
{
    public const string Endpoint = "https://nodeD1.production.webservices.amadeus.com/${k.n('1ASIWXXXAA')}";
    public const string OfficeId = "${k.n('MAD1A' + k.g.digits(4))}";
    public const string WsapUserId = "WSAAXTRA";
    // provided by Amadeus in the WSAP onboarding pack
    public const string WsapPassword = "${k.pw()}";
    public const string DutyCode = "SU";
    public const string PosType = "1";
}
// Example digest from the spec, for the test (hash, not a secret): ${k.n(T.b64(k.g.hex(20)))}
`,
  ),

  tDoc(
    'travel-travelport-uapi-config',
    ['config-syntax', 'http-auth', 'precision'],
    'uapi/config/travelport.json',
    (k) => `{
  "endpoint": "https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI/AirService",
  "targetBranch": "${k.n('P' + k.g.digits(7))}",
  "username": "Universal API/uAPI${k.g.digits(10)}-${k.g.hex(8)}",
  "password": "${k.pw()}",
  "providerCode": "1G",
  "pcc": "${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4))}",
  "note": "Authorization header is Basic base64(username:password)"
}
`,
  ),

  tDoc(
    'travel-agent-cryptic-notes',
    ['prose', 'precision'],
    'wiki/sabre-cheatsheet.txt',
    (k) => `SABRE CHEAT SHEET - Agencia Viajes Sol (PCC ${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4))})

Sign in:      SI*${k.n(k.g.digits(4))}        (then the password prompt)
Change PCC:   AAA${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4))}
Display PNR:  *${k.n(T.pnr(k.g))}
Ticket:       W#KP#FCASH  -> ticket ${k.n(T.ticketNo(k.g))}
Void:         WV${k.n(T.ticketNo(k.g))}

Contraseña de la agente de noche (Rosa, EPR ${k.n(k.g.digits(4))}): ${k.host()}  -- se caduca cada 90 días
Red Apps / Sabre Red 360 login del mostrador: agencia / ${k.hpw()}
Flight ${k.n(T.flight(k.g))} MAD-CUN schedule change: rebook on ${k.n(T.flight(k.g))}.
`,
  ),

  tDoc(
    'travel-ndc-airline-gateway-yaml',
    ['config-syntax', 'precision'],
    'ndc-gateway/config/airlines.yaml',
    (k) => `airlines:
  - code: ${k.n('LH')}
    ndc_version: "21.3"
    endpoint: https://api.lufthansa-ndc.example/ndc/21.3
    auth:
      type: oauth2
      client_id: ${k.n('agg_' + k.g.lower(8))}
      client_secret: ${k.s('token', k.g.alnum(24))}
  - code: ${k.n('IB')}
    ndc_version: "18.1"
    endpoint: https://ndc.iberia.example/gateway
    auth:
      type: api_key
      header: Ocp-Apim-Subscription-Key
      value: ${k.hex(32)}
  - code: ${k.n('TP')}
    endpoint: https://ndc.flytap.example/v1
    auth:
      type: basic
      username: travelagg
      password: \${TAP_NDC_PASSWORD}
`,
  ),

  tDoc(
    'travel-gds-pnr-export-csv',
    ['logs-and-output', 'precision'],
    'exports/pnr-queue-2026-01.csv',
    (k) => `record_locator,pax,segments,ticket_number,fop,agent
${k.n(T.pnr(k.g))},"GARCIA/ANA MS",${k.n(T.flight(k.g))} MADJFK,${k.n(T.ticketNo(k.g))},CC${k.n(T.maskedCard(k.g))},A${k.g.digits(3)}
${k.n(T.pnr(k.g))},"MUELLER/JAN MR",${k.n(T.flight(k.g))} FRAIST,${k.n(T.ticketNo(k.g))},CASH,A${k.g.digits(3)}
${k.n(T.pnr(k.g))},"SATO/YUKI MS",${k.n(T.flight(k.g))} HNDBKK,${k.n(T.ticketNo(k.g))},INV,A${k.g.digits(3)}
${k.n(T.pnr(k.g))},"ROSSI/LUCA MR",${k.n(T.flight(k.g))} FCOATH,${k.n(T.ticketNo(k.g))},CC${k.n(T.maskedCard(k.g))},A${k.g.digits(3)}
`,
  ),

  tDoc(
    'travel-amadeus-oauth-node',
    ['code', 'http-auth', 'precision'],
    'lambda/amadeus-token.js',
    (k) => `const https = require('https');

// cached token, refreshed every 29 min
let cached = { token: null, exp: 0 };

exports.handler = async () => {
  if (cached.token && Date.now() < cached.exp) return cached.token;
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: process.env.AMADEUS_KEY,
    client_secret: process.env.AMADEUS_SECRET,
  }).toString();
  // debugging leftover: token seen in CloudWatch on 12 Feb
  // Authorization: Bearer ${k.http(k.g.alnum(28))}
  const res = await post('test.api.amadeus.com', '/v1/security/oauth2/token', body);
  cached = { token: res.access_token, exp: Date.now() + 29 * 60 * 1000 };
  return cached.token;
};
`,
  ),
];
