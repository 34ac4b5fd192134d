package dev.live.engine.python;

import dev.live.core.concurrent.QueuedInput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The process's standard input as runs read it: a thread of its own reads it into a {@link
 * QueuedInput}, from which a run reads, so that a stop (an interrupt) ends a read that waits for
 * the user, and what a stopped run did not read can be dropped instead of going to the next run.
 * Reading starts when a script first reads standard input, so a session that never does leaves it
 * alone.
 *
 * <p>Threads: {@link #read} and {@link #discardUnread()} are called on the run thread; the reader
 * thread, "live-stdin", only adds to the queue.
 */
final class StandardInput extends InputStream {

  private static final int CHUNK = 8192;

  private final InputStream source;
  private final QueuedInput queue = new QueuedInput();
  private Thread reader;

  StandardInput(InputStream source) {
    this.source = source;
  }

  /** True for the thread that reads standard input. */
  synchronized boolean ownsThread(Thread thread) {
    return thread == reader;
  }

  @Override
  public int read() throws IOException {
    startReader();
    return queue.read();
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    startReader();
    return queue.read(target, offset, length);
  }

  /** Drops what was typed but not read yet: it was meant for a run that was stopped. */
  void discardUnread() {
    queue.discardUnread();
  }

  private synchronized void startReader() {
    if (reader != null) {
      return;
    }
    reader = new Thread(this::readUntilEnd, "live-stdin");
    reader.setDaemon(true);
    reader.start();
  }

  private void readUntilEnd() {
    byte[] buffer = new byte[CHUNK];
    try {
      for (int count = source.read(buffer); count >= 0; count = source.read(buffer)) {
        queue.add(Arrays.copyOf(buffer, count));
      }
    } catch (IOException e) {
      // Standard input went away: for the script that is its end.
    }
    queue.end();
  }
}
