// The shapes Bugzilla 5's REST API answers with (bugzilla.readthedocs.io, api/core/v1),
// parsed at the boundary so nothing past the client trusts the remote server.
import { z } from "zod";

/** A bug as Bug.get / Bug.search return it; include_fields may leave out any field but id. */
export const bugzillaBugSchema = z.object({
  id: z.number().int().positive(),
  summary: z.string().default(""),
  status: z.string().default(""),
  resolution: z.string().default(""),
  product: z.string().default(""),
  component: z.string().default(""),
  assigned_to: z.string().default(""),
  creation_time: z.iso.datetime({ offset: true }).optional(),
  last_change_time: z.iso.datetime({ offset: true }).optional(),
});

export type BugzillaBugFields = z.infer<typeof bugzillaBugSchema>;

export const bugListSchema = z.object({ bugs: z.array(bugzillaBugSchema) });
export const createdBugSchema = z.object({ id: z.number().int().positive() });
export const createdAttachmentSchema = z.object({ ids: z.array(z.number().int().positive()).min(1) });
export const createdCommentSchema = z.object({ id: z.number().int().positive() });

/** Bugzilla's error body, sent with a 4xx/5xx status (and by old versions with 200). */
export const errorBodySchema = z.object({
  error: z.literal(true),
  code: z.number().int(),
  message: z.string().max(2000),
  documentation: z.string().optional(),
});

/** POST /rest/bug: the fields Kindling sets (Bug.create). */
export interface NewBug {
  product: string;
  component: string;
  summary: string;
  version: string;
  description: string;
  op_sys: string;
  platform: string;
  assigned_to?: string;
  cc?: string[];
  blocks?: number[];
  keywords?: string[];
  url?: string;
}

/** POST /rest/bug/{id}/attachment (Bug.add_attachment); data is sent base64. */
export interface NewAttachment {
  fileName: string;
  contentType: string;
  data: Buffer;
  summary: string;
  comment?: string;
  isPatch?: boolean;
}
