/** Stands in for the lead's FAQ re-ingestion; records each call and can be made to fail. */
export class RecordingReindexer {
  calls = 0;
  fail = false;

  readonly reindexFaq = async (): Promise<void> => {
    this.calls += 1;
    if (this.fail) throw new Error("re-index failed (test double)");
  };
}
