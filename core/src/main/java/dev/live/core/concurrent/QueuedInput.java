package dev.live.core.concurrent;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An input stream that another thread fills chunk by chunk: a read waits for a chunk, so an
 * interrupt (a run being stopped) ends a read that waits for the user, and what a stopped run did
 * not read can be dropped instead of going to the next run.
 *
 * <p>Threads: one thread at a time reads; {@link #add} and {@link #end()} come from the thread that
 * fills it; {@link #discardUnread()} from any thread (the run thread, while another thread reads
 * for the run).
 */
public final class QueuedInput extends InputStream {

  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
  private byte[] current = new byte[0];
  private int position;

  /** Adds bytes for the next reads; the array is kept, not copied. */
  public void add(byte[] chunk) {
    if (chunk.length > 0) {
      chunks.add(chunk);
    }
  }

  /** No more input: reads after what is queued see the end. */
  public void end() {
    chunks.add(END);
  }

  /** Drops what was added but not read yet. */
  public synchronized void discardUnread() {
    current = new byte[0];
    position = 0;
    chunks.removeIf(chunk -> chunk != END);
  }

  @Override
  public int read() throws InterruptedIOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws InterruptedIOException {
    if (length == 0) {
      return 0;
    }
    synchronized (this) {
      if (position < current.length) {
        return copy(target, offset, length);
      }
    }
    // Waits without the lock, so that discarding never waits for a reader.
    byte[] chunk = next();
    if (chunk == END) {
      return -1;
    }
    synchronized (this) {
      current = chunk;
      position = 0;
      return copy(target, offset, length);
    }
  }

  private int copy(byte[] target, int offset, int length) {
    int count = Math.min(length, current.length - position);
    System.arraycopy(current, position, target, offset, count);
    position += count;
    return count;
  }

  private byte[] next() throws InterruptedIOException {
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
}
