// Live-ops backends: Nakama and Colyseus servers, Node/Go/C# services for leaderboards, matchmaking and
// anti-cheat, GameLift fleets, Redis/Postgres, crash reporting (Sentry, Backtrace, Bugsnag), Kubernetes secrets.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_BACKEND_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-nakama-config-yml',
    ['config-syntax', 'precision'],
    'nakama/data/prod.yml',
    (k) => `name: nakama-prod-1
data_dir: "./data/"

logger:
  stdout: false
  level: "warn"
  file: "/nakama/data/logfile.log"

database:
  address:
    - "nakama:${k.cs()}@cockroachdb-public:26257/nakama?sslmode=verify-full"
  conn_max_lifetime_ms: 300000

runtime:
  env:
    - "leaderboard_reset_cron=0 0 * * 1"
    - "STORE_IAP_VALIDATION_URL=https://iap.skyforge-game.com/validate"
  http_key: "${k.tok()}"

socket:
  server_key: "${k.tok()}"
  port: 7350
  max_message_size_bytes: 4096

session:
  token_expiry_sec: 7200
  encryption_key: "${k.tok()}"
  refresh_encryption_key: "${k.tok()}"

console:
  port: 7351
  username: "admin"
  password: "${k.pw()}"
  signing_key: "${k.tok()}"

iap:
  apple:
    shared_password: "${k.hex(32)}"
  google:
    client_email: "iap-verifier@skyforge-prod.iam.gserviceaccount.com"
    private_key: "${k.key(V.pemJson(k.g))}"

social:
  steam:
    publisher_key: "${k.s('token', V.steamWebApiKey(k.g))}"
    app_id: ${k.n(V.steamAppId(k.g))}
`,
  ),

  gDoc(
    'game-nakama-docker-compose-defaults',
    ['config-syntax', 'precision'],
    'nakama/docker-compose.yml',
    (k) => `version: '3'
services:
  cockroachdb:
    image: cockroachdb/cockroach:latest-v23.1
    command: start-single-node --insecure --store=attrs=ssd,path=/var/lib/cockroach/
    restart: "no"
    volumes:
      - data:/var/lib/cockroach
    ports:
      - "26257:26257"
      - "8080:8080"
  nakama:
    image: registry.heroiclabs.com/heroiclabs/nakama:3.22.0
    entrypoint:
      - "/bin/sh"
      - "-ecx"
      - >
        /nakama/nakama migrate up --database.address root@cockroachdb:26257 &&
        exec /nakama/nakama --name nakama1 --database.address root@cockroachdb:26257 --logger.level DEBUG --session.token_expiry_sec 7200 --socket.server_key ${k.u('defaultkey')} --console.password ${k.u('password')}
    restart: "no"
    depends_on:
      - cockroachdb
    volumes:
      - ./:/nakama/data
    ports:
      - "7349:7349"
      - "7350:7350"
      - "7351:7351"
volumes:
  data:
`,
  ),

  gDoc(
    'game-colyseus-server-ts',
    ['code', 'precision'],
    'server/src/app.config.ts',
    (k) => `import config from "@colyseus/tools";
import { monitor } from "@colyseus/monitor";
import { playground } from "@colyseus/playground";
import { RedisPresence } from "@colyseus/redis-presence";
import { RedisDriver } from "@colyseus/redis-driver";
import basicAuth from "express-basic-auth";
import { BattleRoom } from "./rooms/BattleRoom";

const REDIS = "redis://:${k.cs()}@10.0.3.7:6379/0";

const monitorAuth = basicAuth({
  users: { admin: "${k.pw()}" },
  challenge: true,
});

export default config({
  options: {
    presence: new RedisPresence(REDIS),
    driver: new RedisDriver(REDIS),
  },
  initializeGameServer: (gameServer) => {
    gameServer.define("battle", BattleRoom).enableRealtimeListing();
  },
  initializeExpress: (app) => {
    if (process.env.NODE_ENV !== "production") app.use("/", playground);
    app.use("/colyseus", monitorAuth, monitor());
  },
});

export const JWT_SECRET = process.env.JWT_SECRET || "${k.tok()}";
`,
  ),

  gDoc(
    'game-leaderboard-go-service',
    ['code', 'precision'],
    'services/leaderboard/main.go',
    (k) => `package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"log"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

// scoreSigningKey signs score submissions from the client so casual memory editors can't post scores.
// (yes it ships in the client too, the real protection is the server-side replay check)
var scoreSigningKey = []byte("${k.tok()}")

const defaultDSN = "postgres://leaderboard:${k.cs()}@pg-primary.internal:5432/leaderboard?sslmode=require"

func main() {
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		dsn = defaultDSN
	}
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: "redis.internal:6379", Password: "${k.spw()}", DB: 2})
	_ = rdb

	http.HandleFunc("/v1/scores", func(w http.ResponseWriter, r *http.Request) {
		sig := r.Header.Get("X-Score-Signature")
		mac := hmac.New(sha256.New, scoreSigningKey)
		mac.Write([]byte(r.URL.RawQuery))
		if !hmac.Equal([]byte(sig), []byte(hex.EncodeToString(mac.Sum(nil)))) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		_ = pool
	})
	log.Fatal(http.ListenAndServe(":8088", nil))
}
`,
  ),

  gDoc(
    'game-matchmaker-appsettings',
    ['config-syntax', 'precision'],
    'services/Matchmaker/appsettings.Production.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Matchmaking": "Host=pg-mm.internal;Port=5432;Database=matchmaking;Username=mm_svc;Password=${k.cs()};SSL Mode=Require",
    "Redis": "redis-mm.internal:6379,password=${k.cs()},ssl=False,abortConnect=False"
  },
  "Matchmaker": {
    "TicketSigningKey": "${k.s('token', k.g.base64(44))}",
    "RegionPingTimeoutMs": 800,
    "MaxSkillSpread": 250,
    "Regions": ["eu-central-1", "us-east-1", "ap-northeast-1"]
  },
  "GameLift": {
    "FleetAlias": "alias-${k.n(k.g.uuid())}",
    "AccessKeyId": "${k.u(V.awsId(k.g))}",
    "SecretAccessKey": "${k.prov('AWS', V.awsSecret(k.g))}",
    "Region": "eu-central-1"
  },
  "AntiCheat": {
    "Provider": "EasyAntiCheat",
    "ClientId": "${k.n('xyza7891' + k.g.alnum(24))}",
    "ClientSecret": "${k.s('token', V.eosSecret(k.g))}",
    "IntegrityToolKey": "${k.hex(64)}"
  },
  "Sentry": {
    "Dsn": "${k.n(V.sentryDsn(k.g))}",
    "TracesSampleRate": 0.05
  }
}
`,
  ),

  gDoc(
    'game-gamelift-fleet-script',
    ['command-line', 'precision'],
    'ops/gamelift/deploy-fleet.sh',
    (k) => `#!/bin/bash
