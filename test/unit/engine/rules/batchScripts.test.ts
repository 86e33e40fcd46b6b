// Windows batch files (`.bat`, `.cmd`) are shell scripts: `set NAME=value` holds a literal as `NAME=value` does in
// a `.sh` file, and `%NAME%` / `!NAME!` are references. Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xba7c_0124);
const { found: values } = ruleAssertions(scanner);

describe('batch scripts', () => {
  it('reads unquoted set lines under password, secret and credential names', () => {
    const [pw, human, token, creds] = [g.alnum(16), humanPassword(g), g.alnum(32), g.alnum(20)];
    const script = `@echo off\r\nsetlocal\r\nset SMTP_PW=${pw}\r\nSET DB_PWD=${human}\r\nset API_TOKEN=${token}\r\nset CREDS=${creds}\r\nsendmail.exe -to ops@example.com\r\n`;
    for (const path of ['scripts/nightly.bat', 'tools/deploy.cmd']) assert.deepEqual(values(script, path), [pw, human, token, creds], path);
  });

  it('leaves references, prompts, empty values and file paths alone', () => {
    const script = [
      '@echo off',
      'setlocal enabledelayedexpansion',
      'set PASSWORD=%1',
      'set DB_PASSWORD=%DB_PASS%',
      'set SECRET=%~2',
      'set PASSWORD=!PW!',
      'set SMTP_PW=!pw:~0,8!',
      'set /p PASSWORD=Enter password: ',
      'set "PASSWORD="',
      'set API_KEY=<your api key>',
      'set PASSWORD_FILE=%~dp0pw.txt',
      'set TOKEN_FILE=C:\\keys\\token.txt',
      'for /f "tokens=*" %%a in (\'type secret.txt\') do set TOKEN=%%a',
      'if "%PASSWORD%"=="" goto usage',
      '',
    ].join('\r\n');
    assert.deepEqual(values(script, 'scripts/login.bat'), []);
  });

  it('still reads a batch value wrapped in ! with digits as a password', () => {
    const pw = `!${g.pick(['Harbor', 'Maple', 'Falcon'])}${g.digits(4)}!`;
    assert.deepEqual(values(`set ADMIN_PASSWORD=${pw}\r\n`, 'setup.cmd'), [pw]);
  });
});
