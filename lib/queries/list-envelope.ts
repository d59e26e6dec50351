// Every list in Kindling answers in this envelope, pages and JSON API alike.
import { z } from "zod";

export interface ListEnvelope<Row> {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;

export const pagingSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(50)
    .default(50),
});

export type Paging = z.infer<typeof pagingSchema>;
