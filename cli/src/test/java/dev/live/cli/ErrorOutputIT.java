package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden output of errors: each folder under {@code errors/} is a small project whose main file
 * fails; {@code expected.txt} is exactly what {@code live run --once -q} must print on stderr, in
 * the language's own style, with paths relative to the working directory and no Java frames.
 */
class ErrorOutputIT {

  private static final Path CASES = Path.of("src/test/resources/errors").toAbsolutePath();

  @TempDir Path dir;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsTheErrorAsTheLanguageWould(String name) throws Exception {
    Path source = CASES.resolve(name);
    String main = null;
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        String fileName = file.getFileName().toString();
        if (!fileName.equals("expected.txt")) {
          Files.copy(file, dir.resolve(fileName));
          main = fileName.startsWith("main.") ? fileName : main;
        }
      }
    }
    String expected = Files.readString(source.resolve("expected.txt"));

    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "-q", main)) {
      assertThat(live.awaitExit()).isEqualTo(1);
      String printed = live.stderr();
      assertThat(printed).isEqualTo(expected);
      assertThat(printed).doesNotContain("at java.", "at org.", "dev.live", "Exception");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCaseNamesItsFileAndLine(String name) throws IOException {
    String expected = Files.readString(CASES.resolve(name).resolve("expected.txt"));
    List<String> fileAndLine = List.of("File \"main.py\", line ", "main.js:");

    assertThat(fileAndLine).anyMatch(expected::contains);
  }
}
