#!/usr/bin/env bash
# npm test: everything CI checks, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n=== %s\n' "$*"; }

step "typecheck"; npm run --silent typecheck
step "lint"; npm run --silent lint
step "schema.prisma matches prisma/migrations"; npm run --silent db:check
step "unit tests"; npm run --silent test:unit
step "integration tests (real PostgreSQL)"; npm run --silent test:int
step "abuse tests (hostile input: answers, peak RSS, health latency)"; npm run --silent test:abuse
step "end-to-end tests (Playwright, Chromium)"; npm run --silent test:e2e
# The same build again, as a private Kindling: nothing readable without signing in.
step "end-to-end tests, private mode"
E2E_REUSE_BUILD=1 KINDLING_PUBLIC=false E2E_PORT=3110 npx playwright test e2e/auth-private.spec.ts
# Two next start processes on one database, serving the build above (docs/operations.md).
step "two instances on one database"; npx tsx tests/fleet/two-instances.ts
