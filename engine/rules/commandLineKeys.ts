// Secrets given to key-making, packaging, sync and desktop tools on the command line, each by its own flag or
// position (found while tuning on rw-dev9's command-line part): an SSH key's new or old passphrase
// (`ssh-keygen -N X`), a NuGet feed's API key (`dotnet nuget push -k X`), an rclone password (`rclone obscure X`,
// `rclone config create NAME TYPE … pass X`), an HMAC key (`openssl dgst -hmac X`), a Cloud Foundry login
// (`cf auth USER X`) and the Windows auto-logon password (`reg add …\Winlogon /v DefaultPassword … /d X`); and, from
// the dev sets' command lines (tok10), CI tools that take their token by position or flag (`snyk auth X`,
// `codecov … -t X`).
// The tool decides: `-N`, `-k`, `-P` mean other things to other commands (see engine/detect/shellCommand.ts).
import type { ExampleGen, Rule } from '../types';
import { positionalRule, toolFlagRule } from './cliRuleBuilder';
import { humanPassword, passphrase } from './humanPasswords';

const user = (g: ExampleGen) => g.pick(['admin', 'ops', 'deploy', 'backup', 'svc_sync', 'ci']);

export const commandLineKeyRules: Rule[] = [
  toolFlagRule({
    id: 'cli-ssh-keygen-passphrase',
    description: 'Private key passphrase given to ssh-keygen (-N new, -P old)',
    envName: 'SSH_KEY_PASSPHRASE',
    docsUrl: 'https://man.openbsd.org/ssh-keygen',
    tools: ['ssh-keygen'],
    keywords: ['ssh-keygen'],
    flag: '-[NP]',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`ssh-keygen -t ed25519 -f deploy_key -N '${g.s(passphrase(g))}' -C deploy@ci`, `ssh-keygen -p -f ~/.ssh/id_rsa -P ${g.s(humanPassword(g))} -N ${g.s(g.alnum(18))}`],
    // `-N ''` is an empty passphrase; `-P` of ssh (not ssh-keygen) is nothing of the kind.
    negatives: () => ["ssh-keygen -t ed25519 -f key -N ''", 'ssh-keygen -t ed25519 -N "$KEY_PASSPHRASE" -f key', 'ssh-keygen -lf key.pub', "ssh-keygen -p -f key -P 'old passphrase' -N 'new passphrase'"],
  }),
  toolFlagRule({
    id: 'cli-nuget-push-api-key',
    description: 'NuGet feed API key given to dotnet nuget push or delete (-k, --api-key)',
    family: 'package-registry',
    envName: 'NUGET_API_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-push',
    // `nuget` alone is not a known command: `dotnet nuget add source -p` belongs to cli-nuget-source-password.
    tools: ['dotnet'],
    keywords: ['nuget'],
    subcommand: /nuget[ \t]{1,4}(?:push|delete)\b/,
    flag: '-k|--api-key',
    value: 'spaced',
    kind: 'token',
    positives: (g) => [
      `dotnet nuget push bin/Release/Corp.Lib.1.2.0.nupkg -k ${g.s(g.hex(32))} -s https://nuget.corp.example/v3/index.json`,
      `dotnet nuget push Corp.Lib.1.2.0.nupkg --api-key ${g.s(g.alnum(32))} --source https://nuget.corp.example/v3/index.json`,
    ],
    negatives: () => ['dotnet nuget push pkg.nupkg -k "$NUGET_API_KEY" -s nuget.org', 'dotnet nuget push pkg.nupkg --api-key %NUGET_KEY%', 'dotnet nuget add source https://x -n corp'],
  }),
  positionalRule({
    id: 'cli-rclone-obscure-password',
    description: 'Password given in clear to rclone obscure (to be written obscured into a flag or config)',
    envName: 'RCLONE_PASS',
    docsUrl: 'https://rclone.org/commands/rclone_obscure/',
    keywords: ['rclone obscure'],
    lead: `rclone[ \\t]{1,4}obscure[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`rclone copy /srv :sftp:/backup --sftp-user ${user(g)} --sftp-pass $(rclone obscure '${g.s(humanPassword(g))}')`, `rclone obscure ${g.s(g.alnum(16))}`],
    negatives: () => ['rclone obscure "$SFTP_PASSWORD"', 'rclone obscure -', 'echo "$PW" | rclone obscure -'],
  }),
  positionalRule({
    id: 'cli-rclone-config-pass',
    description: 'Password set by rclone config create / update (pass X, password X)',
    envName: 'RCLONE_PASS',
    docsUrl: 'https://rclone.org/commands/rclone_config_create/',
    keywords: ['rclone config'],
    // `rclone config create NAME TYPE key value … pass X`: the pass key comes after other key/value pairs.
    lead: `rclone[ \\t]{1,4}config[ \\t]{1,4}(?:create|update)[ \\t][^\\n]{0,300}?[ \\t](?:pass|password)[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`rclone config create nas smb host nas01 user ${user(g)} pass ${g.s(humanPassword(g))}`, `rclone config update box sftp pass '${g.s(g.alnum(16))}'`],
    negatives: () => ['rclone config create nas smb host nas01 user backup pass "$NAS_PW"', 'rclone config create s3 s3 provider AWS env_auth true'],
  }),
  toolFlagRule({
    id: 'cli-openssl-hmac-key',
    description: 'HMAC key given to openssl dgst -hmac (a webhook or API signing secret)',
    envName: 'HMAC_KEY',
    docsUrl: 'https://docs.openssl.org/master/man1/openssl-dgst/',
    tools: ['openssl'],
    flag: '-hmac',
    value: 'spaced',
    kind: 'token',
    positives: (g) => [`echo -n "$BODY" | openssl dgst -sha256 -hmac "${g.s(g.hex(48))}" | cut -d' ' -f2`, `SIG=$(printf '%s' "$payload" | openssl dgst -sha1 -hmac ${g.s(g.alnum(32))} -binary | base64)`],
    negatives: () => ['echo -n "$BODY" | openssl dgst -sha256 -hmac "$WEBHOOK_SECRET"', 'openssl dgst -sha256 -hmac "${SECRET}" file', 'openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEY file'],
  }),
  positionalRule({
    id: 'cli-cf-auth-password',
    description: 'Password given to cf auth USER PASSWORD (Cloud Foundry)',
    envName: 'CF_PASSWORD',
    docsUrl: 'https://cli.cloudfoundry.org/en-US/v8/auth.html',
    keywords: ['cf auth'],
    lead: `cf[ \\t]{1,4}auth[ \\t]{1,4}["']?[^\\s"'-][^\\s"']{0,100}["']?[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`cf auth ops@example.com ${g.s(humanPassword(g))}`, `cf auth "${user(g)}" '${g.s(g.alnum(16))}'`],
    negatives: () => ['cf auth "$CF_USER" "$CF_PASSWORD"', 'cf auth ops@example.com', 'cf auth --client-credentials "$CF_CLIENT" "$CF_SECRET"'],
  }),
  positionalRule({
    id: 'windows-autologon-password',
    description: 'Windows auto-logon password written to the Winlogon DefaultPassword value (reg add … /d, Set-ItemProperty -Value)',
    envName: 'AUTOLOGON_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon',
    keywords: ['defaultpassword'],
    ignoreCase: true,
    wordStart: false,
    // `/v DefaultPassword /t REG_SZ /d X /f` (switches in any of the usual orders), or PowerShell's `-Name
    // DefaultPassword -Value X`, the name also given by position after the path (`Set-ItemProperty $RegPath
    // "DefaultPassword" -Value X`).
    lead: `(?:/v[ \\t]{1,4}"?DefaultPassword"?(?:[ \\t]{1,4}/t[ \\t]{1,4}REG_SZ)?[ \\t]{1,4}/d|(?:-Name|(?<=-ItemProperty[ \\t]{1,4}[^\\s-][^\\s]{0,200}))[ \\t]{1,4}["']?DefaultPassword["']?(?:[ \\t]{1,4}-(?:Type|PropertyType)[ \\t]{1,4}String)?[ \\t]{1,4}-Value)[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [
      `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d ${g.s(humanPassword(g))} /f`,
      `Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name DefaultPassword -Value '${g.s(g.alnum(14))}'`,
      `Set-ItemProperty $RegPath "DefaultPassword" -Value "${g.s(humanPassword(g))}" -Type String`,
    ],
    negatives: () => [
      'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d %KIOSK_PW% /f',
      'reg delete "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /f',
      'Set-ItemProperty -Path $winlogon -Name DefaultPassword -Value $password',
      'Set-ItemProperty $RegPath "DefaultPassword" -Value $plain -Type String',
    ],
  }),
  positionalRule({
    id: 'cli-snyk-auth-token',
    description: 'Snyk API token given to snyk auth (instead of SNYK_TOKEN or the browser login)',
    family: 'infrastructure',
    provider: 'Snyk',
    envName: 'SNYK_TOKEN',
    docsUrl: 'https://docs.snyk.io/snyk-cli/commands/auth',
    keywords: ['snyk auth'],
    lead: `snyk[ \\t]{1,4}auth[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`snyk auth ${g.s(g.uuid())}`, `npx snyk auth '${g.s(g.uuid())}' && snyk test`],
    negatives: () => ['snyk auth "$SNYK_TOKEN"', 'snyk auth', 'snyk auth --auth-type=token $TOKEN'],
  }),
  positionalRule({
    id: 'cli-codecov-upload-token',
    description: 'Codecov upload token given to the Codecov uploader or CLI (-t, --token)',
    family: 'infrastructure',
    provider: 'Codecov',
    envName: 'CODECOV_TOKEN',
    docsUrl: 'https://docs.codecov.com/docs/the-codecov-cli',
    keywords: ['codecov'],
    // `-t` belongs to the codecov command (or the bash uploader fetched from codecov.io) earlier on the same line.
    lead: `codecov(?:cli|-cli|\\.io/bash\\)?)?(?:[ \\t][^\\n|;&]{0,200}?)?[ \\t](?:-t|--token)(?:[ \\t]{1,4}|=)`,
    kind: 'token',
    positives: (g) => [`codecov-cli upload-process -t ${g.s(g.uuid())} --commit-sha ${g.hex(40)}`, `./codecov --token=${g.s(g.uuid())} -f coverage.xml`],
    negatives: () => ['codecovcli upload-process -t "$CODECOV_TOKEN"', './codecov -t ${CODECOV_TOKEN} -f coverage.xml', 'codecov -f coverage.xml && tar -t x.tgz'],
  }),
  // Alibaba Cloud's ossutil takes the AccessKey secret after `-k` (`-i` is the public AccessKey ID), on `config` and as a
  // global option of any command (rw-dev12: an agent's backup step `ossutil cp … -i ID -k X`).
  toolFlagRule({
    id: 'cli-ossutil-access-key-secret',
    description: 'Alibaba Cloud AccessKey secret given to ossutil (-k / --access-key-secret)',
    envName: 'OSS_ACCESS_KEY_SECRET',
    docsUrl: 'https://www.alibabacloud.com/help/en/oss/developer-reference/configure-ossutil',
    family: 'cloud',
    tools: ['ossutil', 'ossutil64'],
    keywords: ['ossutil'],
    flag: '-k|--access-key-secret=?',
    value: 'either',
    kind: 'token',
    positives: (g) => [
      `ossutil cp /tmp/db.sql oss://backup/db/ -i LTAI${g.alnum(20)} -k ${g.s(g.alnum(30))}`,
      `ossutil64 config -e oss-cn-hangzhou.aliyuncs.com -i LTAI${g.alnum(20)} --access-key-secret=${g.s(g.alnum(30))}`,
    ],
    negatives: (g) => [`ossutil cp a oss://b/ -i LTAI${g.alnum(20)} -k "$OSS_SECRET"`, 'ossutil ls oss://bucket -k ${ALIBABA_SECRET}', `tar -k ${g.alnum(30)}`],
  }),
];
