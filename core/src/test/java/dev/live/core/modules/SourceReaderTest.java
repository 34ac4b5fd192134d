package dev.live.core.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What cannot be a script is refused by name, before it is read. */
class SourceReaderTest {

  @TempDir Path dir;

  /** Reads with a bound: reading a pipe or a device may never end. */
  private static SourceReader.Read readWithin10Seconds(Path file, String shown) throws Exception {
    try {
      return CompletableFuture.supplyAsync(() -> SourceReader.read(file, shown))
          .get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  @Test
  void aScriptIsReadAsUtf8Text() throws Exception {
    Path main = Files.writeString(dir.resolve("main.py"), "print 'caf\u00e9'\n");

    assertThat(readWithin10Seconds(main, "main.py").text()).isEqualTo("print 'caf\u00e9'\n");
  }

  @Test
  void aFileOverTheLimitIsRefusedWithItsSize() throws Exception {
    Path huge = dir.resolve("huge.js");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      // Sparse: no bytes written, and none need be read to refuse it.
      file.setLength(50L * 1024 * 1024);
    }

    assertThatThrownBy(() -> readWithin10Seconds(huge, "huge.js"))
        .isInstanceOf(SourceFileException.class)
        .hasMessageStartingWith(
            "huge.js is too large to run: 50.0 MB, and a script may have at most 16 MB.");
  }

  @Test
  void aFileJustUnderTheLimitIsRead() throws Exception {
    Path large = dir.resolve("large.py");
    Files.writeString(large, "#".repeat((int) SourceReader.MAX_BYTES - 1) + "\n");

    assertThat(readWithin10Seconds(large, "large.py").bytes())
        .hasSize((int) SourceReader.MAX_BYTES);
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aLinkToADeviceIsRefusedByName() throws Exception {
    Path zero = Files.createSymbolicLink(dir.resolve("zero.py"), Path.of("/dev/zero"));

    assertThatThrownBy(() -> readWithin10Seconds(zero, "zero.py"))
        .isInstanceOf(SourceFileException.class)
        .hasMessageStartingWith("zero.py is not a regular file but a device, a pipe or a socket");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path pipe = NamedPipes.make(dir.resolve("pipe.py"));

    assertThatThrownBy(() -> readWithin10Seconds(pipe, "pipe.py"))
        .isInstanceOf(SourceFileException.class)
        .hasMessageStartingWith("pipe.py is not a regular file");
  }

  @Test
  void aFolderOrAMissingFileSaysSo() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("app"));

    assertThatThrownBy(() -> SourceReader.read(folder, "app"))
        .hasMessageStartingWith("app is a folder, not a script.");
    assertThatThrownBy(() -> SourceReader.read(dir.resolve("gone.py"), "gone.py"))
        .hasMessage("gone.py does not exist.");
  }
}
