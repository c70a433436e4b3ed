/**
 * The URL to put behind a chat link, or undefined when it must not become one. Only http and https are linked (no
 * javascript:, file:, or credentials in the URL). Characters that end or break a link in Slack mrkdwn (`<` `>` `|`) or
 * in Markdown (`(` `)` `[` `]`, spaces, quotes) are percent-encoded, so the link still opens the same document.
 */
export function linkableUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  if (parsed.username || parsed.password) return undefined;
  // The origin is left alone: an IPv6 host keeps its brackets.
  const rest = `${parsed.pathname}${parsed.search}${parsed.hash}`.replace(
    /[<>|()[\]"'`{}\\^\s]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return `${parsed.origin}${rest}`;
}
