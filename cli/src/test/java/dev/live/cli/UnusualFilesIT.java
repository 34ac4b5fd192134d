package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not ordinary scripts: the root folder, devices, pipes, huge files, bad globs. Each
 * is refused at once with a line that names it, or just works; none hangs or crashes.
 */
class UnusualFilesIT {

  /** Over the size limit of a script, and the size that took half a minute to refuse. */
  private static final int HUGE = 50 * 1024 * 1024;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void watchingTheRootFolderWorks() throws Exception {
    write("main.py", "live.watch('/')\nprint 'watching the root'\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("watching the root");
      // A whole disk is more folders than a watch takes: the nearest are watched, and it says so.
      assertThat(live.awaitErr("watching only the first")).contains("watch a smaller folder");
      live.awaitErr("[live] ok");

      write("main.py", "live.watch('/')\nprint 'saved'\n");

      live.awaitOut("saved");
      live.awaitErr("[live] ok");
    }
  }

  @Test
  void aModuleLinkedToADeviceIsRefusedByName() throws Exception {
    Files.createSymbolicLink(dir.resolve("zero.py"), Path.of("/dev/zero"));
    write("main.py", "use('zero')\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitErr("zero.py is not a regular file");

      write("main.py", "print 'fixed'\n");

      live.awaitOut("fixed");
    }
  }

  @Test
  void aPipeAsTheMainFileIsRefusedWithoutWaitingForAWriter() throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.py").toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "pipe.py")) {
      assertThat(live.awaitExit()).isEqualTo(1);
      assertThat(live.stderr()).contains("pipe.py is not a regular file");
    }
  }

  @Test
  void aHugeScriptIsRefusedBeforeItIsRead() throws Exception {
    byte[] line = ("# " + "x".repeat(97) + "\n").getBytes(StandardCharsets.US_ASCII);
    for (String name : new String[] {"huge.py", "huge.js"}) {
      try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
        for (int written = 0; written < HUGE; written += line.length) {
          out.write(line);
        }
      }
      try (LiveProcess live = LiveProcess.start(dir, "run", "--once", name)) {
        assertThat(live.awaitExit()).as(name).isEqualTo(1);
        assertThat(live.stderr()).as(name).contains(name + " is too large to run: 50.0 MB");
      }
    }
  }

  @Test
  void aBadIgnoreGlobIsAUsageErrorThatNamesIt() throws Exception {
    write("main.py", "print 'never'\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--ignore", "[", "main.py")) {
      assertThat(live.awaitExit()).isEqualTo(2);
      assertThat(live.stderr())
          .contains("--ignore '[' is not a valid glob")
          .doesNotContain("\tat ");
    }
  }
}
