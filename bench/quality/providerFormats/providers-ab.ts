// Corpus formats for the providers-ab rules (providers a–b of issue 16), written from each provider's
// documentation of the value's shape: prefixes, lengths, alphabets, the structure Microsoft documents for
// its identifiable keys (a service signature at a fixed offset), Atlassian's Data Center tokens (base64 of
// a 12-digit id, a colon and 20 random bytes), Adobe IMS JWT claims. Values are generated at run time.
import type { ExampleGen } from '../../../engine/types';
import type { TokenFormat } from '../formats';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const keyed = (ruleId: string, name: string, make: (g: ExampleGen) => string): TokenFormat => ({ ruleId, name, keyed: true, make });
const prefixed = (ruleId: string, name: string, make: (g: ExampleGen) => string): TokenFormat => ({ ruleId, name, make });

/** Microsoft identifiable keys: 64-byte (88 chars), 32-byte (44), 39-byte (52) layouts around the signature. */
const azure64 = (sig: string) => (g: ExampleGen) => `${g.chars(B64, 76)}${sig}${g.chars(B64, 5)}${g.pick(['A', 'Q', 'g', 'w'])}==`;
const azure32 = (sig: string) => (g: ExampleGen) => `${g.chars(B64, 33)}${sig}${g.chars('ABCDEFGHIJKLMNOP', 1)}${g.chars(B64, 5)}=`;
const azure39 = (sig: string) => (g: ExampleGen) => `${g.alnum(42)}${sig}${g.chars('ABCD', 1)}${g.alnum(5)}`;

/** Data Center PAT body: base64 of `<12-digit id>:<20 random bytes>`. */
function dataCenterBody(g: ExampleGen): string {
  const bytes = Array.from({ length: 20 }, () => String.fromCharCode(parseInt(g.hex(2), 16))).join('');
  return btoa(`${g.digits(12)}:${bytes}`);
}

const b64url = (text: string) => btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
/** An Adobe IMS token: an RS256 JWT whose claims carry `type` and the IMS region in `as`. */
const adobeIms = (type: string) => (g: ExampleGen) =>
  `${b64url('{"alg":"RS256","x5u":"ims-key-1.cer","kid":"ims-key-1","itt":"at"}')}.${b64url(
    `{"id":"${g.digits(13)}_${g.uuid()}_${g.pick(['ue1', 'va6'])}","type":"${type}","client_id":"${g.lower(10)}","user_id":"${g.hex(24).toUpperCase()}@AdobeID","as":"${g.pick(['ims-na1', 'ims-na1-stg1'])}","created_at":"${g.digits(13)}","expires_in":"86400000"}`,
  )}.${g.base64url(342)}`;

