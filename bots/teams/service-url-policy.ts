/**
 * Which serviceUrls the bot may send replies to. A valid token already binds the serviceUrl (the `serviceurl` claim);
 * without authentication (development mode) anyone could make the bot post elsewhere, so only loopback is allowed
 * unless TEAMS_ALLOWED_SERVICE_URLS lists more.
 */
export function createServiceUrlPolicy(options: {
  allowed?: string;
  authenticated: boolean;
}): (serviceUrl: string) => boolean {
  const prefixes = (options.allowed ?? "")
    .split(",")
    .map((prefix) => prefix.trim().toLowerCase())
    .filter(Boolean);
  return (serviceUrl) => {
    const normalized = serviceUrl.toLowerCase();
    if (prefixes.length > 0) return prefixes.some((prefix) => normalized.startsWith(prefix));
    if (options.authenticated) return true;
    return isLoopback(normalized);
  };
}

function isLoopback(serviceUrl: string): boolean {
  try {
    const host = new URL(serviceUrl).hostname;
    return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}
