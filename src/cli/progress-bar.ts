import type { WriteStream } from 'node:tty';

/** Exports smaller than this finish before a bar would be worth drawing. */
const largeExport = 1_000;
const width = 30;

export interface ProgressBar {
  update(written: number): void;
  done(): void;
}

/**
 * Rows written out of the total, redrawn in place on a terminal; on anything else (a log, a pipe) one line at the end,
 * so that a file of progress is not filled with redraws.
 */
export function progressBar(stream: NodeJS.WriteStream, total: number): ProgressBar {
  const terminal = Boolean((stream as WriteStream).isTTY);
  const shown = total >= largeExport;
  let last = 0;
  const line = (written: number) => {
    const share = total ? Math.min(written / total, 1) : 1;
    const filled = Math.round(share * width);
    const counts = `${written.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} rows`;
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${counts} (${Math.round(share * 100)}%)`;
  };
  return {
    update(written) {
      last = written;
      if (shown && terminal) stream.write(`\r${line(written)}`);
    },
    done() {
      if (!shown) return;
      stream.write(terminal ? `\r${line(last)}\n` : `${line(last)}\n`);
    },
  };
}
