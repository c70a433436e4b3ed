/** Stable error codes: users see a fixed message per code, operators see `cause` in logs. */
export type ErrorCode =
  | "config_invalid"
  | "input_empty"
  | "input_too_long"
  | "input_binary"
  | "input_malformed"
  | "payload_too_large"
  | "file_unreadable"
  | "file_unsupported"
  | "index_missing"
  | "index_corrupt"
  | "store_unavailable"
  | "model_unavailable"
  | "model_timeout"
  | "model_rate_limited"
  | "model_bad_output"
  | "embedder_unavailable"
  | "vector_store_unavailable"
  | "network_offline"
  | "rate_limited"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "delivery_failed"
  | "internal";

export interface TaiwaErrorOptions {
  cause?: unknown;
  isRetryable?: boolean;
  /** Values for the user-facing message's placeholders, e.g. `{ max: 2000 }` for input_too_long. */
  params?: Record<string, string | number>;
}

export class TaiwaError extends Error {
  readonly code: ErrorCode;
  readonly isRetryable: boolean;
  readonly params?: Record<string, string | number>;

  constructor(code: ErrorCode, message: string, options: TaiwaErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "TaiwaError";
    this.code = code;
    this.isRetryable = options.isRetryable ?? false;
    if (options.params) this.params = options.params;
  }
}

export function isTaiwaError(error: unknown): error is TaiwaError {
  return error instanceof TaiwaError;
}
