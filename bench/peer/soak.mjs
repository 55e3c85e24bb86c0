// Memory under a long load: the project serving the dashboard workloads in turn at 50 connections for MINUTES
// (default 10), its RSS and heap sampled every 30 s. Flat means the last samples sit where the first minute's did.
// DATABASE_URL=… PROJECT_DIR=… DATA_DIR=… READER_TOKEN_FILE=… node soak.mjs  (after `bash run.sh` with KEEP=1)
import fs from "node:fs";
import autocannon from "autocannon";
import { cpuMs, env, resolveIds, rssMb } from "./lib.mjs";
import { startProject } from "./servers.mjs";
import { workloads } from "./workloads.mjs";

const minutes = Number(env("MINUTES", 10));
const connections = Number(env("CONNECTIONS", 50));
const port = 4960;
const token = fs.readFileSync(env("READER_TOKEN_FILE"), "utf8").trim();
const asked = workloads(await resolveIds());
const server = await startProject({
  projectDir: env("PROJECT_DIR"), port, databaseUrl: env("DATABASE_URL"), dataDir: env("DATA_DIR"),
  logDir: env("LOG_DIR", "/tmp"),
});

const started = Date.now();
const cpuAtStart = cpuMs(server.pid);
const samples = [];
const sample = () => {
  const at = (Date.now() - started) / 1000;
  samples.push({ at, rss: rssMb(server.pid) });
  console.log(`${at.toFixed(0).padStart(4)} s  RSS ${rssMb(server.pid).toFixed(0)} MB`);
};
sample();
const timer = setInterval(sample, 30_000);

// Every workload's request in turn on each connection, so the heap holds every kind of answer at once.
const requests = asked.map((w) => ({
  method: w.systems.project.method, path: w.systems.project.path, body: w.systems.project.body,
  headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
}));
const result = await new Promise((resolve, reject) =>
  autocannon({ url: `http://127.0.0.1:${port}`, connections, duration: minutes * 60, requests }, (error, r) =>
    error ? reject(error) : resolve(r)),
);
clearInterval(timer);
sample();
const cpu = cpuMs(server.pid) - cpuAtStart;
await server.stop();

const firstMinute = samples.filter((s) => s.at >= 30 && s.at <= 90).map((s) => s.rss);
const lastMinutes = samples.filter((s) => s.at >= minutes * 60 - 120).map((s) => s.rss);
const max = (xs) => Math.max(...xs);
console.log(
  `SOAK ${minutes} min at ${connections} connections: ${result.requests.total} requests (${result.requests.average.toFixed(0)}/s), ` +
    `non-2xx ${result.non2xx}, errors ${result.errors}, p99 ${result.latency.p99} ms, server CPU ${(cpu / result.requests.total).toFixed(2)} ms/req; ` +
    `RSS after the first minute ${max(firstMinute).toFixed(0)} MB, in the last two minutes ${max(lastMinutes).toFixed(0)} MB, ` +
    `peak ${max(samples.map((s) => s.rss)).toFixed(0)} MB`,
);
