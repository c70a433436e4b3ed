#!/usr/bin/env bash
# CI: README's first command (`npm install && npm start`) on this fresh clone, with no help from the
# test script: install, start on a free loopback port, wait for /readyz, ask one question and expect a
# cited answer, then stop with SIGTERM. This is the check that catches an install that only works
# with extra environment variables.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> README's first command: npm install && npm start"
started=$(date +%s)
npm install
echo "==> npm install took $(($(date +%s) - started)) s"

port=$(node -e 'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
data_dir=$(mktemp -d /tmp/taiwa-smoke.XXXXXX)
log="$data_dir/start.log"
# Its own process group, so a signal reaches npm, tsx and the server alike, as Ctrl-C does in a terminal.
PORT="$port" TAIWA_DATA_DIR="$data_dir/data" setsid npm start >"$log" 2>&1 &
server=$!
cleanup() {
  kill -TERM -- "-$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap cleanup EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$base/readyz"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "npm start exited before it was ready:"; cat "$log"; exit 1
  fi
  sleep 1
done
echo "==> ready after $(($(date +%s) - started)) s (install included)"

node --input-type=module -e '
  const response = await fetch(`${process.argv[1]}/api/ask`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question: "経済安全保障推進法の4つの制度は何ですか？" }),
  }).catch((error) => {
    console.error(`not ready after 120 s, or the ask failed: ${error.message}`);
    process.exit(1);
  });
  const answer = await response.json();
  const cited = Array.isArray(answer.citations) && answer.citations.length > 0;
  // The sample document lists the four systems one per chunk: the answer names all four.
  const named = ["重要物資", "基幹インフラ", "先端的な重要技術", "特許出願の非公開"].every((item) => answer.answer?.includes(item));
  if (answer.resolved !== true || !cited || !named) {
    console.error("expected a resolved answer naming the four systems, with citations, got:", JSON.stringify(answer).slice(0, 500));
    process.exit(1);
  }
  console.log(`==> cited answer: ${answer.citations.length} citation(s), first from ${answer.citations[0].title}`);
' "$base" || { tail -20 "$log"; exit 1; }

kill -TERM -- "-$server"
wait "$server" 2>/dev/null || true
# npm itself dies of the signal at once; the server behind it finishes its shutdown on its own time.
for _ in $(seq 1 30); do kill -0 -- "-$server" 2>/dev/null || break; sleep 1; done
if ! grep -q '"shut down cleanly"' "$log" || kill -0 -- "-$server" 2>/dev/null; then
  echo "npm start did not stop cleanly on SIGTERM:"; tail -20 "$log"; exit 1
fi
echo "==> stopped cleanly"
