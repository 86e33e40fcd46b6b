// Identifiers that are public by design: shipped to browsers and apps, restricted by referrer, app signature
// or project settings rather than kept secret (Firebase web config, Google Maps browser and Android keys).
// Reported at information level only: shown in the editor, never an error, never failing `hush scan` or a hook.
import { lineSaysNotSecret } from '../validators/notSecretRemark';
import type { MatchContext, Rule } from '../types';

/**
 * Markers of a Firebase web config (also a `firebase: {…}` section of an app config, and the public env names of
 * front-end frameworks: `NEXT_PUBLIC_FIREBASE_API_KEY`, `VITE_…`), a Maps script, an Android Maps key or the google-services plugin's Android
 * resources (`<string name="google_api_key" translatable="false">`, `google_app_id`) near a Google API key; the
 * Firebase SDK's own names (`FirebaseApp initialised, api key …` in a logcat, `FirebaseOptions`, `GoogleService-Info.plist`, the
 * browser storage keys it names after the web key: `firebase:authUser:<key>:[DEFAULT]`), and the Maps plugin of
 * Cordova/Ionic apps (`cordova-plugin-googlemaps`, its `API_KEY_FOR_ANDROID` / `API_KEY_FOR_IOS` variables), and the Maps SDK
 * for iOS (`GMSServices.provideAPIKey`, the `GMSApiKey` Info.plist entry it is read from: the key ships in the app).
 */
