// The test Bugzilla's in-memory bugs, attachments and comments, with the field
// checks Bugzilla 5's Bug.create / Bug.add_attachment make (codes from its
// WebService docs: 51 unknown user, 101 no such bug, 104 bad component,
// 106 bad product, 116 no summary, 600-606 attachments).
import { searchBugs } from "./search";
export interface StoredBug {
  id: number;
  product: string;
  component: string;
  summary: string;
  version: string;
  status: string;
  resolution: string;
  assigned_to: string;
  cc: string[];
  blocks: number[];
  keywords: string[];
  op_sys: string;
  platform: string;
  url: string;
  creation_time: string;
  last_change_time: string;
  creator: string;
}

export interface StoredAttachment {
  id: number;
  bug_id: number;
  file_name: string;
  summary: string;
  content_type: string;
  is_patch: boolean;
  size: number;
  data: Buffer;
  comment: string;
}

export interface StoredComment {
  id: number;
  bug_id: number;
  text: string;
  creator: string;
}

export class BugzillaError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Gentoo's attachment limit (bugs.gentoo.org: "maxattachmentsize" 1000 KB). */
export const ATTACHMENT_LIMIT_BYTES = 1000 * 1024;

export const PRODUCTS: Record<string, readonly string[]> = {
  "Gentoo Linux": ["Current packages", "Library", "Applications", "Development", "Server", "Keywording"],
  "Gentoo Infrastructure": ["Other"],
};

export class BugStore {
  readonly bugs = new Map<number, StoredBug>();
  readonly attachments: StoredAttachment[] = [];
  readonly comments: StoredComment[] = [];
  // Far from the numbers other int tests link by hand (900000 + random), random per server.
  private nextBug = 60_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
  private nextAttachment = 800_001;
  private nextComment = 700_001;

  /** A bug as if someone had filed it earlier (tests seed duplicates and linked bugs). */
  seed(fields: Partial<StoredBug> & { summary: string }): StoredBug {
    const now = new Date().toISOString();
    const bug: StoredBug = {
      id: fields.id ?? this.nextBug++,
      product: "Gentoo Linux",
      component: "Current packages",
      version: "unspecified",
      status: "CONFIRMED",
      resolution: "",
      assigned_to: "bug-wranglers@gentoo.org",
      cc: [],
      blocks: [],
      keywords: [],
      op_sys: "Linux",
      platform: "All",
      url: "",
      creation_time: now,
      last_change_time: now,
      creator: "someone@example.org",
      ...fields,
    };
    this.bugs.set(bug.id, bug);
    return bug;
  }

  create(input: Record<string, unknown>, creator: string): StoredBug {
    const product = text(input.product);
    const component = text(input.component);
    const summary = text(input.summary).trim();
    if (!product || !PRODUCTS[product])
      throw new BugzillaError(400, 106, `There is no product named '${product}'.`);
    if (!PRODUCTS[product]?.includes(component))
      throw new BugzillaError(400, 104, `There is no component named '${component}' in '${product}'.`);
    if (!summary) throw new BugzillaError(400, 116, "You must enter a summary for this bug.");
    if (!text(input.version)) throw new BugzillaError(400, 32000, "You must select a version.");
    const assignee = text(input.assigned_to);
    if (assignee && !assignee.includes("@"))
      throw new BugzillaError(400, 51, `There is no user named '${assignee}'.`);
    for (const block of list(input.blocks)) {
      if (!this.bugs.has(Number(block))) throw new BugzillaError(400, 101, `Bug #${block} does not exist.`);
    }
    return this.seed({
      product,
      component,
      summary,
      version: text(input.version),
      status: "UNCONFIRMED",
      assigned_to: assignee || "bug-wranglers@gentoo.org",
      cc: list(input.cc).map(String),
      blocks: list(input.blocks).map(Number),
      keywords: list(input.keywords).map(String),
      op_sys: text(input.op_sys) || "Linux",
      platform: text(input.platform) || "All",
      url: text(input.url),
      creator,
    });
  }

  get(id: number): StoredBug {
    const bug = this.bugs.get(id);
    if (!bug) throw new BugzillaError(404, 101, `Bug #${id} does not exist.`);
    return bug;
  }

  attach(bugId: number, input: Record<string, unknown>): number {
    this.get(bugId);
    const data = Buffer.from(text(input.data), "base64");
    if (data.length === 0) throw new BugzillaError(400, 606, "You must attach a file.");
    if (data.length > ATTACHMENT_LIMIT_BYTES)
      throw new BugzillaError(400, 600, "Attachments cannot be more than 1000 KB.");
    if (!text(input.file_name)) throw new BugzillaError(400, 601, "You must specify a file name.");
    if (!text(input.summary)) throw new BugzillaError(400, 602, "You must enter a description.");
    if (!text(input.content_type) && input.is_patch !== true)
      throw new BugzillaError(400, 603, "You must specify a content type.");
    const id = this.nextAttachment++;
    this.attachments.push({
      id,
      bug_id: bugId,
      file_name: text(input.file_name),
      summary: text(input.summary),
      content_type: text(input.content_type) || "text/plain",
      is_patch: input.is_patch === true,
      size: data.length,
      data,
      comment: text(input.comment),
    });
    return id;
  }

  comment(bugId: number, input: Record<string, unknown>, creator: string): number {
    this.get(bugId);
    const body = text(input.comment);
    if (!body.trim()) throw new BugzillaError(400, 54, "You must enter a comment.");
    const id = this.nextComment++;
    this.comments.push({ id, bug_id: bugId, text: body, creator });
    return id;
  }

  search(query: URLSearchParams): StoredBug[] {
    return searchBugs(this.bugs.values(), query);
  }
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null || value === "" ? [] : [value];
}