# Uploads a new server build and creates a fleet. Run from the build box after the Linux server cook.
set -e
export AWS_ACCESS_KEY_ID=${k.u(V.awsId(k.g))}
export AWS_SECRET_ACCESS_KEY=${k.prov('AWS', V.awsSecret(k.g))}
export AWS_DEFAULT_REGION=eu-central-1

VERSION=0.9.3-${k.n(k.g.digits(5))}
aws gamelift upload-build --name IronVeilServer --build-version "$VERSION" --build-root ./LinuxServer --operating-system AMAZON_LINUX_2023 --server-sdk-version 5.1.2
BUILD_ID=$(aws gamelift list-builds --query "Builds[?Version=='$VERSION'].BuildId" --output text)
aws gamelift create-fleet --name "ironveil-$VERSION" --build-id "$BUILD_ID" --ec2-instance-type c5.large \\
  --runtime-configuration "ServerProcesses=[{LaunchPath=/local/game/IronVeilServer.sh,Parameters='-port=7777 -log -ServerAuthKey=${k.tok()}',ConcurrentExecutions=4}]" \\
  --ec2-inbound-permissions "FromPort=7777,ToPort=7790,IpRange=0.0.0.0/0,Protocol=UDP"
`,
  ),

  gDoc(
    'game-sentry-cli-and-dsn',
    ['config-syntax', 'credential-file', 'precision'],
    '.sentryclirc',
    (k) => `[defaults]
url = https://sentry.io/
org = moonlit-games
project = lantern-keeper

[auth]
token = ${k.prov('Sentry', V.sentryUser(k.g))}

; the DSN is fine to ship in the client, it only allows sending events:
; ${k.n(V.sentryDsn(k.g))}
`,
  ),

  gDoc(
    'game-crash-reporting-csharp',
    ['code', 'precision'],
    'Assets/Scripts/Boot/CrashReporting.cs',
    (k) => `using Backtrace.Unity;
using Backtrace.Unity.Model;
using UnityEngine;

public static class CrashReporting
{
    // Submission URL contains the submission token: semi-public (every player has it), rotate if abused.
    const string BacktraceUrl = "https://submit.backtrace.io/ironclad/${k.u(k.g.hex(64))}/json";
    const string BugsnagApiKey = "${k.u(k.g.hex(32))}";
    // Symbol upload (CI only!!) - do not reference from runtime code
    const string BacktraceSymbolToken = "${k.hex(64)}";

