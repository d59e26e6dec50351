// The bundle's compressions go through the shared "at most N at a time" gate
// (lib/http/work-limit.ts): xz is CPU and memory heavy, and anyone who may read
// (everyone, in public mode) can ask for a bundle.
import { WorkBusy, WorkLimit } from "@/lib/http/work-limit";

export class BundleBusy extends WorkBusy {
  constructor(retryAfterSeconds: number) {
    super("too many attachment compressions are running; try again shortly", retryAfterSeconds);
    this.name = "BundleBusy";
  }
}

export class CompressionGate extends WorkLimit {
  constructor(maxRunning: number, maxQueued: number, retryAfterSeconds = 10) {
    super({ maxRunning, maxQueued, retryAfterSeconds });
  }

  protected override busy(): Error {
    return new BundleBusy(this.retryAfterSeconds);
  }
}
