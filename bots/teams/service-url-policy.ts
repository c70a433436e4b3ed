/**
 * Which serviceUrls the bot may send replies to. A valid token already binds the serviceUrl (the `serviceurl` claim);
 * without authentication (development mode) anyone could make the bot post elsewhere, so only the root of a loopback
 * address is allowed: botbuilder appends `v3/conversations/…` to it, and a path, query or credentials in the
 * serviceUrl would send that POST somewhere else on the machine. TEAMS_ALLOWED_SERVICE_URLS narrows further.
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
    if (prefixes.length > 0 && !prefixes.some((prefix) => normalized.startsWith(prefix))) return false;
    if (options.authenticated) return true;
    return isLoopbackRoot(normalized);
  };
}

/** `http(s)://<loopback host>[:port][/]` and nothing more. */
function isLoopbackRoot(serviceUrl: string): boolean {
  if (!/^https?:\/\/[^/?#@\\]+\/?$/.test(serviceUrl)) return false;
  try {
    return isLoopbackHost(new URL(serviceUrl).hostname);
  } catch {
    return false;
  }
}

/** 127.0.0.0/8, ::1 and localhost (URL hostnames keep IPv6 brackets; HOST settings do not). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return bare === "localhost" || bare === "::1" || /^127\.\d+\.\d+\.\d+$/.test(bare);
}
