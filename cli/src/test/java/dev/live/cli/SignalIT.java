package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C, SIGTERM and SIGHUP while a script runs: {@code live} stops it and exits with the signal's
 * status, and reports no thread as left running, neither the JVM's signal thread nor one the run
 * started, since nothing runs after {@code live}.
 */
class SignalIT {

  @TempDir Path dir;

  private static void send(String signal, LiveProcess live) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(live.pid())).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"INT, 130", "TERM, 143", "HUP, 129"})
  void aSignalDuringARunReportsNoLeftoverThread(String signal, int status) throws Exception {
    Files.writeString(
        dir.resolve("main.py"),
        """
        import threading, time
        def spin():
            while True:
                time.sleep(0.05)
        threading.Thread(target=spin, name='spinner').start()
        print 'looping'
        while True:
            time.sleep(0.05)
        """);
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("looping");

      send(signal, live);

      assertThat(live.awaitExit()).isEqualTo(status);
      assertThat(live.stderr()).doesNotContain("left a thread", "left 2 threads");
    }
  }
}
