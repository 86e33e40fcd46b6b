// Maps, routing and the mobile driver apps: Google Maps server keys next to browser keys, HERE apiKey, Mapbox
// secret (sk.) and public (pk.) tokens, TomTom, Routific and OptimoRoute keys, Android gradle.properties, iOS
// plists and React Native .env files. Browser-restricted Maps keys and Mapbox public tokens are public by design.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_MAPS_DOCS: RealWorldDoc[] = [
  lDoc('logistics-driver-app-gradle-properties', ['config-syntax', 'credential-file', 'precision'], 'driver-app/android/gradle.properties', (k) => {
    return `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=true
# release signing (upload key)
MYAPP_UPLOAD_STORE_FILE=driver-upload.keystore
MYAPP_UPLOAD_KEY_ALIAS=driver-upload
MYAPP_UPLOAD_STORE_PASSWORD=${k.pw()}
MYAPP_UPLOAD_KEY_PASSWORD=${k.pw()}
# Maps SDK for Android key (restricted to package + SHA-1 ${k.n(L.fingerprint(k.g))})
MAPS_API_KEY=${k.n(L.googleApiKey(k.g))}
HERE_ACCESS_KEY_ID=${k.u(k.g.base64url(22).replace(/^[-_]/, 'H'))}
HERE_ACCESS_KEY_SECRET=${k.tok()}
`;
  }),

  lDoc('logistics-driver-app-rn-env', ['config-syntax', 'precision'], 'driver-app/.env.production', (k) => {
    return `API_URL=https://driver-api.northfreight.example
MAPBOX_PUBLIC_TOKEN=${k.n(L.mapboxPublic(k.g))}
# used by the build to download the Mapbox SDK (needs DOWNLOADS:READ)
RNMAPBOX_MAPS_DOWNLOAD_TOKEN=${k.prov('Mapbox', L.mapboxSecret(k.g))}
SENTRY_DSN=${k.n(L.sentryDsn(k.g))}
ONESIGNAL_APP_ID=${k.n(k.g.uuid())}
CODEPUSH_KEY_ANDROID=${k.s('token', k.g.base64url(36).replace(/^[-_]/, 'c'))}
`;
  }),

  lDoc('logistics-driver-app-ios-plist', ['config-syntax', 'precision'], 'driver-app/ios/DriverApp/Info.plist', (k) => {
    return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>NF Driver</string>
  <key>NSLocationAlwaysAndWhenInUseUsageDescription</key>
  <string>We share your location with dispatch while you are on a route.</string>
  <key>GMSApiKey</key>
  <string>${k.n(L.googleApiKey(k.g))}</string>
  <key>MBXAccessToken</key>
  <string>${k.n(L.mapboxPublic(k.g))}</string>
  <key>TomTomApiKey</key>
  <string>${k.s('token', k.g.alnum(32))}</string>
  <key>ProofOfDeliveryUploadSecret</key>
  <string>${k.tok()}</string>
</dict>
</plist>
`;
  }),

  lDoc('logistics-route-optimizer-python', ['code', 'precision'], 'routing/optimize.py', (k) => {
    return `"""Nightly route optimisation for the parcel vans (Routific, fallback OptimoRoute)."""
import os

import requests

ROUTIFIC_TOKEN = os.getenv("ROUTIFIC_TOKEN") or "${k.bearer()}"
OPTIMOROUTE_KEY = "${k.s('token', k.g.alnum(40))}"
# Distance matrix via Google (server key, restricted to our egress IPs)
GMAPS_SERVER_KEY = "${k.prov('Google API key', L.googleApiKey(k.g))}"


def solve(stops, vans):
    body = {"visits": {s.id: s.as_routific() for s in stops}, "fleet": {v.id: v.as_routific() for v in vans}}
    r = requests.post("https://api.routific.com/v1/vrp", json=body, headers={"Authorization": f"bearer {ROUTIFIC_TOKEN}"}, timeout=120)
    if r.status_code >= 500:
        return optimoroute(stops, vans)
    return r.json()


def optimoroute(stops, vans):
    return requests.post(f"https://api.optimoroute.com/v1/create_order?key={OPTIMOROUTE_KEY}", json=[s.as_optimo() for s in stops], timeout=60).json()
`;
  }),

  lDoc('logistics-here-tomtom-curl-notes', ['command-line', 'http-auth', 'precision'], 'notes/geocoding.md', (k) => {
    return `## Geocoding a delivery address (testing the fallback chain)

HERE (apiKey in the query):

    curl "https://geocode.search.hereapi.com/v1/geocode?q=Stationsplein+1+Venlo&apiKey=${k.http(L.hereKey(k.g))}"

TomTom:

    curl "https://api.tomtom.com/search/2/geocode/Stationsplein%201%20Venlo.json?key=${k.http(k.g.alnum(32))}"

Google (browser key from the website, referrer-restricted, will fail from curl):

    curl "https://maps.googleapis.com/maps/api/geocode/json?address=Venlo&key=${k.n(L.googleApiKey(k.g))}"

Results are cached by address hash (${k.n(L.sha1(k.g))}) for 30 days.
`;
  }),

  lDoc('logistics-tracking-page-html', ['code', 'precision'], 'tracking-site/public/index.html', (k) => {
    return `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Sendungsverfolgung - Nord Logistik</title>
  <link rel="stylesheet" href="/assets/app.${k.n(k.g.hex(8))}.css" integrity="sha384-${k.n(k.g.base64(64))}">
  <script src="https://maps.googleapis.com/maps/api/js?key=${k.n(L.googleApiKey(k.g))}&libraries=places&callback=initMap" async></script>
</head>
<body>
  <form id="track"><label for="nr">Sendungsnummer</label><input id="nr" name="nr" placeholder="z. B. ${k.n(L.parcelTracking(k.g))}"></form>
  <div id="map"></div>
  <script>
    window.MAPBOX_TOKEN = "${k.n(L.mapboxPublic(k.g))}";
    window.TRACKING_API = "https://track.nord-logistik.example/api/v1";
  </script>
</body>
</html>
`;
  }),

  lDoc('logistics-mapbox-tiles-ci', ['config-syntax', 'precision'], '.github/workflows/tiles.yml', (k) => {
    return `name: Build depot tiles
on:
  schedule: [{ cron: '0 3 * * 1' }]
  workflow_dispatch:

jobs:
  tiles:
    runs-on: ubuntu-latest
    env:
      MAPBOX_ACCESS_TOKEN: \${{ secrets.MAPBOX_SECRET_TOKEN }}
      MAPBOX_USERNAME: northfreight
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: node scripts/build-depot-geojson.js > depots.geojson
      - run: npx @mapbox/tilesets upload-source northfreight depots depots.geojson
      # debugging the token scopes, remove later:
      - run: curl "https://api.mapbox.com/tokens/v2?access_token=${k.prov('Mapbox', L.mapboxSecret(k.g))}"
`;
  }),

  lDoc('logistics-pod-photo-upload-kotlin', ['code', 'precision'], 'driver-app/android/app/src/main/java/com/nf/driver/pod/PodUploader.kt', (k) => {
    return `package com.nf.driver.pod

import okhttp3.OkHttpClient

/** Uploads proof-of-delivery photos and signatures to S3 (pre-2025 builds, before presigned URLs). */
object PodUploader {
    private const val BUCKET = "nf-pod-photos"
    private const val ACCESS_KEY = "${k.u(L.awsId(k.g))}"
    private const val SECRET_KEY = "${k.prov('AWS', L.awsSecret(k.g))}"
    private const val REGION = "eu-central-1"

    // shipment ids are SSCCs, e.g. ${k.n(L.sscc(k.g))}; photo name = sscc + "_" + epoch
    fun key(sscc: String, epoch: Long) = "pod/$sscc/\${epoch}.jpg"

    val client = OkHttpClient.Builder().build()
}
`;
  }),

  lDoc('logistics-depot-locator-vue', ['code', 'precision'], 'web/src/components/DepotMap.vue', (k) => {
    return `<template>
  <div ref="map" class="depot-map" />
</template>

<script setup lang="ts">
import mapboxgl from 'mapbox-gl';
import { onMounted, ref } from 'vue';

// public token, URL-restricted to *.nord-logistik.example
mapboxgl.accessToken = '${k.n(L.mapboxPublic(k.g))}';
const map = ref<HTMLElement>();

onMounted(() => {
  new mapboxgl.Map({ container: map.value!, style: 'mapbox://styles/northfreight/${k.n(k.g.lower(25))}', center: [6.17, 51.37], zoom: 6 });
});
</script>
`;
  }),

  lDoc('logistics-ptv-xserver-config', ['config-syntax', 'precision'], 'routing/ptv/xserver.conf', (k) => {
    return `# PTV xServer 2 cloud (truck routing with toll and emissions)
xserver.url=https://xserver2-europe-eu-test.cloud.ptvgroup.com/services/rs/XRoute/2.34
xserver.user=xtok
xserver.token=${k.s('token', k.g.uuid().toUpperCase())}
xserver.profile=EUR_TRAILER_TRUCK
xserver.toll=true
tollgate.cache.dir=/var/cache/ptv
`;
  }),
];
