// Classes found while tuning on rw-dev12's agent part: RCON passwords given to game-server RCON clients (mcrcon,
// gorcon's rcon), ossutil's AccessKey secret (`-k`), the Steam game server login token of `sv_setsteamaccount`, an
// agent memory store's export read as prose (mem0's `memory`, Zep's `fact`), and a value that refers to another
// (`"same as imap"`) kept quiet. Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0d12);

const { found: values } = ruleAssertions(scanner);

const human = () => `${g.pick(['Herbst', 'Summer', 'Luna', 'Creeper'])}${g.digits(4)}${g.pick(['!', '?', '#'])}`;

describe('rw-dev12 classes: AI agents', () => {
  it("reads mcrcon's and rcon's -p as the RCON password, not their -P port", () => {
    const [a, b, c] = [human(), human(), g.alnum(16)];
    assert.deepEqual(values(`mcrcon -H 127.0.0.1 -P 25575 -p ${a} "say restart in 5"\n`, 'home/mc/.bash_history'), [a]);
    assert.deepEqual(values(`30 4 * * * /usr/local/bin/mcrcon -H 127.0.0.1 -p ${b} save-all\n`, 'crontab.txt'), [b]);
    assert.deepEqual(values(`rcon -a 10.0.0.5:27015 -p '${c}' status\n`, 'scripts/status.sh'), [c]);
    assert.deepEqual(values('mcrcon -H 127.0.0.1 -P 25575 -p "$RCON_PASSWORD" list\nmcrcon -H mc -P 25575 -t\nrcon -c rcon.yaml -e default status\n', 'scripts/status.sh'), []);
  });

  it("reads ossutil's -k as the AccessKey secret, after its file commands too", () => {
    const s = g.alnum(30);
    assert.deepEqual(values(`$ ossutil cp /tmp/shop.sql oss://backup/shop/ -k ${s}\n`, 'logs/session.md'), [s]);
    assert.deepEqual(values('ossutil cp a oss://b/ -k "$OSS_SECRET"\ncp -k x y\n', 'scripts/backup.sh'), []);
  });

  it('reads the token given to sv_setsteamaccount (server.cfg, srcds command line)', () => {
    const [a, b] = [g.chars('0123456789ABCDEF', 32), g.chars('0123456789ABCDEF', 32)];
    assert.deepEqual(values(`hostname "Liga"\nsv_setsteamaccount ${a}\nsv_lan 0\n`, 'csgo/cfg/server.cfg'), [a]);
    assert.deepEqual(values(`./srcds_run -game csgo +map de_dust2 +sv_setsteamaccount ${b} -port 27015\n`, 'start.sh'), [b]);
    assert.deepEqual(values('sv_setsteamaccount $STEAM_GSLT\n// sv_setsteamaccount <token>\n', 'csgo/cfg/server.cfg'), []);
  });

  it("reads an agent memory store's export as sentences (mem0 memory, Zep fact)", () => {
    const [a, b] = [human(), human()];
    const mem0 = `{"results": [{"id": "${g.uuid()}", "memory": "Work VPN login olga.w with password ${a}"}, {"id": "${g.uuid()}", "memory": "Prefers answers in Polish"}]}\n`;
    assert.deepEqual(values(mem0, 'exports/mem0_memories.json'), [a]);
    assert.deepEqual(values(`[{"uuid": "${g.uuid()}", "fact": "The router admin password is ${b}"}]\n`, 'exports/zep_facts.json'), [b]);
    // A manifest's memory limit is no sentence.
    assert.deepEqual(values('{"resources": {"memory": "512Mi", "cpu": "250m"}}\n', 'k8s/pod.json'), []);
  });

  it('keeps quiet a value that points at another one', () => {
    assert.deepEqual(values('{"SMTP_PASSWORD": "same as imap", "DB_PASSWORD": "see vault entry", "X_PASSWORD": "siehe oben bitte"}\n', 'config/settings.json'), []);
    assert.deepEqual(values('IMAP_PASSWORD="maple kettle otter"\n', 'config/.env'), ['maple kettle otter']);
  });
});