const BROWSER_CONTEXT =
  /authDomain|messagingSenderId|firebaseConfig|firebase:(?:authUser|redirectUser|pendingRedirect|persistence):|initializeApp|FirebaseApp|FirebaseOptions|GoogleService-Info|\bfirebase["']?[ \t]{0,4}[:=][ \t]{0,4}\{|(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC)_FIREBASE_API_KEY|maps\.googleapis\.com\/maps\/api\/js|com\.google\.android\.geo\.API_KEY|google_maps_key|MAPS_API_KEY|\bMAPS_KEY\b|mapsApiKey|googleMapsApiKey|"current_key"|google_api_key"?\s*>|google_api_key"[^>\n]{0,60}>|google_app_id|gcm_defaultSenderId|google_crash_reporting_api_key|<meta-data|cordova-plugin-googlemaps|API_KEY_FOR_(?:ANDROID|IOS)\b|\bGMSApiKey\b|GMSServices|GMSPlacesClient\.provideAPIKey/i;

/**
 * The key's line names a Maps key in any casing and separator (`googleMapsKey:`, `GOOGLE_MAPS_KEY=`, `maps-api-key`,
 * like BROWSER_CONTEXT's fixed spellings) or says the key is a browser's or referrer-restricted (`| Google Maps
 * (browser, referrer-restricted) | … |`). A Maps key named only by its API (`| Maps | X-Goog-Api-Key | … |`) may be a
 * server's: not enough. Other languages name it too (`구글 지도 API 키`, `Google Maps API-Schlüssel`, `地図APIキー`).
 */
const BROWSER_NAME = /maps?[_-]?(?:api[_-]?)?key|browser|referr?er|(?:maps?|karten?|mapa|carte|지도|地图|地図)[ _-]?(?:api[ _-]?)?(?:key|schlüssel|clé|clave|chave|klucz|키|キー|密钥)/i;

/**
 * A remark after the key that calls it a browser's or referrer-restricted (`# browser key, referrer-restricted`), or
 * restricted to an app (`(restricted to our Android app, fine)`, `# iOS-app restricted`): an app key ships in the app.
 */
const BROWSER_REMARK =
  /(?:#|\/\/|--|\(|;)[^\n]{0,80}\b(?:browser|referr?er[ -]restricted|http referr?ers?|restricted to (?:our |the |its )?(?:android|ios|mobile|web)(?: app)?|(?:android|ios|app)[ -]restricted)\b/i;

/**
 * A note just above the key (one of the two lines before its own) that calls the key a browser's or
 * referrer-restricted (`Google (browser key from the website, referrer-restricted):` over an indented curl): docs
 * introduce a command that way. Not `(server key, IP restricted)`.
 */
const BROWSER_NOTE_ABOVE = /\bbrowser[ -](?:api[ -])?key\b|\breferr?er[ -]restricted\b|\brestricted (?:by|to) (?:http )?referr?ers?\b/i;

/** Whether one of the two non-blank lines above `start` (within 400 characters) carries BROWSER_NOTE_ABOVE. */
function noteAboveSaysBrowser(text: string, start: number): boolean {
  let end = text.lastIndexOf('\n', start - 1);
  for (let seen = 0; seen < 2 && end > 0 && start - end < 400;) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(Math.max(from, end - 200), end);
    if (line.trim() !== '') {
      if (BROWSER_NOTE_ABOVE.test(line)) return true;
      seen++;
    }
    end = from - 1;
  }
  return false;
}

/** nuclei's `[google-api-key] [http] [info] <url> ["AIza…"]`: the scanner rates a key a public page serves as info. */
const NUCLEI_INFO_LINE = /^[ \t]{0,8}\[[\w:-]{0,40}google[\w:-]{0,40}\][ \t]{1,3}\[(?:http|file|javascript)\][ \t]{1,3}\[info\][ \t]/i;

/** The sentence goes on to call the key public (`\`AIza…\` is the web config's public key`), across a line break. */
const CALLED_PUBLIC_AFTER = /^[`"')\]]{0,2}[ \t]{1,3}(?:is|was)[ \t]{1,3}(?:just[ \t]{1,3})?(?:the|a|an|our)\s{1,6}(?:[\w'’-]{1,20}\s{1,6}){0,3}public[ \t]{1,3}(?:api[ \t]{1,3})?key\b/i;

/** Whether the Google API key at the context sits in a browser or app config (public by design). */
export function isBrowserGoogleKey(ctx: MatchContext): boolean {
  const near = ctx.text.slice(Math.max(0, ctx.start - 400), Math.min(ctx.text.length, ctx.end + 400));
  if (BROWSER_CONTEXT.test(near)) return true;
  let lineStart = ctx.start;
  while (lineStart > 0 && ctx.start - lineStart < 200 && ctx.text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  // A remark after the value says it too (`…&key=AIza… # browser key, referrer-restricted`).
  let lineEnd = ctx.end;
  while (lineEnd < ctx.text.length && lineEnd - ctx.end < 200 && ctx.text.charCodeAt(lineEnd) !== 10) lineEnd++;
  return (
    BROWSER_NAME.test(ctx.text.slice(lineStart, ctx.start)) ||
    BROWSER_REMARK.test(ctx.text.slice(ctx.end, lineEnd)) ||
    lineSaysNotSecret(ctx.text, ctx.start, ctx.end) ||
    noteAboveSaysBrowser(ctx.text, lineStart) ||
    NUCLEI_INFO_LINE.test(ctx.text.slice(lineStart, ctx.start)) ||
    CALLED_PUBLIC_AFTER.test(ctx.text.slice(ctx.end, Math.min(ctx.text.length, ctx.end + 120)))
  );
}

/**
 * An ArcGIS web map's setup near an ArcGIS API key: the JS SDK's `esriConfig.apiKey`, `@arcgis/core`, Esri Leaflet, the
 * SDK's CDN, or words saying it is referrer-restricted or a browser's (`restricted by HTTP referrer`, rw-dev18).
 */
const ARCGIS_BROWSER_CONTEXT = /referr?er|browser|esriConfig|@arcgis\/core|esri-leaflet|L\.esri\b|js\.arcgis\.com/i;

/** Whether the ArcGIS API key at the context sits in a browser app's config (referrer-restricted, public by design). */
function isBrowserArcgisKey(ctx: MatchContext): boolean {
  const near = ctx.text.slice(Math.max(0, ctx.start - 400), Math.min(ctx.text.length, ctx.end + 200));
  return ARCGIS_BROWSER_CONTEXT.test(near) || lineSaysNotSecret(ctx.text, ctx.start, ctx.end);
}

export const publicIdentifierRules: Rule[] = [
  {
    id: 'google-api-key-browser',
    provider: 'Google Cloud',
    family: 'cloud',
    priority: 'context',
    description: 'Google API key in a browser or app config (Firebase web config, Maps): public by design, restrict it',
    keywords: ['aiza'],
    keywordWindow: { before: 0, after: 39 },
    pattern: /(?<![A-Za-z0-9_])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
    validate: (_s, ctx) => isBrowserGoogleKey(ctx),
    severity: 'info',
    envName: 'GOOGLE_MAPS_API_KEY',
    maskPrefix: /^AIza/,
    docsUrl: 'https://firebase.google.com/docs/projects/api-keys',
    revocationUrl: 'https://console.cloud.google.com/apis/credentials',
    revocationNote: 'Not a secret: make sure the key is restricted to your app (HTTP referrers, Android/iOS app) and to the APIs it needs.',
    examples: {
      positives: (g) => [
        `const firebaseConfig = {\n  apiKey: "${g.s(`AIza${g.base64url(35)}`)}",\n  authDomain: "acme.firebaseapp.com",\n};`,
        `<script src="https://maps.googleapis.com/maps/api/js?key=${g.s(`AIza${g.base64url(35)}`)}&callback=initMap"></script>`,
        `MAPS_API_KEY=${g.s(`AIza${g.base64url(35)}`)}`,
        // The Maps SDK for iOS reads its key from Info.plist (rw-dev20).
        `<key>GMSApiKey</key>\n<string>${g.s(`AIza${g.base64url(35)}`)}</string>`,
        `Geocoding with the browser key (referrer-restricted, fails from a server):\n\n    curl "https://maps.googleapis.com/maps/api/geocode/json?address=Venlo&key=${g.s(`AIza${g.base64url(35)}`)}"`,
        `<resources>\n    <string name="google_api_key" translatable="false">${g.s(`AIza${g.base64url(35)}`)}</string>\n    <string name="google_app_id" translatable="false">1:${g.digits(12)}:android:${g.hex(16)}</string>\n</resources>`,
      ],
      negatives: (g) => [
        `GEMINI_API_KEY=AIza${g.base64url(35)}`,
        `const key = "AIza${g.base64url(20)}";`,
        `# Distance matrix via Google (server key, restricted to our egress IPs)\nGMAPS_SERVER_KEY = "AIza${g.base64url(35)}"`,
      ],
    },
  },
  {
    id: 'arcgis-api-key-browser',
    provider: 'Esri ArcGIS',
    family: 'cloud',
    priority: 'context',
    description: 'ArcGIS API key in a browser map app (referrer-restricted): public by design, restrict it',
    keywords: ['aapk'],
    keywordWindow: { before: 0, after: 164 },
    pattern: /(?<![A-Za-z0-9_])(?<secret>AAPK[0-9a-f]{32}[A-Za-z0-9_-]{40,128})(?![A-Za-z0-9_-])/,
    validate: (_s, ctx) => isBrowserArcgisKey(ctx),
    severity: 'info',
    envName: 'ARCGIS_API_KEY',
    maskPrefix: /^AAPK/,
    docsUrl: 'https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/',
    revocationUrl: null,
    revocationNote: 'Not a secret when restricted: make sure the key allows only your site (HTTP referrers) and only the services it needs.',
    examples: {
      positives: (g) => [
        `// public viewer: keys here are restricted by HTTP referrer\nexport const config = {\n  arcgisApiKey: '${g.s(`AAPK${g.hex(32)}${g.base64url(64)}`)}',\n};`,
        `import esriConfig from '@arcgis/core/config';\nesriConfig.apiKey = '${g.s(`AAPK${g.hex(32)}${g.base64url(64)}`)}';`,
      ],
      negatives: (g) => [`ARCGIS_API_KEY=AAPK${g.hex(32)}${g.base64url(64)}`, `const key = "AAPK${g.hex(20)}";`],
    },
  },
];
