// Splits a byte stream into lines with bounded memory: a line longer than `maxLineBytes` is cut there
// and the rest of it dropped, so one huge minified line can never hold the whole stream in memory.
// A line is handed over as a range of a buffer (no Buffer object per line: a log has hundreds of thousands).

export type OnLine = (buf: Buffer, start: number, end: number) => void;

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private dropping = false;

  constructor(
    private readonly onLine: OnLine,
    private readonly maxLineBytes = 1 << 20,
  ) {}

  push(chunk: Buffer): void {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      if (nl < 0) {
        this.keep(chunk.subarray(from));
        return;
      }
      if (this.pendingBytes === 0 && !this.dropping) {
        this.onLine(chunk, from, Math.min(nl, from + this.maxLineBytes));
      } else {
        this.keep(chunk.subarray(from, nl));
        this.flush();
      }
      from = nl + 1;
    }
  }

  /** Emits the last line when the stream does not end with a newline. */
  end(): void {
    if (this.pendingBytes > 0 || this.dropping) this.flush();
  }

  private keep(piece: Buffer): void {
    if (this.dropping || piece.length === 0) return;
    const room = this.maxLineBytes - this.pendingBytes;
    if (piece.length >= room) {
      this.pending.push(piece.subarray(0, room));
      this.pendingBytes += room;
      this.dropping = true;
      return;
    }
    this.pending.push(piece);
    this.pendingBytes += piece.length;
  }

  private flush(): void {
    const line = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.dropping = false;
    this.onLine(line, 0, line.length);
  }
}
