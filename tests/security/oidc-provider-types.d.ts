// oidc-provider ships no types; only what tests/security/oidc-provider.ts uses.
declare module "oidc-provider" {
  import type { Server } from "node:http";
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    listen(port: number, host: string, listening: () => void): Server;
  }
}
