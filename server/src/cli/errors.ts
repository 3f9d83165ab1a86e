/** How an unexpected error is shown: one line, or the stack trace with --debug. */
export function describeError(error: unknown, debug: boolean): string {
  if (debug && error instanceof Error && error.stack) return error.stack;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message}${debug ? '' : ' (run with --debug for details)'}`;
}
