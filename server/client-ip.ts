/**
 * The client's address for rate limiting. Behind `trustedHops` proxies that each append the address
 * they saw to X-Forwarded-For (nginx's $proxy_add_x_forwarded_for), the client is the entry that
 * many places from the right; entries further left are whatever the client sent and are not trusted.
 */
export function clientIp(options: {
  socketAddress: string | undefined;
  forwardedFor: string | undefined;
  trustedHops: number;
}): string {
  const socket = options.socketAddress ?? "unknown";
  if (options.trustedHops <= 0 || !options.forwardedFor) return socket;
  const hops = options.forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  return hops[hops.length - options.trustedHops] ?? hops[0] ?? socket;
}
