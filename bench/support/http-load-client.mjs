// Load generator for bench/suites/http-ask.ts, run in a worker thread so its event loop does not
// compete with the server's. Plain JavaScript: workers need no TypeScript loader.
import { parentPort, workerData } from "node:worker_threads";

const { url, questions, total, concurrency, warmup } = workerData;
const latencies = [];
const failures = [];
let next = 0;

async function one(index, record) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: questions[index % questions.length] }),
    });
    const body = await response.json();
    if (record) {
      if (response.status !== 200 || typeof body.answer !== "string")
        failures.push({ status: response.status, code: body?.error?.code });
      else latencies.push(performance.now() - started);
    }
  } catch (error) {
    if (record) failures.push({ status: 0, code: String(error?.cause?.code ?? error?.message ?? error) });
  }
}

async function client(limit, record) {
  while (next < limit) {
    const index = next;
    next += 1;
    await one(index, record);
  }
}

for (let index = 0; index < warmup; index += 1) await one(index, false);
next = 0;
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, () => client(total, true)));
parentPort.postMessage({ latencies, failures, elapsedMs: performance.now() - started });
