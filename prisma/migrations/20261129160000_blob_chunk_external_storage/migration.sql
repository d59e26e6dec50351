-- Chunk bytes are gzip members already: PostgreSQL's TOAST compression (pglz)
-- only burns CPU on them (measured: about 2 ms per MiB of log at upload, 5 % of
-- all CPU in bench:ingest) and never saves a byte. EXTERNAL keeps them out of
-- line and uncompressed. It applies to rows written from now on, and old rows
-- stay readable as they are.
ALTER TABLE "BlobChunk" ALTER COLUMN "data" SET STORAGE EXTERNAL;
