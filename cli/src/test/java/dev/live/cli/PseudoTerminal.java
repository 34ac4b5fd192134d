package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command in a real pseudo-terminal, through util-linux's {@code script}: what it writes to the
 * terminal is the screen, what {@link #type} writes arrives as keys. Every wait has a bound; {@link
 * #close()} always kills it.
 */
final class PseudoTerminal implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final Thread reader;
  private int seen;

  private PseudoTerminal(Process process) {
    this.process = process;
    this.reader = copy(process.getInputStream(), screen);
  }

  /**
   * {@code java -cp lib/* dev.live.cli.Main ARGS} of the built distribution on {@code javaHome}.
   */
  static String liveCommand(Path javaHome, String... args) {
    return String.join(
        " ",
        javaHome.resolve("bin/java").toString(),
        "-cp",
        "'" + Path.of(System.getProperty("live.home"), "lib") + "/*'",
        "dev.live.cli.Main",
        String.join(" ", args));
  }

  /** Runs the shell command {@code command} in a terminal, in {@code folder}, with colours on. */
  static PseudoTerminal start(Path folder, Map<String, String> environment, String command)
      throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is installed");
    ProcessBuilder builder =
        new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null")
            .directory(folder.toFile())
            .redirectErrorStream(true);
    builder.environment().remove("NO_COLOR");
    builder.environment().remove("CLICOLOR_FORCE");
    builder.environment().put("TERM", "xterm-256color");
    builder.environment().putAll(environment);
    return new PseudoTerminal(builder.start());
  }

  /** Types {@code keys} (a byte each) as a user does. */
  void type(String keys) throws IOException {
    process.getOutputStream().write(keys.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  /**
   * Waits, with a bound, until the terminal shows {@code text} after what earlier waits found;
   * woken by each output.
   */
  void await(String text) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (screen) {
      long left = deadline - System.nanoTime();
      while (indexOf(text) < 0 && left > 0) {
        TimeUnit.NANOSECONDS.timedWait(screen, left);
        left = deadline - System.nanoTime();
      }
      int at = indexOf(text);
      assertThat(at).as("terminal shows '%s' after:%n%s", text, screen()).isNotNegative();
      seen = at + text.length();
    }
  }

  private int indexOf(String text) {
    return screen.toString(StandardCharsets.UTF_8).indexOf(text, seen);
  }

  /** Everything the terminal showed. */
  String screen() {
    synchronized (screen) {
      return screen.toString(StandardCharsets.UTF_8);
    }
  }

  /** Waits for the command to end, then for the rest of its screen; returns its exit status. */
  int awaitExit() throws InterruptedException {
    assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS))
        .as("ended; screen:%n%s", screen())
        .isTrue();
    reader.join(TimeUnit.SECONDS.toMillis(5));
    return process.exitValue();
  }

  /** The JDKs to run a test on: this one, and JDK 17 and 25 where the machine has them. */
  static List<Path> javaHomes() {
    return List.of(
            Path.of(System.getProperty("java.home")),
            Path.of("/usr/lib/jvm/java-17-openjdk-amd64"),
            Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"))
        .stream()
        .filter(home -> Files.isExecutable(home.resolve("bin/java")))
        .map(PseudoTerminal::realPath)
        .distinct()
        .toList();
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  private static Thread copy(InputStream from, ByteArrayOutputStream to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[4096];
              try {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                  synchronized (to) {
                    to.write(buffer, 0, n);
                    to.notifyAll();
                  }
                }
              } catch (IOException e) {
                // The terminal closed: everything it showed is in `to`.
              }
            });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
