package dev.live.engine.truffle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the recording file system reports, on real files. */
class RecordingFileSystemTest {

  @TempDir Path folder;
  private final List<Path> reported = new ArrayList<>();

  private void open(RecordingFileSystem files, Path path, OpenOption... options)
      throws IOException {
    try (SeekableByteChannel channel = files.newByteChannel(path, Set.of(options))) {
      channel.size();
    }
  }

  @Test
  void reportsAFileReadAsItsNormalisedAbsolutePath() throws IOException {
    Path file = Files.writeString(folder.resolve("lib.txt"), "text");
    Files.createDirectory(folder.resolve("sub"));
    RecordingFileSystem files = new RecordingFileSystem();
    files.recordTo(reported::add);

    open(files, folder.resolve("sub/../lib.txt"), StandardOpenOption.READ);

    assertThat(reported).containsExactly(file.toAbsolutePath().normalize());
  }

  @Test
  void doesNotReportAFileWrittenOrAppendedTo() throws IOException {
    Path file = Files.writeString(folder.resolve("out.txt"), "text");
    RecordingFileSystem files = new RecordingFileSystem();
    files.recordTo(reported::add);

    open(files, file, StandardOpenOption.WRITE);
    open(files, file, StandardOpenOption.APPEND);

    assertThat(reported).isEmpty();
  }

  @Test
  void reportsToTheRunThatTookItFromThenOn() throws IOException {
    Path file = Files.writeString(folder.resolve("lib.txt"), "text");
    RecordingFileSystem files = new RecordingFileSystem();
    open(files, file, StandardOpenOption.READ);
    List<Path> taken = new ArrayList<>();

    files.recordTo(taken::add);
    open(files, file, StandardOpenOption.READ);

    assertThat(taken).containsExactly(file.toAbsolutePath().normalize());
  }

  @Test
  void doesNotReportFilesOfSkippedFoldersOrThoseTheEngineExcludes() throws IOException {
    Path home = Files.createDirectories(folder.resolve("home"));
    Path packages = Files.createDirectories(folder.resolve("packages"));
    Path installed = Files.writeString(folder.resolve("installed.txt"), "");
    Path own = Files.writeString(folder.resolve("own.txt"), "");
    RecordingFileSystem files = new RecordingFileSystem(installed::equals);
    files.skipFolders(List.of(home));
    files.alsoSkip(packages);
    files.recordTo(reported::add);

    open(files, Files.writeString(home.resolve("os.py"), ""), StandardOpenOption.READ);
    open(files, Files.writeString(packages.resolve("pkg.py"), ""), StandardOpenOption.READ);
    open(files, installed, StandardOpenOption.READ);
    open(files, own, StandardOpenOption.READ);

    assertThat(reported).containsExactly(own.toAbsolutePath().normalize());
  }
}
