package dev.live.engine.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;

/**
 * A byte channel over the process's standard streams that a thread interrupt does not close. The
 * JDK's channels over streams are interruptible: stopping a run in the middle of a {@code print}
 * would close them, and {@code sys.stdout} with them, for the rest of the session. Closing this
 * channel leaves the stream open, as it belongs to the process.
 */
final class StreamChannel implements ByteChannel {

  private final InputStream in;
  private final OutputStream out;
  private volatile boolean open = true;

  private StreamChannel(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
  }

  static StreamChannel reading(InputStream in) {
    return new StreamChannel(in, OutputStream.nullOutputStream());
  }

  static StreamChannel writing(OutputStream out) {
    return new StreamChannel(InputStream.nullInputStream(), out);
  }

  @Override
  public int read(ByteBuffer target) throws IOException {
    byte[] bytes = new byte[target.remaining()];
    int count = in.read(bytes);
    if (count > 0) {
      target.put(bytes, 0, count);
    }
    return count;
  }

  @Override
  public int write(ByteBuffer source) throws IOException {
    int count = source.remaining();
    byte[] bytes = new byte[count];
    source.get(bytes);
    out.write(bytes);
    out.flush();
    return count;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
  }
}
