import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { badInput, DomainError, type ErrorDetails } from '../common/errors.js';
import { parseUpload, type ParsedUpload } from './spreadsheet.js';

/**
 * Uploaded files are parsed in a worker thread with a heap of its own: a file that needs more memory or time than
 * any sheet of 50,000 rows ends that worker and is refused, and the API's own heap never holds more than the result.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 };
const TIME_LIMIT_MS = 60_000;

interface Answer {
  parsed?: ParsedUpload;
  refused?: { message: string; details: ErrorDetails };
}

if (!isMainThread && (workerData as { task?: string } | null)?.task === 'parseUpload') {
  const content = Buffer.from((workerData as { content: Uint8Array }).content);
  parseUpload(content).then(
    (parsed) => parentPort!.postMessage({ parsed } satisfies Answer),
    (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      const { reason, field, params } = error.extensions as unknown as ErrorDetails;
      parentPort!.postMessage({
        refused: { message: error.message, details: { reason, field, params } },
      } satisfies Answer);
    },
  );
}

/**
 * The worker runs this very module: the built JavaScript, or under tsx and vitest its TypeScript, which a small
 * bootstrap loads through tsx's `tsImport` (Node 20 applies no `--import` loader to a worker's own file).
 */
function workerScript(): { script: URL | string; eval: boolean } {
  const file = new URL(import.meta.url);
  if (!file.pathname.endsWith('.ts')) return { script: file, eval: false };
  const tsx = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs'),
  ).href;
  return {
    script: `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(file.href)}, ${JSON.stringify(file.href)}))`,
    eval: true,
  };
}

const refusedAsTooLarge = () =>
  badInput('The file needs more memory or time to read than a sheet of 50,000 rows; save only the sheet to import.', {
    reason: 'FILE_TOO_LARGE',
    field: 'file',
  });

/** Parses an upload in a worker of its own; refusals come back as the same BAD_USER_INPUT errors. */
export function parseInWorker(content: Buffer): Promise<ParsedUpload> {
  const { script, eval: evaluate } = workerScript();
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      eval: evaluate,
      workerData: { task: 'parseUpload', content },
      resourceLimits: WORKER_LIMITS,
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(refusedAsTooLarge())), TIME_LIMIT_MS);
    worker.on('message', (answer: Answer) =>
      settle(() =>
        answer.parsed ? resolve(answer.parsed) : reject(badInput(answer.refused!.message, answer.refused!.details)),
      ),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(refusedAsTooLarge());
        else reject(error);
      }),
    );
    worker.on('exit', (code) =>
      settle(() => reject(code === 0 ? new Error('the upload worker ended without an answer') : refusedAsTooLarge())),
    );
  });
}
