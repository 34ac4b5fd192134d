package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --watch} folder of thousands of files and a burst of changes to all of them: the next
 * save still runs at once, and Ctrl-C still ends {@code live}.
 */
class LargeWatchedFolderIT {

  private static final int FILES = 4_000;

  /** Far above the seconds this takes, far below the minute the burst used to cost. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  @TempDir Path dir;

  private Path big;

  @BeforeEach
  void largeFolder() throws IOException {
    big = Files.createDirectories(dir.resolve("big"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(big.resolve("file" + i + ".txt"), "line\n");
    }
    Files.writeString(dir.resolve("main.py"), "print 'run', live.run\n");
  }

  private void appendToEveryFile() throws IOException {
    for (int i = 0; i < FILES; i++) {
      Files.writeString(big.resolve("file" + i + ".txt"), "more\n", StandardOpenOption.APPEND);
    }
  }

  @Test
  void aSaveAfterABurstInTheFolderRunsWithinSeconds() throws Exception {
    try (LiveProcess live = LiveProcess.start(dir, "run", "--watch", "big", "main.py")) {
      live.awaitOut("run 1");
      live.awaitErr("[live] ok");

      appendToEveryFile();
      Files.writeString(dir.resolve("main.py"), "print 'saved after the burst'\n");

      Duration took = live.awaitOutWithin("saved after the burst", BOUND);
      System.out.printf(
          "[bench] %d files appended to, then main.py saved: its run printed after %d ms%n",
          FILES, took.toMillis());
      assertThat(live.transcript()).doesNotContain("file watcher: null");
    }
  }

  @Test
  void ctrlCEndsLiveDuringTheBurst() throws Exception {
    try (LiveProcess live = LiveProcess.start(dir, "run", "--watch", "big", "main.py")) {
      live.awaitOut("run 1");
      live.awaitErr("[live] ok");

      appendToEveryFile();
      live.interrupt();

      assertThat(live.awaitExit()).isEqualTo(130);
    }
  }
}
