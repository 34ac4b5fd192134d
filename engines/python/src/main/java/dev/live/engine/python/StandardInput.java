package dev.live.engine.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The process's standard input as runs read it: a thread of its own reads it into a queue, from
 * which a run reads, so that a stop (an interrupt) ends a read that waits for the user, and what a
 * stopped run did not read can be dropped instead of going to the next run. Reading starts when a
 * script first reads standard input, so a session that never does leaves it alone.
 *
 * <p>Threads: {@link #read} and {@link #discardUnread()} are called on the run thread; the reader
 * thread, "live-stdin", only adds to the queue.
 */
final class StandardInput extends InputStream {

  private static final byte[] END = new byte[0];
  private static final int CHUNK = 8192;

  private final InputStream source;
  private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
  private Thread reader;
  private byte[] current = new byte[0];
  private int position;

  StandardInput(InputStream source) {
    this.source = source;
  }

  /** True for the thread that reads standard input. */
  boolean ownsThread(Thread thread) {
    synchronized (chunks) {
      return thread == reader;
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == current.length) {
      current = next();
      position = 0;
      if (current == END) {
        return -1;
      }
    }
    int count = Math.min(length, current.length - position);
    System.arraycopy(current, position, target, offset, count);
    position += count;
    return count;
  }

  private byte[] next() throws InterruptedIOException {
    startReader();
    try {
      byte[] chunk = chunks.take();
      if (chunk == END) {
        // Every later read sees the end too.
        chunks.add(END);
      }
      return chunk;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("reading standard input was interrupted");
    }
  }

  /** Drops what was typed but not read yet: it was meant for a run that was stopped. */
  void discardUnread() {
    current = new byte[0];
    position = 0;
    chunks.removeIf(chunk -> chunk != END);
  }

  private void startReader() {
    synchronized (chunks) {
      if (reader != null) {
        return;
      }
      reader = new Thread(this::readUntilEnd, "live-stdin");
      reader.setDaemon(true);
      reader.start();
    }
  }

  private void readUntilEnd() {
    byte[] buffer = new byte[CHUNK];
    try {
      for (int count = source.read(buffer); count >= 0; count = source.read(buffer)) {
        chunks.add(Arrays.copyOf(buffer, count));
      }
    } catch (IOException e) {
      // Standard input went away: for the script that is its end.
    }
    chunks.add(END);
  }
}
