/** A one-line progress bar for terminals; callers skip it when output is not a TTY. */
export function progressBar(stream: NodeJS.WritableStream) {
  const width = 28;
  return {
    update(done: number, total: number, label: string) {
      const share = total === 0 ? 1 : done / total;
      const filled = Math.round(share * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(100));
    },
    done() {
      stream.write(`${"\r".padEnd(101)}\r`);
    },
  };
}
