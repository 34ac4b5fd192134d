package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code live} in a real pseudo-terminal, through util-linux's {@code script}: colours on a
 * terminal, {@code --clear}, and Ctrl-C typed as the terminal's interrupt character.
 */
@EnabledOnOs(OS.LINUX)
class TerminalIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void coloursClearAndCtrlCInATerminal() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is installed");
    Files.writeString(dir.resolve("main.py"), "print 'in a terminal'\nwhile True:\n    pass\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        String.join(
            " ",
            List.of(
                java,
                "-cp",
                "'" + Path.of(System.getProperty("live.home"), "lib") + "/*'",
                "dev.live.cli.Main",
                "run",
                "--clear",
                "main.py"));
    ProcessBuilder builder =
        new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null")
            .directory(dir.toFile())
            .redirectErrorStream(true);
    builder.environment().remove("NO_COLOR");
    builder.environment().put("TERM", "xterm-256color");
    Process terminal = builder.start();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Thread reader = copy(terminal.getInputStream(), screen);
    try {
      awaitScreen(screen, "in a terminal");
      awaitScreen(screen, "\u001b[2m[live] run 1");

      OutputStream keyboard = terminal.getOutputStream();
      keyboard.write(3); // Ctrl-C
      keyboard.flush();

      assertThat(terminal.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
      reader.join(TimeUnit.SECONDS.toMillis(5));
      String text = screen.toString(StandardCharsets.UTF_8);
      assertThat(text).contains("\u001b[H\u001b[2J", "\u001b[2m[live] run 1");
      assertThat(text).contains("[live] stopped");
      assertThat(terminal.exitValue()).isEqualTo(130);
    } finally {
      terminal.destroyForcibly();
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

  /** Waits, with a bound, until the terminal has shown {@code text}; woken by each output. */
  private static void awaitScreen(ByteArrayOutputStream screen, String text)
      throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (screen) {
      long left = deadline - System.nanoTime();
      while (!screen.toString(StandardCharsets.UTF_8).contains(text) && left > 0) {
        TimeUnit.NANOSECONDS.timedWait(screen, left);
        left = deadline - System.nanoTime();
      }
      assertThat(screen.toString(StandardCharsets.UTF_8)).as("terminal screen").contains(text);
    }
  }
}
