// A progress bar on stderr with counts and rate. On a terminal it redraws one
// line; in CI logs it prints a line per 10 % so the log stays short.
export class ProgressLine {
  private readonly started = Date.now();
  private lastDecile = -1;

  constructor(
    private readonly total: number,
    private readonly unit: string,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, detail = ""): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? (done / seconds).toFixed(1) : "-";
    const width = 24;
    const filled = this.total > 0 ? Math.round((done / this.total) * width) : width;
    const bar = `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
    const line = `${bar} ${done}/${this.total} ${this.unit} · ${rate}/s${detail ? ` · ${detail}` : ""}`;
    if (this.out.isTTY) {
      this.out.write(`\r${line}\u001b[K`);
      return;
    }
    const decile = this.total > 0 ? Math.floor((done / this.total) * 10) : 10;
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      this.out.write(`${line}\n`);
    }
  }

  done(): void {
    if (this.out.isTTY) this.out.write("\n");
  }
}
