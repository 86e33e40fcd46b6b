// Classes of passwords and codes in prose found while tuning on rw-dev7's prose part. Each case says what must be
// found and what must stay quiet; values are generated from a seed at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd7a0);

const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/notes.txt');

/** A code that is neither a run nor one digit repeated. */
const code = (n: number) => `${g.pick(['3', '7', '9'])}${g.pick(['0', '5'])}${g.pick(['8', '2'])}${g.digits(n - 3)}`;

describe('rw-dev7 prose classes', () => {
  describe('a code written beside its lock, alarm, safe or device', () => {
    it('finds the digits after a lock, alarm or safe with a separator or a verb, or on a notes line of their own', () => {
      assertFinds(
        [
          (v) => `[12/03/24, 09:16:47] Mum: no garage door is ${v}`,
          (v) => `Oh and the bike store padlock is ${v} 🚲`,
          (v) => `Controlled substances safe combination: ${v} (only PI and lab manager)`,
          (v) => `voicemail pin for the office phone is ${v} if you need to check messages`,
          (v) => `- Building alarm — if it goes off at the loading dock, disarm with ${v}`,
          (v) => `The safe in the wardrobe: ${v}`,
          (v) => `   - alarm :: ${v}`,
          (v) => `safe ${v}`,
          (v) => `gate - ${v}`,
          (v) => `garage door keypad = ${v}`,
          (v) => `tv parental lock ${v}`,
          (v) => `The new locker combination is ${v}.`,
          (v) => `iPad passcode is ${v} too I think`,
          (v) => `the tablet code is ${v}`,
          (v) => `The server room door keypad is ${v}`,
        ],
        () => code(g.pick([4, 5, 6])),
      );
    });

    it('reads the code words and devices of other languages, and scripts written without blanks', () => {
      assertFinds(
        [
          (v) => `- Tresor im Chefbüro: Kombination ${v}`,
          (v) => `[03/04/24, 20:11:52] Síndico: A nova senha do portão é ${v}`,
          (v) => `Portkod: ${v}`,
          (v) => `- Hälytyskoodi ${v}`,
          (v) => `- Kasa şifresi ${v}`,
          (v) => `- 会議室の暗証番号は ${v} です`,
          (v) => `- 현관 도어락 비밀번호 ${v}`,
          (v) => `Kód od alarmu: ${v}`,
          (v) => `Mã két sắt: ${v}`,
          (v) => `Κωδικός συναγερμού: ${v}`,
          (v) => `- Toegangscode garage: ${v}`,
        ],
        () => code(g.pick([4, 6])),
      );
    });

    it('leaves times, years, numbers of rooms, gates, lockers and zones, phone numbers, sizes and runs alone', () => {
      assertQuiet([
        'Alarm zone 4012 reported a fault',
        'Set the alarm at 0630',
        'set the alarm to 0630',
        'Alarm set to 0645 every day',
        'The safe was installed in 2019.',
        'Gate B 2214 boarding',
        'Room 4411, gate 2214',
        'Locker 2211 is yours',
        'the alarm 4330 went off',
        `phone ${code(7)}`,
        `phone: ${code(6)}`,
        `School tablet: ${code(4)}`,
        'alarm: 1234',
        'Safe mode: 4096 MB',
        'The keypad has 4 digits, e.g. 4821',
        'I bought a safe 4821 days ago',
        `- safe ${code(4)} (wardrobe) and the alarm error code ${code(4)}`,
        `Alarm panel firmware ${code(4)}`,
      ]);
    });
  });
});
