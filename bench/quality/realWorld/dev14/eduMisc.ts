// Around the course projects: docker-compose files, shell histories, Postman environments, error logs pasted into
// issues, Vagrant and VM setups, git remotes with tokens, student .netrc and .pgpass.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_MISC_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-docker-compose-lamp',
    ['config-syntax'],
    'docker-compose.yml',
    (k) => `version: "3.8"
services:
  web:
    build: .
    ports:
      - "8080:80"
    volumes:
      - ./src:/var/www/html
    depends_on:
      - db
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: ${k.hpw()}
      MYSQL_DATABASE: school
      MYSQL_USER: school
      MYSQL_PASSWORD: ${k.hpw()}
    volumes:
      - dbdata:/var/lib/mysql
  phpmyadmin:
    image: phpmyadmin
    ports:
      - "8081:80"
    environment:
      PMA_HOST: db
      PMA_PASSWORD: ${k.n('${MYSQL_ROOT_PASSWORD}')}
volumes:
  dbdata:
`,
  ),

  eduDoc(
    'edu-docker-compose-postgres-env-ref',
    ['config-syntax', 'precision'],
    'compose.yaml',
    (k) => `services:
  api:
    build: ./api
    environment:
      DATABASE_URL: postgres://app:${k.n('${POSTGRES_PASSWORD}')}@db:5432/app
      JWT_SECRET: ${k.n('${JWT_SECRET:?set it in .env}')}
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD_FILE: ${k.n('/run/secrets/pg_password')}
    secrets:
      - pg_password
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
`,
  ),

  eduDoc(
    'edu-bash-history-student',
    ['command-line', 'logs-and-output'],
    'home/.bash_history',
    (k) => `cd ~/cs2210/assignment3
ls
mysql -u root -p
mysql -u root -p${k.hpw()} library_db < schema.sql
git add .
git commit -m "finished part 2"
git push
git remote set-url origin https://${V.name(k.g)}:${k.prov('GitHub', V.githubPat(k.g))}@github.com/cs2210-fall/assignment3-${V.name(k.g)}.git
git push
ssh ${V.name(k.g)}@linux.cs.example.edu
sshpass -p '${k.hpw()}' scp report.pdf ${V.name(k.g)}@linux.cs.example.edu:~/submit/
python3 manage.py createsuperuser
history | grep ssh
`,
  ),

  eduDoc(
    'edu-git-config-token-remote',
    ['credential-file', 'config-syntax'],
    '.git/config',
    (k) => `[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
	logallrefupdates = true
[remote "origin"]
	url = https://${V.name(k.g)}:${k.prov('GitHub', V.githubFine(k.g))}@github.com/cse-bootcamp/final-project-team-3.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
`,
  ),

  eduDoc(
    'edu-git-credentials-file',
    ['credential-file'],
    'home/.git-credentials',
    (k) => `https://${V.name(k.g)}:${k.prov('GitHub', V.githubPat(k.g))}@github.com
https://${V.name(k.g)}${k.g.digits(2)}:${k.prov('GitLab', V.gitlabPat(k.g))}@gitlab.cs.example.edu
`,
  ),

  eduDoc(
    'edu-pgpass-student',
    ['credential-file'],
    'home/.pgpass',
    (k) => `# hostname:port:database:username:password
pg.cs.example.edu:5432:cpsc411_${k.g.digits(6)}:${V.name(k.g)}:${k.init()}
localhost:5432:*:postgres:${k.hpw()}
`,
  ),

  eduDoc(
    'edu-netrc-heroku',
    ['credential-file'],
    'home/.netrc',
    (k) => `machine api.heroku.com
  login ${V.name(k.g)}@student.example.edu
  password ${k.s('token', k.g.uuid())}
machine git.heroku.com
  login ${V.name(k.g)}@student.example.edu
  password ${k.s('token', k.g.uuid())}
`,
  ),

  eduDoc(
    'edu-postman-environment',
    ['config-syntax', 'http-auth'],
    'postman/CourseAPI.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "CourseAPI - local",
  "values": [
    { "key": "baseUrl", "value": "http://localhost:3000/api", "type": "default", "enabled": true },
    { "key": "adminEmail", "value": "admin@course.test", "type": "default", "enabled": true },
    { "key": "adminPassword", "value": "${k.hpw()}", "type": "secret", "enabled": true },
    { "key": "token", "value": "${k.jwt()}", "type": "secret", "enabled": true },
    { "key": "studentId", "value": "${k.n(V.studentId(k.g))}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),

  eduDoc(
    'edu-issue-error-paste',
    ['logs-and-output', 'prose'],
    'issues/12-cannot-connect.md',
    (k) => `### App crashes on start

When I run \`npm start\` I get this:

\`\`\`
> attendance-tracker@0.3.0 start
> node index.js

Server listening on 3000
MongoServerError: bad auth : authentication failed
    at Connection.onMessage (node_modules/mongodb/lib/cmap/connection.js:202:26)
  connectionString: 'mongodb+srv://team3:${k.cs()}@${V.mongoAtlasHost(k.g)}/attendance',
  code: 8000,
  codeName: 'AtlasError'
\`\`\`

I copied the .env from the group chat. Any idea? @${V.name(k.g)}
`,
  ),

  eduDoc(
    'edu-django-debug-page-log',
    ['logs-and-output'],
    'logs/debug-500.txt',
    (k) => `Environment:

Request Method: POST
Request URL: http://127.0.0.1:8000/accounts/login/

Django Version: 4.2.7
Python Version: 3.11.5

Traceback (most recent call last):
  File "/home/student/.venv/lib/python3.11/site-packages/django/db/backends/base/base.py", line 275, in ensure_connection
    self.connect()
django.db.utils.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  password authentication failed for user "postgres"

Settings:
DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'polls', 'USER': 'postgres', 'PASSWORD': '********************', 'HOST': 'localhost'}}
SECRET_KEY = '********************'
EMAIL_HOST_PASSWORD = '${k.n('********************')}'

POST:
csrfmiddlewaretoken = '${k.u(k.g.alnum(64))}'
username = 'student'
password = '${k.hpw()}'
`,
  ),

  eduDoc(
    'edu-vagrantfile-course-vm',
    ['code', 'config-syntax'],
    'Vagrantfile',
    (k) => `# Course VM for Operating Systems (CS 3210)
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.hostname = "os-course"
  config.vm.network "forwarded_port", guest: 22, host: 2222
  config.ssh.username = "vagrant"
  config.ssh.password = "${k.u('vagrant')}"

  config.vm.provision "shell", inline: <<-SHELL
    apt-get update && apt-get install -y build-essential gdb qemu-system-x86
    echo "student:${k.hpw()}" | chpasswd
    mysql -e "CREATE USER 'os'@'localhost' IDENTIFIED BY '${k.gpw()}';"
  SHELL
end
`,
  ),

  eduDoc(
    'edu-ansible-lab-pcs',
    ['config-syntax', 'command-line'],
    'labpcs/inventory.ini',
    (k) => `# Lab PCs of room C-105, managed by school IT with ansible
[labpcs]
c105-pc[01:24].lab.example-school.org

[labpcs:vars]
ansible_user=itadmin
ansible_password=${k.hpw()}
ansible_become_password=${k.hpw()}
ansible_connection=ssh

# run: ansible-playbook -i inventory.ini reset-student-profiles.yml --extra-vars "student_pw=${k.hpw()}"
`,
  ),

  eduDoc(
    'edu-windows-lab-batch',
    ['command-line', 'code'],
    'labpcs/map_drives.bat',
    (k) => `@echo off
REM maps the class share on every lab PC at logon (GPO)
net use H: \\\\fileserver\\klassen\\${k.n('%USERNAME%')} /persistent:no
net use S: \\\\fileserver\\software /user:SCHULE\\swinstall ${k.hpw()} /persistent:no
net use T: \\\\fileserver\\lehrer /user:SCHULE\\%USERNAME% ${k.n('*')}
echo Laufwerke verbunden.
`,
  ),

  eduDoc(
    'edu-raspberry-pi-iot-course',
    ['code'],
    'iot-lab/mqtt_publisher.py',
    (k) => `import json
import time

import paho.mqtt.client as mqtt
import Adafruit_DHT

BROKER = "mqtt.iotlab.example.edu"
client = mqtt.Client(client_id="pi-group-${k.g.digits(2)}")
client.username_pw_set("group${k.g.digits(2)}", "${k.hpw()}")
client.connect(BROKER, 1883)

ADAFRUIT_IO_KEY = "${k.prov('Adafruit IO', 'aio_' + k.g.alnum(28))}"

while True:
    h, t = Adafruit_DHT.read_retry(Adafruit_DHT.DHT22, 4)
    client.publish("iotlab/room1/temp", json.dumps({"t": t, "h": h}))
    time.sleep(30)
`,
  ),

  eduDoc(
    'edu-arduino-wifi-sketch',
    ['code'],
    'smart-plant/smart-plant.ino',
    (k) => `#include <WiFi.h>
#include <HTTPClient.h>

// Embedded Systems final project - ESP32 plant monitor
const char* ssid = "Dorm-3F";
const char* password = "${k.hpw()}";
const char* blynkAuth = "${k.s('token', k.g.base64url(32))}";
const char* serverUrl = "http://api.thingspeak.com/update?api_key=${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}";

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }
}

void loop() {
  int moisture = analogRead(34);
  HTTPClient http;
  http.begin(String(serverUrl) + "&field1=" + moisture);
  http.GET();
  http.end();
  delay(20000);
}
`,
  ),
];