    [RuntimeInitializeOnLoadMethod(RuntimeInitializeLoadType.BeforeSceneLoad)]
    static void Init()
    {
        var config = ScriptableObject.CreateInstance<BacktraceConfiguration>();
        config.ServerUrl = BacktraceUrl;
        config.Enabled = !Application.isEditor;
        config.HandleUnhandledExceptions = true;
        config.ReportPerMin = 10;
        var client = BacktraceClient.Initialize(config);
        client["build"] = Application.version;
        client["branch"] = "${k.n('release/0.9')}";
    }
}
`,
  ),

  gDoc(
    'game-k8s-secret-gameservices',
    ['config-syntax', 'precision'],
    'k8s/live/gameservices-secrets.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: gameservices
  namespace: live
type: Opaque
data:
  POSTGRES_PASSWORD: ${k.s('password', V.b64(V.safePw(k.g)))}
  PLAYFAB_SECRET_KEY: ${k.s('token', V.b64(V.playfabSecret(k.g)))}
  EOS_CLIENT_SECRET: ${k.s('token', V.b64(V.eosSecret(k.g)))}
---
apiVersion: v1
kind: Secret
metadata:
  name: anticheat
  namespace: live
type: Opaque
stringData:
  BATTLEYE_RCON_PASSWORD: ${k.spw()}
  ANTICHEAT_SERVER_KEY: ${k.tok()}
`,
  ),

  gDoc(
    'game-agones-fleet-yaml',
    ['config-syntax', 'precision'],
    'k8s/agones/fleet.yaml',
    (k) => `apiVersion: agones.dev/v1
kind: Fleet
metadata:
  name: ironveil-eu
spec:
  replicas: 6
  scheduling: Packed
  template:
    spec:
      ports:
        - name: default
          portPolicy: Dynamic
          containerPort: 7777
          protocol: UDP
      health:
        initialDelaySeconds: 30
        periodSeconds: 10
      template:
        spec:
          containers:
            - name: ironveil-server
              image: registry.ironclad.games/ironveil/server:0.9.3-${k.n(k.g.hex(7))}
              args: ["-log", "-port=7777", "-ServerAuthKey=$(SERVER_AUTH_KEY)"]
              env:
                - name: SERVER_AUTH_KEY
                  valueFrom:
                    secretKeyRef:
                      name: ${k.n('gameservices')}
                      key: ${k.n('SERVER_AUTH_KEY')}
                - name: MATCHMAKER_URL
                  value: http://matchmaker.live.svc:8080
                - name: TELEMETRY_KEY
                  value: "${k.hex(40)}"
              resources:
                requests: { cpu: "1", memory: 2Gi }
                limits: { cpu: "2", memory: 3Gi }
          imagePullSecrets:
            - name: regcred
`,
  ),

  gDoc(
    'game-liveops-admin-node',
    ['code', 'http-auth', 'precision'],
    'tools/liveops/grant.js',
    (k) => `#!/usr/bin/env node
// node grant.js <playfabId> <itemId> : grants an item to a player (CS tickets)
const https = require('https');

const TITLE = '${k.n('7F3A1')}';
const SECRET = '${k.s('token', V.playfabSecret(k.g))}';

const [playfabId, itemId] = process.argv.slice(2);
const body = JSON.stringify({ ItemIds: [itemId], PlayFabId: playfabId, CatalogVersion: 'main' });

const req = https.request({
  hostname: \`\${TITLE}.playfabapi.com\`,
  path: '/Server/GrantItemsToUser',
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-SecretKey': SECRET, 'Content-Length': Buffer.byteLength(body) },
}, (res) => res.pipe(process.stdout));
req.end(body);

// example: node grant.js ${k.n(k.g.hex(16).toUpperCase())} ${k.n(V.itemId(k.g))}
`,
  ),

  gDoc(
    'game-backend-appsettings-dev',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'services/Inventory/appsettings.Development.json',
    (k) => `{
  "ConnectionStrings": {
    "Inventory": "Server=localhost,1433;Database=Inventory;User Id=sa;Password=${k.cs()};TrustServerCertificate=True"
  },
  "Jwt": {
    "Issuer": "https://auth.dev.skyforge-game.com",
    "Audience": "inventory",
    "SigningKey": "${k.tok()}"
  },
  "PlayFab": { "TitleId": "${k.n('9C0D4')}", "SecretKey": "${k.s('token', V.playfabSecret(k.g))}" },
  "FeatureFlags": { "NewCraftingUi": true, "DoubleXpWeekend": false }
}
`,
  ),
];
