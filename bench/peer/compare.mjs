// Two (or more) checkouts of the project side by side on one workload: each started as `npm start` runs it, then
// interleaved rounds of AMOUNT requests (4 connections), with the CPU each server and its PostgreSQL backends spent
// per request. For a step's before and after on a shared machine, where CPU per request is steadier than req/s.
// DATABASE_URL=… DATA_DIR=… READER_TOKEN_FILE=… node compare.mjs W3-DevonPCT /path/before /path/after[@--node-flag]
// (after `bash run.sh` with KEEP=1, or a database and token made as run.sh makes them). ROUNDS=4 AMOUNT=1500.
import fs from "node:fs";
import autocannon from "autocannon";
import { backendsOf, cpuMs, resolveIds } from "./lib.mjs";
import { startProject } from "./servers.mjs";
import { workloads } from "./workloads.mjs";

const [name, ...checkouts] = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 4);
const amount = Number(process.env.AMOUNT ?? 1500);
const workload = workloads(await resolveIds()).find((w) => w.name === name);
if (!workload || checkouts.length === 0) throw new Error("usage: node compare.mjs <workload> <checkout>[@flags] …");
const request = workload.systems.project;
const token = fs.readFileSync(process.env.READER_TOKEN_FILE, "utf8").trim();
const port = (index) => 4950 + index;

const servers = [];
for (const [index, checkout] of checkouts.entries()) {
  const [projectDir, flags] = checkout.split("@");
  servers.push(await startProject({
    projectDir, nodeArgs: flags ? flags.split(",") : [], port: port(index),
    databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR, logDir: process.env.LOG_DIR ?? "/tmp",
  }));
}
const load = (index, requests) => new Promise((resolve, reject) => autocannon({
  url: `http://127.0.0.1:${port(index)}${request.path}`, method: request.method, body: request.body, amount: requests,
  connections: 4, headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
}, (error, result) => (error ? reject(error) : resolve(result))));
const databaseCpu = (pids) => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);

try {
  for (const index of checkouts.keys()) await load(index, 600); // warm-up: JIT, prepared statements, caches
  const measured = checkouts.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, server] of servers.entries()) {
      const before = cpuMs(server.pid);
      const databaseBefore = databaseCpu(backendsOf(server.pid));
      const result = await load(index, amount);
      const serverMs = (cpuMs(server.pid) - before) / amount;
      const databaseMs = (databaseCpu(backendsOf(server.pid)) - databaseBefore) / amount;
      if (result.non2xx || result.errors) throw new Error(`${checkouts[index]}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      measured[index].push([serverMs, databaseMs]);
      console.log(`round ${round} ${checkouts[index]} server ${serverMs.toFixed(2)} db ${databaseMs.toFixed(2)} ms/req`);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  for (const [index, checkout] of checkouts.entries()) {
    const server = median(measured[index].map(([s]) => s));
    const database = median(measured[index].map(([, d]) => d));
    console.log(`SUMMARY ${name} ${checkout} server ${server.toFixed(2)} db ${database.toFixed(2)} ms/req (medians of ${rounds})`);
  }
} finally {
  for (const server of servers) await server.stop();
}
