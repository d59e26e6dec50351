// The test Bugzilla's /__test/* endpoints, for a test in another process (the
// e2e specs): seed or change a bug, switch modes, register a key, read the state.
import type { IncomingMessage, ServerResponse } from "node:http";
import { DOCUMENTATION, readJson, send } from "./http";
import type { Context, Mode } from "./server";
import type { StoredBug } from "./store";

export async function control(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: Context,
): Promise<void> {
  const body = req.method === "POST" ? await readJson(req) : {};
  if (url.pathname === "/__test/mode") {
    // Answer first: "down" closes this very connection.
    send(res, 200, { ok: true });
    await ctx.setMode(String(body.mode) as Mode, Number(body.delayMs ?? 5000));
    return;
  }
  if (url.pathname === "/__test/keys") {
    ctx.apiKeys.set(String(body.key), String(body.login ?? "tester@example.org"));
    return send(res, 200, { ok: true });
  }
  if (url.pathname === "/__test/bugs") {
    const fields = body as Partial<StoredBug> & { summary: string };
    const existing = fields.id ? ctx.store.bugs.get(Number(fields.id)) : undefined;
    const bug = existing
      ? Object.assign(existing, fields, { last_change_time: new Date().toISOString() })
      : ctx.store.seed(fields);
    return send(res, 200, { id: bug.id });
  }
  if (url.pathname === "/__test/state")
    return send(res, 200, {
      bugs: [...ctx.store.bugs.values()],
      attachments: ctx.store.attachments.map(({ data, ...rest }) => ({ ...rest, bytes: data.length })),
    });
  send(res, 404, { error: true, code: 32614, message: "no such test control", documentation: DOCUMENTATION });
}
