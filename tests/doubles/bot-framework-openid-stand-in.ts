import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

/**
 * A local Bot Framework OpenID metadata document and JWKS (what login.botframework.com serves), with RS256 keys made
 * here, and a minter for channel tokens like the ones Bot Framework sends. Keys carry Teams' endorsement.
 */
export interface OpenIdStandIn {
  metadataUrl: string;
  /** A token as the Bot Framework channel would send it; `overrides` replace claims, `signWithUnknownKey` forges it. */
  mintToken(options: {
    audience: string;
    serviceUrl: string;
    overrides?: JWTPayload;
    expiresInSeconds?: number;
    signWithUnknownKey?: boolean;
  }): Promise<string>;
  requests: string[];
  close(): Promise<void>;
}

export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
const KEY_ID = "stand-in-key-1";

export async function startOpenIdStandIn(): Promise<OpenIdStandIn> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const forger = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, kty: "RSA", use: "sig", endorsements: ["msteams"] };
  const requests: string[] = [];
  let base = "";

  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? "");
    response.setHeader("content-type", "application/json");
    if (request.url === "/v1/.well-known/openidconfiguration") {
      response.end(
        JSON.stringify({
          issuer: BOT_FRAMEWORK_ISSUER,
          authorization_endpoint: "https://invalid.botframework.com",
          jwks_uri: `${base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
          token_endpoint_auth_methods_supported: ["private_key_jwt"],
        }),
      );
      return;
    }
    if (request.url === "/v1/.well-known/keys") {
      response.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    response.statusCode = 404;
    response.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    requests,
    async mintToken({ audience, serviceUrl, overrides = {}, expiresInSeconds = 3600, signWithUnknownKey = false }) {
      const now = Math.floor(Date.now() / 1000);
      const key: CryptoKey = signWithUnknownKey ? forger.privateKey : privateKey;
      return new SignJWT({ serviceurl: serviceUrl, ...overrides })
        .setProtectedHeader({ alg: "RS256", kid: KEY_ID, typ: "JWT" })
        .setIssuer(typeof overrides.iss === "string" ? overrides.iss : BOT_FRAMEWORK_ISSUER)
        .setAudience(typeof overrides.aud === "string" ? overrides.aud : audience)
        .setNotBefore(now - 60)
        .setIssuedAt(now - 60)
        .setExpirationTime(now + expiresInSeconds)
        .sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
