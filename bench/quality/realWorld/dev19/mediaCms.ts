// Publishing CMS as newsroom developers keep them: WordPress VIP and newspaper themes, Ghost config.production.json
// and Admin API keys, Contentful/Sanity/Strapi/Storyblok/Prismic tokens (delivery vs management), Arc XP, Drupal,
// headless preview secrets in Next.js env files.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_CMS_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-wp-config-newspaper',
    ['config-syntax', 'code', 'precision'],
    'wp-config.php',
    (k) => `<?php
/**
 * Tageblatt Online – wp-config for prod (web01/web02). Salts rotated 2025-03 after the plugin incident.
 */
define( 'DB_NAME', 'tageblatt_wp' );
define( 'DB_USER', 'wp_tageblatt' );
define( 'DB_PASSWORD', '${k.pw()}' );
define( 'DB_HOST', 'mysql-news.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*-_+=[]{}|~', 64))}' );
define( 'SECURE_AUTH_KEY',  '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*-_+=[]{}|~', 64))}' );
define( 'LOGGED_IN_KEY',    '${k.n('put your unique phrase here')}' );
define( 'NONCE_KEY',        '${k.n('put your unique phrase here')}' );

// Paywall (Piano) – AID is public, API token is not
define( 'PIANO_AID', '${k.n(k.g.alnum(10))}' );
define( 'PIANO_API_TOKEN', '${k.s('token', k.g.alnum(40))}' );

// AP Media API for the wire importer plugin
define( 'AP_MEDIA_API_KEY', getenv( '${k.n('AP_MEDIA_API_KEY')}' ) );

define( 'WP_MEMORY_LIMIT', '256M' );
define( 'DISALLOW_FILE_EDIT', true );
$table_prefix = 'tb_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  ),

  mDoc(
    'media-wp-vip-config-readme',
    ['prose', 'config-syntax', 'precision'],
    'vip-config/README.md',
    (k) => `# vip-config

Per-environment constants for the *Daily Ledger* site on WordPress VIP.

