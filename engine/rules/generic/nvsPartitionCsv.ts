// ESP-IDF NVS partition CSV files (`nvs_partition_gen.py` input, the factory provisioning table): rows of
// `key,type,encoding,value`, where `key` is the NVS key the firmware reads (`pass`, `wifi_pass`, `api_key`) and
// the value is written in clear under a `data` row. The header line `key,type,encoding,value` says the file is one.
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

const HEADER = /(?:^|\n)key,type,encoding,value[ \t]*\r?\n/;

function validateNvsRow(value: string, ctx: MatchContext): boolean {
  if (!ctx.keyName || !HEADER.test(ctx.text.slice(Math.max(0, ctx.start - 8000), ctx.start))) return false;
  const reading = readSecretName(ctx.keyName);
  return reading !== undefined && namedValueVerdict(value, ctx.keyName, reading) === undefined;
}

export const nvsPartitionCsvRule: Rule = {
  id: 'nvs-partition-csv-secret',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Secret in an ESP-IDF NVS partition CSV row (key,data,string,VALUE under a secret-named NVS key)',
  keywords: [',data,string,'],
  keywordWindow: { before: 48, after: 200 },
  pattern: /(?:^|\n)(?<key>[A-Za-z0-9_]{1,15}),data,string,(?<secret>[^,\s]{1,128})(?=[ \t]{0,8}(?:\r?\n|$))/,
  validate: validateNvsRow,
  envName: 'WIFI_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/storage/nvs_partition_gen.html',
  revocationUrl: null,
  revocationNote: 'Change the password or key where it is used; generate the NVS table at provisioning time from a secret store instead of committing it.',
  examples: {
    positives: (g) => [
      `key,type,encoding,value\nwifi,namespace,,\nssid,data,string,Factory-Line\npass,data,string,${g.s(`${g.pick(['Werk', 'Halle'])}${g.digits(4)}#`)}\n`,
      `key,type,encoding,value\ncloud,namespace,,\napi_key,data,string,${g.s(g.alnum(32))}\ncert,file,string,certs/device.crt\n`,
    ],
    negatives: (g) => [
      `key,type,encoding,value\nwifi,namespace,,\nssid,data,string,${g.alnum(10)}\n`,
      `key,type,encoding,value\nwifi,namespace,,\npass,data,string,CHANGE_ME\n`,
      `name,kind,format,data\npass,data,string,${g.alnum(12)}\n`,
    ],
  },
};