export const PROVIDERS_AB_FORMATS: TokenFormat[] = [
  keyed('abstract-api-key', 'ABSTRACT_API_KEY', (g) => g.hex(32)),
  keyed('abuseipdb-api-key', 'ABUSEIPDB_API_KEY', (g) => g.hex(80)),
  keyed('accuweather-api-key', 'ACCUWEATHER_API_KEY', (g) => g.alnum(32)),
  keyed('adzuna-app-key', 'ADZUNA_APP_KEY', (g) => g.hex(32)),
  keyed('agora-app-certificate', 'AGORA_APP_CERTIFICATE', (g) => g.hex(32)),
  keyed('aha-api-key', 'AHA_API_KEY', (g) => g.hex(64)),
  keyed('airbrake-user-key', 'AIRBRAKE_USER_KEY', (g) => g.hex(40)),
  keyed('airbrake-project-key', 'AIRBRAKE_PROJECT_KEY', (g) => g.hex(32)),
  keyed('airship-master-secret', 'AIRSHIP_MASTER_SECRET', (g) => g.base64url(22)),
  keyed('aiven-auth-token', 'AIVEN_TOKEN', (g) => g.base64(372)),
  keyed('alchemy-api-key', 'ALCHEMY_API_KEY', (g) => g.base64url(32)),
  keyed('amadeus-client-secret', 'AMADEUS_CLIENT_SECRET', (g) => g.alnum(16)),
  keyed('ambee-api-key', 'AMBEE_API_KEY', (g) => g.hex(64)),
  keyed('amplitude-secret-key', 'AMPLITUDE_SECRET_KEY', (g) => g.hex(32)),
  keyed('anypoint-client-secret', 'ANYPOINT_CLIENT_SECRET', (g) => g.hex(32)),
  keyed('apiflash-access-key', 'APIFLASH_ACCESS_KEY', (g) => g.hex(32)),
  keyed('apifonica-api-key', 'APIFONICA_API_KEY', (g) => `${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 11)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`),
  keyed('apilayer-api-key', 'APILAYER_API_KEY', (g) => g.alnum(32)),
  keyed('apimetrics-api-key', 'APIMETRICS_API_KEY', (g) => g.alnum(32)),
  keyed('apitemplate-api-key', 'APITEMPLATE_API_KEY', (g) => g.alnum(39)),
  keyed('apollo-io-api-key', 'APOLLO_IO_API_KEY', (g) => g.base64url(22)),
  keyed('appfollow-api-token', 'APPFOLLOW_API_TOKEN', (g) => `eyJ${g.base64url(33)}.eyJ${g.base64url(71)}.${g.base64url(43)}`),
  keyed('appointedd-api-key', 'APPOINTEDD_API_KEY', (g) => `${g.base64(86)}==`),
  keyed('appoptics-api-token', 'APPOPTICS_TOKEN', (g) => g.base64url(71)),
  keyed('appsynergy-api-key', 'APPSYNERGY_API_KEY', (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 64)),
  keyed('artsy-client-secret', 'ARTSY_CLIENT_SECRET', (g) => g.hex(32)),
  keyed('atera-api-key', 'ATERA_API_KEY', (g) => g.hex(32)),
  keyed('audd-api-token', 'AUDD_API_TOKEN', (g) => g.hex(32)),
  keyed('autodesk-client-secret', 'APS_CLIENT_SECRET', (g) => g.alnum(64)),
  keyed('autoklose-api-token', 'AUTOKLOSE_API_TOKEN', (g) => g.alnum(32)),
  keyed('autopilot-api-key', 'AUTOPILOT_API_KEY', (g) => g.hex(32)),
  keyed('avaza-personal-access-token', 'AVAZA_TOKEN', (g) => `${g.digits(6)}-${g.hex(40)}`),
  keyed('aviationstack-access-key', 'AVIATIONSTACK_ACCESS_KEY', (g) => g.hex(32)),
  keyed('axonaut-api-key', 'AXONAUT_API_KEY', (g) => g.hex(32)),
  keyed('aylien-api-key', 'AYLIEN_API_KEY', (g) => g.hex(32)),
  keyed('ayrshare-api-key', 'AYRSHARE_API_KEY', (g) => `${g.chars(UPPER_DIGITS, 8)}-${g.chars(UPPER_DIGITS, 8)}-${g.chars(UPPER_DIGITS, 8)}-${g.chars(UPPER_DIGITS, 8)}`),
  keyed('airtable-legacy-api-key', 'AIRTABLE_API_KEY', (g) => `key${g.alnum(14)}`),
  keyed('asana-client-secret', 'ASANA_CLIENT_SECRET', (g) => g.alnum(32)),
  keyed('baidu-ai-secret-key', 'BAIDU_SECRET_KEY', (g) => g.alnum(32)),
  keyed('bannerbear-api-key', 'BANNERBEAR_API_KEY', (g) => `${g.alnum(22)}tt`),
  keyed('baremetrics-api-key', 'BAREMETRICS_API_KEY', (g) => g.base64url(25)),
  keyed('beebole-api-token', 'BEEBOLE_API_TOKEN', (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40)),
  keyed('besnappy-api-key', 'SNAPPY_API_KEY', (g) => g.hex(64)),
  keyed('besttime-private-api-key', 'BESTTIME_API_KEY_PRIVATE', (g) => `pri_${g.hex(32)}`),
  keyed('bing-search-subscription-key', 'BING_SEARCH_KEY', (g) => g.hex(32)),
  keyed('bitbar-api-key', 'BITBAR_API_KEY', (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)),
  keyed('bitcoinaverage-api-key', 'BITCOINAVERAGE_API_KEY', (g) => g.alnum(43)),
  keyed('bitfinex-api-secret', 'BITFINEX_API_SECRET', (g) => g.alnum(43)),
  keyed('bitmex-api-secret', 'BITMEX_API_SECRET', (g) => g.base64url(48)),
  keyed('bitly-access-token', 'BITLY_ACCESS_TOKEN', (g) => g.hex(40)),
  keyed('bitrise-access-token', 'BITRISE_TOKEN', (g) => g.base64url(86)),
  keyed('bittrex-api-secret', 'BITTREX_API_SECRET', (g) => g.hex(32)),
  keyed('binance-api-secret', 'BINANCE_API_SECRET', (g) => g.alnum(64)),
  keyed('bybit-api-secret', 'BYBIT_API_SECRET', (g) => g.alnum(36)),
  keyed('blazemeter-api-key-secret', 'BLAZEMETER_API_SECRET', (g) => g.hex(64)),
  keyed('blitapp-api-key', 'BLITAPP_API_KEY', (g) => g.base64url(39)),
  keyed('blocknative-api-key', 'BLOCKNATIVE_API_KEY', (g) => g.uuid()),
  keyed('blynk-auth-token', 'BLYNK_AUTH_TOKEN', (g) => g.base64url(32)),
  keyed('bombbomb-api-key', 'BOMBBOMB_API_KEY', (g) => `${g.base64(86)}==`),
  keyed('boostnote-api-key', 'BOOSTNOTE_API_KEY', (g) => g.hex(64)),
  keyed('borgbase-api-token', 'BORGBASE_TOKEN', (g) => `eyJ${g.base64url(33)}.eyJ${g.base64url(90)}.${g.base64url(43)}`),
  keyed('box-client-secret', 'BOX_CLIENT_SECRET', (g) => g.alnum(32)),
  keyed('box-developer-token', 'BOX_DEVELOPER_TOKEN', (g) => g.alnum(32)),
  keyed('brandfetch-api-key', 'BRANDFETCH_API_KEY', (g) => g.alnum(40)),
  keyed('browshot-api-key', 'BROWSHOT_API_KEY', (g) => g.alnum(28)),
  keyed('bscscan-api-key', 'BSCSCAN_API_KEY', (g) => g.chars(UPPER_DIGITS, 34)),
  keyed('buddyns-api-key', 'BUDDYNS_API_KEY', (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40)),
  keyed('budibase-api-key', 'BUDIBASE_API_KEY', (g) => `${g.hex(32)}-${g.hex(80)}`),
  keyed('bugherd-api-key', 'BUGHERD_API_KEY', (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 22)),
  keyed('buttercms-api-token', 'BUTTER_CMS_API_TOKEN', (g) => g.hex(40)),
  prefixed('adafruit-io-key', 'ADAFRUIT_IO_KEY', (g) => `aio_${g.alnum(28)}`),
  keyed('beamer-api-key', 'BEAMER_API_KEY', (g) => `b_${g.base64(44)}`),
  keyed('apple-app-specific-password', 'APPLE_APP_SPECIFIC_PASSWORD', (g) => `${g.lower(4)}-${g.lower(4)}-${g.lower(4)}-${g.lower(4)}`),
  keyed('appcenter-api-token', 'APPCENTER_API_TOKEN', (g) => g.hex(40)),
  keyed('bitwarden-secrets-manager-access-token', 'BWS_ACCESS_TOKEN', (g) => `0.${g.uuid()}.${g.alnum(30)}:${g.base64(22)}==`),
  keyed('bitwarden-api-client-secret', 'BW_CLIENTSECRET', (g) => g.alnum(30)),
  keyed('braze-rest-api-key', 'BRAZE_REST_API_KEY', (g) => g.uuid()),
  keyed('bunny-net-api-key', 'BUNNY_API_KEY', (g) => `${g.uuid()}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`),
  keyed('bigcommerce-access-token', 'BIGCOMMERCE_ACCESS_TOKEN', (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 31)),
  keyed('branch-secret-key', 'BRANCH_SECRET', (g) => `secret_live_${g.alnum(32)}`),
  prefixed('appwrite-api-key', 'APPWRITE_API_KEY', (g) => `standard_${g.hex(256)}`),
  keyed('alpaca-api-secret', 'APCA_API_SECRET_KEY', (g) => g.alnum(40)),
  keyed('alienvault-otx-api-key', 'OTX_API_KEY', (g) => g.hex(64)),
  keyed('apollo-graphql-api-key', 'APOLLO_KEY', (g) => `service:shop-graph-${g.lower(4)}:${g.base64url(22)}`),
  // Azure identifiable keys (Microsoft security-utilities documents the signatures and layouts).
  prefixed('azure-storage-identifiable-key', 'AZURE_STORAGE_KEY', azure64('+ASt')),
  prefixed('azure-cosmos-db-identifiable-key', 'COSMOS_KEY', azure64('ACDb')),
  prefixed('azure-batch-identifiable-key', 'BATCH_ACCOUNT_KEY', azure64('+ABa')),
  prefixed('azure-apim-identifiable-key', 'APIM_SUBSCRIPTION_KEY', azure64('APIM')),
  prefixed('azure-ml-classic-identifiable-key', 'AZURE_ML_KEY', azure64('+AMC')),
  prefixed('azure-service-bus-identifiable-key', 'SERVICEBUS_KEY', azure32('+ASb')),
  prefixed('azure-event-hubs-identifiable-key', 'EVENTHUB_KEY', azure32('+AEh')),
  prefixed('azure-relay-identifiable-key', 'RELAY_KEY', azure32('+ARm')),
  prefixed('azure-iot-identifiable-key', 'IOTHUB_DEVICE_KEY', azure32('AIoT')),
  prefixed('azure-event-grid-identifiable-key', 'EVENTGRID_KEY', azure32('AZEG')),
  prefixed('azure-cache-for-redis-identifiable-key', 'REDIS_KEY', azure32('AzCa')),
  prefixed('azure-functions-identifiable-key', 'FUNCTION_KEY', (g) => `${g.chars(B64URL, 44)}AzFu${g.chars(B64URL, 5)}${g.pick(['A', 'Q', 'g', 'w'])}==`),
  prefixed('azure-search-identifiable-key', 'SEARCH_API_KEY', azure39('AzSe')),
  prefixed('azure-container-registry-identifiable-key', 'ACR_PASSWORD', azure39('+ACR')),
  prefixed('azure-devops-identifiable-pat', 'ADO_PAT', (g) => `${g.alnum(76)}AZDO${g.alnum(4)}`),
  keyed('azure-cosmos-db-key', 'COSMOS_DB_KEY', (g) => `${g.base64(86)}==`),
  keyed('azure-entra-refresh-token', 'AZURE_REFRESH_TOKEN', (g) => `${g.pick(['0', '1'])}.A${g.base64url(g.pick([150, 300]))}.${g.base64url(g.pick([400, 600]))}`),
  keyed('azure-search-admin-key', 'AZURE_SEARCH_API_KEY', (g) => g.chars(UPPER_DIGITS, 32)),
  keyed('azure-maps-key', 'AZURE_MAPS_KEY', (g) => g.pick([g.base64url(43), g.alnum(84)])),
  keyed('azure-container-registry-password', 'ACR_ADMIN_PASSWORD', (g) => g.alnum(32)),
  prefixed('azure-signalr-access-key', 'SIGNALR_CONNECTION_STRING', (g) => `Endpoint=https://${g.lower(8)}.service.signalr.net;AccessKey=${g.base64(43)}=;Version=1.0;`),
  prefixed('azure-communication-services-key', 'ACS_CONNECTION_STRING', (g) => `endpoint=https://${g.lower(8)}.communication.azure.com/;accesskey=${g.base64(86)}==`),
  // AWS AppSync keys (da2- + 26), Login with Amazon tokens (Atza| / Atzr|).
  prefixed('aws-appsync-api-key', 'APPSYNC_API_KEY', (g) => `da2-${g.chars(LOWER_DIGITS, 26)}`),
  prefixed('login-with-amazon-access-token', 'LWA_ACCESS_TOKEN', (g) => `Atza|${g.base64url(g.pick([180, 360]))}`),
  prefixed('login-with-amazon-refresh-token', 'SP_API_REFRESH_TOKEN', (g) => `Atzr|${g.base64url(g.pick([180, 360]))}`),
  // Akamai EdgeGrid (.edgerc): client_secret is base64 of 32 bytes; access tokens are akab-….
  {
    ruleId: 'akamai-edgegrid-client-secret',
    name: 'client_secret',
    make: () => '',
    file: (g) => ({
      path: '.edgerc',
      text: `[default]\nclient_secret = ${g.s(`${g.base64(43)}=`)}\nhost = akab-${g.chars(LOWER_DIGITS, 16)}-${g.chars(LOWER_DIGITS, 16)}.luna.akamaiapis.net\naccess_token = akab-${g.chars(LOWER_DIGITS, 16)}-${g.chars(LOWER_DIGITS, 16)}\nclient_token = akab-${g.chars(LOWER_DIGITS, 16)}-${g.chars(LOWER_DIGITS, 16)}\n`,
    }),
  },
  keyed('akamai-edgegrid-access-token', 'AKAMAI_ACCESS_TOKEN', (g) => `akab-${g.chars(LOWER_DIGITS, 16)}-${g.chars(LOWER_DIGITS, 16)}`),
  prefixed('authress-service-client-access-key', 'AUTHRESS_KEY', (g) => `sc_${g.alnum(16)}.${g.alnum(4)}.acc_${g.lower(10)}.${g.base64url(64)}`),
  // Atlassian Data Center tokens.
  keyed('atlassian-data-center-pat', 'JIRA_TOKEN', dataCenterBody),
  prefixed('bitbucket-data-center-http-access-token', 'BITBUCKET_TOKEN', (g) => `BBDC-${dataCenterBody(g)}`),
  // Adobe IMS tokens.
  prefixed('adobe-ims-access-token', 'ADOBE_ACCESS_TOKEN', adobeIms('access_token')),
  prefixed('adobe-ims-refresh-token', 'ADOBE_REFRESH_TOKEN', adobeIms('refresh_token')),
  prefixed('adobe-ims-device-token', 'ADOBE_DEVICE_TOKEN', adobeIms('device_token')),
  keyed('buildkite-agent-token', 'BUILDKITE_AGENT_TOKEN', (g) => g.alnum(g.pick([40, 50]))),
];
