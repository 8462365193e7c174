import express from 'express';
import { DomainError, HTTP_STATUS_OF, unauthenticated, type ErrorCode } from '../../common/errors.js';
import { bearerToken } from '../../common/context.js';
import type { AuthService } from '../auth/auth.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import type { ErrorReason } from '../../common/error-reasons.js';
import type { ImportsService } from './imports.service.js';

/** Ten times a CSV of 50,000 membership rows in the exports' columns; larger files are refused before they are read. */
const UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;
/** Uploads parsed at once; each one holds its file and a worker, so more wait their turn at the client. */
const CONCURRENT_UPLOADS = 2;

interface Refusal {
  status: number;
  message: string;
  code: ErrorCode;
  reason: ErrorReason;
}

/**
 * A refusal in GraphQL's error shape. An answer given before the body was read closes the connection, so that the
 * rest of the body is neither read nor kept.
 */
function refuse(res: express.Response, { status, message, code, reason }: Refusal, unread = false): void {
  if (unread) res.set('Connection', 'close');
  res.status(status).json({ errors: [{ message, extensions: { code, reason } }] });
}

const refuseDomainError = (res: express.Response, error: DomainError, unread = false) => {
  const code = error.extensions.code as ErrorCode;
  if (unread) res.set('Connection', 'close');
  res.status(HTTP_STATUS_OF[code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
};

/** The uploaded file's name, sent URI-encoded in X-File-Name since headers carry no other non-ASCII text. */
function fileNameOf(header: string | string[] | undefined): string {
  try {
    return decodeURIComponent(String(header ?? 'import'));
  } catch {
    return 'import';
  }
}

/**
 * `POST /imports`: files are uploaded as the raw request body (GraphQL has no file type); the wizard's next steps are
 * GraphQL. Before a byte of the body is read, the session and role are checked, compressed bodies are refused and
 * the number of uploads in progress is bounded; the body is then read up to the limit, uninflated, and parsed in a
 * worker (see `parseInWorker`). `rateLimit` counts the signed-in caller's uploads a minute, as on /graphql.
 */
/** The services the upload route uses: sign-in by token, and the imports. */
export interface UploadServices {
  auth: Pick<AuthService, 'authenticate'>;
  imports: Pick<ImportsService, 'upload'>;
}

export function mountUploads(app: express.Express, services: UploadServices, rateLimit: express.RequestHandler): void {
  let inProgress = 0;

  const identify: express.RequestHandler = async (req, res, next) => {
    try {
      const token = bearerToken(req.headers.authorization);
      const actor = token ? await services.auth.authenticate(token) : null;
      if (!actor) throw unauthenticated();
      requireRole(actor, REGISTER_KEEPERS, 'import spreadsheets');
      res.locals.actor = actor;
    } catch (error) {
      if (error instanceof DomainError) return refuseDomainError(res, error, true);
      return next(error);
    }
    next();
  };

  const admit: express.RequestHandler = (req, res, next) => {
    const encoding = String(req.headers['content-encoding'] ?? 'identity')
      .trim()
      .toLowerCase();
    if (encoding !== 'identity') {
      return refuse(
        res,
        {
          status: 415,
          code: 'BAD_USER_INPUT',
          reason: 'ENCODING_NOT_ACCEPTED',
          message: 'Upload the file as it is, without Content-Encoding.',
        },
        true,
      );
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > UPLOAD_LIMIT_BYTES) return tooLarge(res, true);
    if (inProgress >= CONCURRENT_UPLOADS) {
      res.set('Retry-After', '10');
      return refuse(
        res,
        {
          status: 503,
          code: 'BAD_USER_INPUT',
          reason: 'UPLOADS_BUSY',
          message: 'Other files are being read just now; try again in a moment.',
        },
        true,
      );
    }
    inProgress++;
    res.on('close', () => inProgress--);
    next();
  };

  const tooLarge = (res: express.Response, unread: boolean) =>
    refuse(
      res,
      {
        status: 413,
        code: 'BAD_USER_INPUT',
        reason: 'REQUEST_TOO_LARGE',
        message: `The file is larger than the ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB allowed.`,
      },
      unread,
    );

  app.post(
    '/imports',
    identify,
    rateLimit,
    admit,
    express.raw({ type: () => true, limit: UPLOAD_LIMIT_BYTES, inflate: false }),
    async (req, res) => {
      try {
        const actor = res.locals.actor as Actor;
        const job = await services.imports.upload(
          actor,
          fileNameOf(req.headers['x-file-name']),
          Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        );
        res.status(201).json({ id: job.id, fileName: job.fileName, rowCount: job.rowCount, header: job.header });
      } catch (error) {
        if (error instanceof DomainError) return refuseDomainError(res, error);
        console.error(error);
        res.status(500).json({
          errors: [
            { message: 'The server could not complete the request.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        });
      }
    },
  );

  const unreadable: express.ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') return tooLarge(res, true);
    refuse(
      res,
      { status: 400, code: 'BAD_USER_INPUT', reason: 'MALFORMED_REQUEST', message: 'The upload could not be read.' },
      true,
    );
  };
  app.use('/imports', unreadable);
}
