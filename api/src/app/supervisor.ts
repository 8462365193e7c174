import cluster, { type Worker } from 'node:cluster';

export interface SupervisorOptions {
  /** Worker processes to keep running; they share the listening port. */
  workers: number;
  log?: (message: string) => void;
}

/** A worker that ran this long before it stopped is restarted at once; one that keeps dying waits ever longer. */
const HEALTHY_RUN_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Keeps the API running: the primary process serves nothing itself, starts the workers that do and starts a worker
 * again whenever one exits without being told to (a crash, running out of heap, being killed), logging why. The first
 * worker opens and migrates the database alone; the others start once it listens.
 */
export function superviseWorkers({ workers, log = (message) => console.error(message) }: SupervisorOptions): void {
  let stopping = false;
  let backoffMs = 0;
  const startedAt = new Map<Worker, number>();

  const start = () => {
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
    return worker;
  };

  const first = start();
  first.once('listening', () => {
    for (let i = 1; i < workers; i++) start();
  });

  cluster.on('exit', (worker, code, signal) => {
    const ranMs = Date.now() - (startedAt.get(worker) ?? Date.now());
    startedAt.delete(worker);
    if (stopping) {
      if (!startedAt.size) process.exit(0);
      return;
    }
    backoffMs = ranMs >= HEALTHY_RUN_MS ? 0 : Math.min(MAX_BACKOFF_MS, Math.max(1000, backoffMs * 2));
    log(
      `ks-registry: worker ${worker.process.pid} exited (${signal ? `signal ${signal}` : `code ${code}`}) after ${Math.round(ranMs / 1000)} s; ` +
        `starting a new one${backoffMs ? ` in ${backoffMs / 1000} s` : ''}`,
    );
    setTimeout(start, backoffMs);
  });

  const stop = () => {
    stopping = true;
    if (!startedAt.size) process.exit(0);
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
