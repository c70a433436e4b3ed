import { describe, expect, it } from "vitest";
import { clientIp } from "../../server/client-ip.ts";

describe("clientIp", () => {
  it("uses the socket address unless proxies are trusted", () => {
    expect(clientIp({ socketAddress: "10.0.0.1", forwardedFor: "203.0.113.5", trustedHops: 0 })).toBe("10.0.0.1");
  });

  it("takes the address the trusted proxy saw, not what the client wrote further left", () => {
    expect(clientIp({ socketAddress: "10.0.0.1", forwardedFor: "1.2.3.4, 203.0.113.5", trustedHops: 1 })).toBe(
      "203.0.113.5",
    );
    expect(
      clientIp({ socketAddress: "10.0.0.1", forwardedFor: "1.2.3.4, 203.0.113.5, 10.0.0.9", trustedHops: 2 }),
    ).toBe("203.0.113.5");
    expect(clientIp({ socketAddress: "10.0.0.1", forwardedFor: undefined, trustedHops: 1 })).toBe("10.0.0.1");
  });
});
