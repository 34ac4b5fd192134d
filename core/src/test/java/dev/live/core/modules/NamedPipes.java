package dev.live.core.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes (FIFOs), which block whoever opens them until someone writes. */
final class NamedPipes {

  private NamedPipes() {}

  /** Makes a named pipe at {@code path} with mkfifo. */
  static Path make(Path path) throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).as("mkfifo within 10 s").isTrue();
    assertThat(mkfifo.exitValue()).as("mkfifo's status").isZero();
    return path;
  }
}