Secrets must **not** go in this folder. Use the VIP dashboard → Environment Variables, then read them with
\`vip_get_env_var( 'LEDGER_SYNDICATION_TOKEN' )\`.

\`\`\`php
// vip-config.php
define( 'LEDGER_SYNDICATION_TOKEN', vip_get_env_var( '${k.n('LEDGER_SYNDICATION_TOKEN')}', '' ) );
define( 'PARSELY_API_KEY', '${k.n('dailyledger.com')}' );       // Parse.ly "api key" is the site domain, public
define( 'PARSELY_API_SECRET', vip_get_env_var( 'PARSELY_API_SECRET' ) );
\`\`\`

Local development (\`vip dev-env\`) uses the defaults below; the admin login is \`vipgo\` / \`${k.u('password')}\`.

> Note from 2024-11: someone committed the old secret \`${k.tok()}\` in #412 — it was revoked, but please stop
> pasting dashboard values into PRs.
`,
  ),

  mDoc(
    'media-ghost-config-production',
    ['config-syntax', 'credential-file'],
    'ghost/config.production.json',
    (k) => `{
  "url": "https://newsletter.harbourtimes.example",
  "server": { "port": 2368, "host": "127.0.0.1" },
  "database": {
    "client": "mysql",
    "connection": {
      "host": "localhost",
      "user": "ghost-412",
      "password": "${k.spw()}",
      "database": "ghost_production"
    }
  },
  "mail": {
    "transport": "SMTP",
    "options": {
      "service": "Mailgun",
      "host": "smtp.eu.mailgun.org",
      "port": 465,
      "secure": true,
      "auth": { "user": "postmaster@mg.harbourtimes.example", "pass": "${k.s('token', k.g.hex(32) + '-' + k.g.hex(8) + '-' + k.g.hex(8))}" }
    }
  },
  "logging": { "transports": ["file", "stdout"] },
  "process": "systemd",
  "paths": { "contentPath": "/var/www/ghost/content" }
}
`,
  ),

  mDoc(
    'media-ghost-admin-api-script',
    ['code', 'precision'],
    'scripts/publish-from-desk.js',
    (k) => `// Push approved stories from the desk spreadsheet to Ghost as drafts.
// Admin API key = "<id>:<secret>" from Ghost Admin → Integrations → Custom "Desk sync".
const GhostAdminAPI = require('@tryghost/admin-api');

const api = new GhostAdminAPI({
  url: 'https://harbourtimes.ghost.io',
  key: '${k.prov('Ghost Admin API key', V.ghostAdmin(k.g))}',
  version: 'v5.0',
});

// Content API key is read-only and shipped in the theme anyway
const CONTENT_KEY = '${k.n(V.ghostContent(k.g))}';

async function main(rows) {
  for (const row of rows) {
    await api.posts.add({ title: row.headline, html: row.body, status: 'draft', tags: [row.desk] }, { source: 'html' });
  }
}
module.exports = { main, CONTENT_KEY };
`,
  ),

  mDoc(
    'media-contentful-env-next',
    ['config-syntax', 'precision'],
    '.env.local',
    (k) => `# Magazine frontend (Next.js) — Contentful
CONTENTFUL_SPACE_ID=${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12))}
CONTENTFUL_ENVIRONMENT=master
# delivery token: published content only, also in the browser bundle
NEXT_PUBLIC_CONTENTFUL_DELIVERY_TOKEN=${k.u(V.contentfulCda(k.g))}
# preview token: drafts! server only
CONTENTFUL_PREVIEW_TOKEN=${k.s('token', V.contentfulCda(k.g))}
# management token for the migration scripts (personal, Jonas)
CONTENTFUL_MANAGEMENT_TOKEN=${k.prov('Contentful personal access token', V.contentfulCma(k.g))}
CONTENTFUL_PREVIEW_SECRET=${k.s('token', k.g.hex(32))}
REVALIDATE_SECRET=${k.s('token', k.g.alnum(32))}
NEXT_PUBLIC_GA_ID=${k.n(V.gaId(k.g))}
NEXT_PUBLIC_GTM_ID=${k.n(V.gtmId(k.g))}
`,
  ),

  mDoc(
    'media-sanity-studio-env',
    ['config-syntax', 'code', 'precision'],
    'studio/sanity.cli.ts',
    (k) => `import { defineCliConfig } from 'sanity/cli';

// projectId and dataset are public (they are in every image URL)
export default defineCliConfig({
  api: { projectId: '${k.n(V.sanityProject(k.g))}', dataset: 'production' },
  studioHost: 'lokalavisen',
});

// TODO move to .env — deploy token used by the GitHub action to import the archive
export const ARCHIVE_IMPORT_TOKEN = '${k.prov('Sanity API token', V.sanityToken(k.g))}';
export const PREVIEW_SECRET = process.env.${k.n('SANITY_PREVIEW_SECRET')};
`,
  ),

  mDoc(
    'media-strapi-env',
    ['config-syntax', 'precision'],
    'cms/.env',
    (k) => `HOST=0.0.0.0
PORT=1337
APP_KEYS=${k.s('token', k.g.base64(22) + '==')},${k.s('token', k.g.base64(22) + '==')}
API_TOKEN_SALT=${k.s('token', k.g.base64(22) + '==')}
ADMIN_JWT_SECRET=${k.s('token', k.g.base64(22) + '==')}
TRANSFER_TOKEN_SALT=${k.n('tobemodified')}
JWT_SECRET=${k.s('token', k.g.base64(22) + '==')}
# Postgres on the podcast box
DATABASE_CLIENT=postgres
DATABASE_HOST=127.0.0.1
DATABASE_NAME=strapi_podcast
DATABASE_USERNAME=strapi
DATABASE_PASSWORD=${k.pw()}
# read-only token the Astro site uses at build time
STRAPI_BUILD_TOKEN=${k.s('token', V.strapiToken(k.g))}
`,
  ),

  mDoc(
    'media-storyblok-nuxt-config',
    ['code', 'config-syntax', 'precision'],
    'nuxt.config.ts',
    (k) => `export default defineNuxtConfig({
  modules: [
    ['@storyblok/nuxt', {
      // public token (published content) — fine in the client bundle
      accessToken: '${k.n(V.storyblokPublic(k.g))}',
      apiOptions: { region: 'eu' },
    }],
  ],
  runtimeConfig: {
    storyblokPreviewToken: process.env.STORYBLOK_PREVIEW_TOKEN,
    // personal management token for the "copy story to regional edition" job
    storyblokManagementToken: '${k.s('token', V.storyblokMgmt(k.g))}',
    public: { siteUrl: 'https://www.kulturkompass.example', gaId: '${k.n(V.gaId(k.g))}' },
  },
});
`,
  ),

  mDoc(
    'media-prismic-slicemachine-ci',
    ['config-syntax', 'precision'],
    '.github/workflows/deploy-site.yml',
    (k) => `name: deploy-site
on:
  push: { branches: [main] }
  repository_dispatch: { types: [prismic-publish] }
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      PRISMIC_REPO: revista-puerto
      PRISMIC_ACCESS_TOKEN: \${{ secrets.${k.n('PRISMIC_ACCESS_TOKEN')} }}
      PRISMIC_WEBHOOK_SECRET: ${k.s('token', k.g.alnum(32))}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build
      - name: warm cache
        run: curl -fsS "https://revista-puerto.cdn.prismic.io/api/v2?access_token=${k.http(V.prismicToken(k.g))}" > /dev/null
`,
  ),

  mDoc(
    'media-arc-xp-content-sdk',
    ['code', 'http-auth', 'precision'],
    'tools/arc/backfill_sections.py',
    (k) => `"""Backfill section taxonomy on Arc XP stories (Content API + Draft API)."""
import os
import requests

ARC_ORG = "lanacion-sandbox"
# Developer Center -> Access Tokens. Sandbox token; prod comes from ARC_ACCESS_TOKEN
ARC_TOKEN = os.environ.get("ARC_ACCESS_TOKEN", "${k.s('token', k.g.alnum(32).toUpperCase().slice(0, 16) + k.g.alnum(48))}")
HEADERS = {"Authorization": f"Bearer {ARC_TOKEN}"}
BASE = f"https://api.sandbox.{ARC_ORG}.arcpublishing.com"

def story_ids(website="lanacion", size=100):
    r = requests.get(f"{BASE}/content/v4/search/published",
                     params={"website": website, "q": "type:story", "size": size},
                     headers=HEADERS, timeout=30)
    r.raise_for_status()
    return [e["_id"] for e in r.json()["content_elements"]]

# example id from the docs: ${k.n(k.g.upper(26))}
if __name__ == "__main__":
    print(story_ids()[:5])
`,
  ),

  mDoc(
    'media-drupal-settings-newsroom',
    ['config-syntax', 'code'],
    'web/sites/default/settings.prod.php',
    (k) => `<?php
// Omroep Regio — Drupal 10 production overrides.
$databases['default']['default'] = [
  'database' => 'omroep_d10',
  'username' => 'omroep',
  'password' => '${k.pw()}',
  'host' => 'mariadb.omroep.lan',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '${k.s('token', k.g.base64url(64))}';
// Solr search for the archive
$config['search_api.server.solr']['backend_config']['connector_config']['password'] = '${k.spw()}';
// Akamai purge credentials (EdgeGrid)
$config['akamai.settings']['edgegrid']['client_secret'] = '${k.s('token', k.g.base64(44))}';
$config['akamai.settings']['edgegrid']['access_token'] = '${k.u('akab-' + k.g.lower(16) + '-' + k.g.lower(16))}';
$config['akamai.settings']['edgegrid']['client_token'] = '${k.u('akab-' + k.g.lower(16) + '-' + k.g.lower(16))}';
`,
  ),

  mDoc(
    'media-wordpress-wpcli-history',
    ['command-line', 'precision'],
    'notes/wp-cli-cheatsheet.sh',
    (k) => `# cheat sheet for the night desk — run on web01 as www-data
wp user create nachtdienst nachtdienst@zeitung.example --role=editor --user_pass='${k.pw()}'
wp user update 17 --user_pass=${k.spw()} --skip-email
wp option get siteurl
wp user list --fields=ID,user_login,user_pass | head
# 1  admin   ${k.n(V.phpass(k.g))}
# 17 nachtdienst ${k.n(V.phpass(k.g))}
wp config set DB_PASSWORD '${k.ph()}' --raw
wp cache flush && wp rewrite flush
`,
  ),
];
