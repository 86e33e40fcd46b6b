// Wire services and syndication as newsroom integrators wire them: AP Media API keys, Reuters Connect OAuth, AFP
// client credentials, NewsML-G2 feeds over FTP/SFTP with user and password, RSS ingest scripts and cron jobs.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_WIRE_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-ap-ingest-config-yaml',
    ['config-syntax', 'precision'],
    'ingest/config/feeds.yaml',
    (k) => `# Wire ingest — feeds polled by wire-poller (k8s cronjob, every 2 min)
feeds:
  - name: ap-us-politics
    type: ap_media_api
    endpoint: https://api.ap.org/media/v/content/feed
    query: "productid:${k.n(k.g.digits(5))} AND type:text"
    api_key: ${k.s('token', k.g.alnum(32))}
    page_size: 50
  - name: ap-photos-sports
    type: ap_media_api
    endpoint: https://api.ap.org/media/v/content/feed
    query: "productid:${k.n(k.g.digits(5))} AND type:picture"
    api_key: \${AP_PHOTO_KEY}
  - name: reuters-world
    type: reuters_connect
    token_url: https://auth.thomsonreuters.com/oauth/token
    client_id: ${k.n(k.g.alnum(32))}
    client_secret: ${k.s('token', k.g.base64url(64))}
    audience: "7a14b6a2-73b8-4ab2-a610-80fb9f40f769"
  - name: afp-fr
    type: afp_api
    base_url: https://afp-apicore-prod.afp.com
    client_id: SUDOUEST_DIGITAL
    client_secret: ${k.s('token', k.g.hex(40))}
    username: sudouest-web
    password: ${k.pw()}
    lang: fr
`,
  ),

  mDoc(
    'media-newsml-ftp-pull-script',
    ['command-line', 'code'],
    'bin/pull-newsml.sh',
    (k) => `#!/usr/bin/env bash
# Pulls NewsML-G2 items from the dpa FTP drop every 5 min (cron on ingest01). Files land in /data/wire/in.
set -euo pipefail
HOST=ftp.dpa-newsfeed.example
USER=zeitung_nord
PASS='${k.pw()}'
lftp -u "$USER","$PASS" "$HOST" -e "mirror --only-newer --Remove-source-files /out /data/wire/in; bye"
# KNA is still plain ftp:// (they promised SFTP in Q3)
wget -q -N -P /data/wire/kna "ftp://nordzeitung:${k.cs()}@ftp.kna.example/newsml/*.xml"
find /data/wire/in -name '*.xml' -mmin +1440 -delete
`,
  ),

  mDoc(
    'media-rss-ingest-python',
    ['code', 'http-auth', 'precision'],
    'ingest/rss_ingest.py',
    (k) => `import feedparser, hashlib, requests

# Partner feeds; some need basic auth, one needs a token in the URL (their choice, not ours)
FEEDS = {
    "stadtrat": "https://ris.stadt.example/rss/sitzungen.xml",
    "polizei": "https://presse.polizei.example/rss/${k.n(k.g.digits(5))}.rss",
    "partner_sport": "https://feeds.sportdaten.example/v2/liga.rss?token=${k.http(k.g.hex(40))}",
}
PARTNER_AUTH = ("regiozeitung", "${k.pw()}")

def item_key(entry):
    # stable id for de-duplication, e.g. ${k.n(V.sha1(k.g))}
    return hashlib.sha1((entry.get("id") or entry.link).encode()).hexdigest()

def fetch(name, url):
    auth = PARTNER_AUTH if name == "partner_sport" else None
    r = requests.get(url, auth=auth, timeout=20)
    return feedparser.parse(r.content).entries
`,
  ),

  mDoc(
    'media-reuters-connect-curl',
    ['command-line', 'http-auth'],
    'docs/wire/reuters-connect.md',
    (k) => `## Reuters Connect — getting a token by hand

\`\`\`bash
curl -s -X POST https://auth.thomsonreuters.com/oauth/token \\
  -H 'content-type: application/x-www-form-urlencoded' \\
  -d grant_type=password -d username=ops@morgenpost.example -d 'password=${k.spw()}' \\
  -d client_id=${k.n(k.g.alnum(32))} -d scope='https://api.thomsonreuters.com/auth/reutersconnect.contentapi.read'
\`\`\`

Then query GraphQL with it:

\`\`\`bash
curl https://api.reutersconnect.com/content/graphql \\
  -H "Authorization: Bearer ${k.bearer()}" \\
  -d '{"query":"{ currentUser { email } }"}'
\`\`\`

The token lives 24 h. The service account password is in 1Password → "Reuters Connect (API)".
`,
  ),

  mDoc(
    'media-syndication-partners-xml',
    ['config-syntax', 'precision'],
    'syndication/partners.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!-- outbound syndication: we push our articles to these partners -->
<partners>
  <partner id="msn" enabled="true">
    <endpoint>https://partnerhub.msn.example/api/ingest</endpoint>
    <apiKey>${k.s('token', k.g.hex(32))}</apiKey>
  </partner>
  <partner id="yahoo-de" enabled="false">
    <endpoint>sftp://upload.yahoo-news.example/incoming</endpoint>
    <user>nordkurier</user>
    <password>${k.spw()}</password>
  </partner>
  <partner id="pressreader" enabled="true">
    <endpoint>ftps://ftp.pressreader.example/</endpoint>
    <user>NK_EPAPER</user>
    <password>${k.n('${PRESSREADER_FTP_PASSWORD}')}</password>
    <isbn>${k.n(V.isbn(k.g))}</isbn>
  </partner>
</partners>
`,
  ),

  mDoc(
    'media-wire-ingest-log',
    ['logs-and-output', 'precision'],
    'logs/wire-poller-2025-10-02.log',
    (k) => `2025-10-02T04:00:01Z INFO  poller start feeds=4
2025-10-02T04:00:02Z DEBUG GET https://api.ap.org/media/v/content/feed?q=productid%3A${k.g.digits(5)}&apikey=${k.http(k.g.alnum(32))}
2025-10-02T04:00:03Z INFO  ap-us-politics items=12 new=3 etag="${k.n(V.md5(k.g))}"
2025-10-02T04:00:04Z WARN  reuters-world token expired, refreshing
2025-10-02T04:00:05Z INFO  reuters-world items=40 new=9
2025-10-02T04:00:06Z ERROR afp-fr 401 Unauthorized (client_id=SUDOUEST_DIGITAL, client_secret=${k.n('****')})
2025-10-02T04:00:06Z INFO  stored guid=${k.n(V.uuid(k.g))} slug=wahl-landtag-ergebnisse
2025-10-02T04:00:07Z INFO  poller done in 6.1s
`,
  ),

  mDoc(
    'media-afp-sdk-node',
    ['code', 'precision'],
    'src/wire/afp.ts',
    (k) => `import ApiCore from 'afp-apicore-js';

// AFP credentials come from the env in prod; the fallback values below are the anonymous demo client
const apicore = new ApiCore({
  clientId: process.env.AFP_CLIENT_ID ?? '${k.n('anonymous')}',
  clientSecret: process.env.AFP_CLIENT_SECRET ?? '${k.n('anonymous')}',
});

export async function login() {
  await apicore.authenticate({
    username: 'lemonde-regions',
    password: '${k.pw()}',
  });
  return apicore;
}
`,
  ),

  mDoc(
    'media-wire-sftp-netrc',
    ['credential-file'],
    'ops/ingest01/.netrc',
    (k) => `machine ftp.dpa-newsfeed.example
  login zeitung_nord
  password ${k.spw()}
machine ftp.kna.example login nordzeitung password ${k.spw()}
machine upload.epaper.example
  login nk_print
  password ${k.spw()}
`,
  ),

  mDoc(
    'media-newsml-sample-item',
    ['precision'],
    'test/fixtures/newsml-item.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header>
    <sent>2025-09-30T17:02:11Z</sent>
    <sender>dpa</sender>
    <transmitId>${k.n(k.g.hex(16) + '-' + k.g.digits(6))}</transmitId>
  </header>
  <itemSet>
    <newsItem guid="urn:newsml:dpa.com:20090101:${k.n(k.g.digits(6) + '-99-' + k.g.digits(6))}" version="3">
      <contentMeta>
        <headline>Bundesliga: Ergebnisse des 6. Spieltags</headline>
        <slugline>Fußball-Bundesliga-Ergebnisse</slugline>
      </contentMeta>
      <contentSet>
        <remoteContent href="https://cdn.dpa.example/pic/${k.n(V.sha256(k.g))}.jpg" contenttype="image/jpeg"/>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
`,
  ),
];
