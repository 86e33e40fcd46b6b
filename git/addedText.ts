// Collects the added lines of one file in one commit into a single text for the engine (so multi-line
// secrets such as PEM blocks are seen whole), and maps engine offsets back to file lines and columns.
// Bounded: past `maxChars` the collected text is handed over and a new one started.
import { lineAtOffset } from '../engine/lineIndex';

export interface AddedText {
  text: string;
  /** Offset in `text` where each collected line starts. */
  starts: number[];
  /** The file line number of each collected line. */
  lineNumbers: number[];
}

export class AddedTextCollector {
  private parts: string[] = [];
  private starts: number[] = [];
  private lineNumbers: number[] = [];
  private length = 0;

  constructor(
    private readonly onText: (added: AddedText) => void,
    private readonly maxChars = 1 << 20,
  ) {}

  add(text: string, line: number): void {
    if (this.length > 0 && this.length + text.length > this.maxChars) this.flush();
    this.starts.push(this.length);
    this.lineNumbers.push(line);
    this.parts.push(text);
    this.length += text.length + 1;
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const added = { text: this.parts.join('\n'), starts: this.starts, lineNumbers: this.lineNumbers };
    this.parts = [];
    this.starts = [];
    this.lineNumbers = [];
    this.length = 0;
    this.onText(added);
  }
}

/** 1-based file line and column of an offset in an AddedText. */
export function positionIn(added: AddedText, offset: number): { line: number; column: number } {
  const i = lineAtOffset(added.starts, offset);
  return { line: added.lineNumbers[i]!, column: offset - added.starts[i]! + 1 };
}
