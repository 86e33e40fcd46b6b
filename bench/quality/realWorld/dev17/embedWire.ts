// What goes over the wire from devices and test benches: cellular modem AT logs (APN and MQTT logins on Quectel /
// SIMCom modules), tcpdump captures of gateways, IP camera RTSP URLs, OctoPrint and Home Assistant REST calls,
// nginx in front of a firmware server.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_WIRE_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-quectel-at-log',
    ['logs-and-output', 'command-line'],
    'issues/attachments/bg96-mqtt.log',
    (k) => `AT+QICSGP=1,1,"iot.1nce.net","user01","${k.spw()}",1
OK
AT+QIACT=1
OK
AT+QMTOPEN=0,"mqtt.acme-iot.example.com",1883
OK
+QMTOPEN: 0,0
AT+QMTCONN=0,"tracker-${k.n(k.g.digits(15))}","tracker","${k.spw()}"
OK
+QMTCONN: 0,0,0
AT+QMTPUB=0,1,1,0,"fleet/tracker/pos"
> {"lat":48.137,"lon":11.575}
OK
AT+CGSN
${k.n(k.g.digits(15))}
OK
`,
  ),

  embedDoc(
    'embed-simcom-http-at',
    ['logs-and-output', 'http-auth'],
    'logs/sim7600-http.txt',
    (k) => `AT+HTTPINIT
OK
AT+HTTPPARA="URL","https://ingest.acme-iot.example.com/v1/points"
OK
AT+HTTPPARA="USERDATA","Authorization: Bearer ${k.http(k.g.base64url(43))}"
OK
AT+HTTPDATA=64,10000
DOWNLOAD
OK
AT+HTTPACTION=1
OK
+HTTPACTION: 1,201,0
AT+CGAUTH=1,1,"${k.spw()}","apnuser"
OK
`,
  ),

  embedDoc(
    'embed-tcpdump-gateway',
    ['logs-and-output', 'http-auth'],
    'issues/attachments/tcpdump-gw07.txt',
    (k) => `# tcpdump -A -s0 -i eth0 port 80
14:11:02.551230 IP 10.12.3.44.51532 > 10.12.0.9.80: Flags [P.], seq 1:231, ack 1, win 502, length 230: HTTP: POST /api/v1/upload HTTP/1.1
E....@.@.........P..k8...P...7..POST /api/v1/upload HTTP/1.1
Host: 10.12.0.9
Authorization: Basic ${k.basic('gw07')}
Content-Type: application/octet-stream
Content-Length: 4096

14:11:09.001122 IP 10.12.3.50.40022 > 10.12.0.9.80: Flags [P.], seq 1:180, ack 1, win 502, length 179: HTTP: GET /onvif/snapshot HTTP/1.1
GET /onvif/snapshot HTTP/1.1
Authorization: Basic ${k.basic('admin')}
X-Request-Id: ${k.n(k.g.uuid())}
`,
  ),

  embedDoc(
    'embed-rtsp-cameras',
    ['config-syntax'],
    'vision/cameras.yaml',
    (k) => `# line cameras for the optical inspection station
cameras:
  - name: cam-infeed
    url: rtsp://admin:${k.cs()}@192.168.20.64:554/Streaming/Channels/101
    fps: 25
  - name: cam-outfeed
    url: rtsp://operator:${k.cs()}@192.168.20.65:554/cam/realmonitor?channel=1&subtype=0
    fps: 25
  - name: cam-label
    url: rtsp://192.168.20.66:8554/label
    onvif_user: admin
    onvif_password: ${k.hpw()}
model: models/defect-yolov8n-${k.n(V.md5(k.g).slice(0, 8))}.onnx
`,
  ),

  embedDoc(
    'embed-octoprint-api-curl',
    ['command-line', 'http-auth'],
    'printer/upload.sh',
    (k) => `#!/bin/sh
# upload the enclosure bracket to the lab printer and start it
curl -k -H "X-Api-Key: ${k.http(k.g.hex(32).toUpperCase())}" -F "select=true" -F "print=true" -F "file=@bracket_v3.gcode" https://octopi.lab.local/api/files/local
curl -s -H "Authorization: Bearer ${k.http(V.jwt(k.g))}" http://homeassistant.local:8123/api/states/sensor.printer_progress
`,
  ),

  embedDoc(
    'embed-nginx-fota',
    ['config-syntax', 'http-auth'],
    'fota-server/nginx/conf.d/fota.conf',
    (k) => `server {
    listen 443 ssl;
    server_name fota.acme-iot.example.com;
    ssl_certificate     /etc/nginx/certs/fota.crt;
    ssl_certificate_key /etc/nginx/certs/fota.key;

    location /firmware/ {
        auth_basic "FOTA";
        auth_basic_user_file /etc/nginx/fota.htpasswd;
        root /srv;
    }

    location /upstream/ {
        proxy_pass https://nexus.acme.example.com/repository/firmware/;
        proxy_set_header Authorization "Basic ${k.basic('fota-proxy')}";
    }
}
`,
  ),

  embedDoc(
    'embed-fota-htpasswd',
    ['credential-file', 'precision'],
    'fota-server/nginx/fota.htpasswd',
    (k) => `gw:${k.n(V.bcrypt(k.g))}
tracker:${k.n(V.bcrypt(k.g))}
service:${k.n('$apr1$' + k.g.alnum(8) + '$' + k.g.chars('./' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22))}
`,
  ),
];
