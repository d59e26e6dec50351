-- Trigram similarity (similarity(), %, gin_trgm_ops indexes) for fuzzy search in raw SQL
-- (pg_trgm ships with PostgreSQL's contrib, embedded-postgres included). Hand-written:
-- schema.prisma does not declare extensions, and the schema engine leaves them out of diffs.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
