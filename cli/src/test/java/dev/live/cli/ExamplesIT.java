package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example's main files once with the real distribution and compares the output with the
 * {@code out:} comments at the end of each main file.
 */
class ExamplesIT {

  static Stream<Path> mainFiles() throws IOException {
    Path examples = Path.of(System.getProperty("live.examples")).toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(examples, 3)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("main."))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** A line comment of one of the examples' languages: {@code #}, {@code //}, Lua's {@code --}. */
  private static boolean hasPrefix(String line, String key) {
    return Stream.of("# ", "// ", "-- ").anyMatch(comment -> line.startsWith(comment + key));
  }

  private static final Duration FIRST_LINE = Duration.ofMinutes(2);

  @TempDir static Path copies;

  /**
   * An example with npm packages runs in a copy where {@code npm install} has run (no node_modules
   * is committed); the test is skipped, saying why, without npm or the registry.
   */
  private static synchronized Path installedCopy(Path example) throws Exception {
    Path copy = copies.resolve(example.getFileName());
    if (Files.isDirectory(copy.resolve("node_modules"))) {
      return copy;
    }
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(example)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    int status;
    try {
      Process npm =
          new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund")
              .directory(copy.toFile())
              .redirectErrorStream(true)
              .redirectOutput(copy.resolve("npm.log").toFile())
              .start();
      status = npm.waitFor(5, TimeUnit.MINUTES) ? npm.exitValue() : -1;
      npm.destroyForcibly();
    } catch (IOException e) {
      status = -1;
    }
    assumeTrue(status == 0, "npm install failed or npm is absent: " + example);
    return copy;
  }

  @ParameterizedTest
  @MethodSource("mainFiles")
  void printsWhatItsCommentsSay(Path main) throws Exception {
    List<String> expected =
        Files.readAllLines(main).stream()
            .map(String::strip)
            .filter(l -> hasPrefix(l, "out: "))
            .map(l -> l.substring(l.indexOf("out: ") + 5))
            .toList();
    assertThat(expected).as("%s lists its expected output in 'out:' comments", main).isNotEmpty();
    List<String> command = new ArrayList<>(List.of("run", "--once", main.getFileName().toString()));
    Files.readAllLines(main).stream()
        .map(String::strip)
        .filter(l -> hasPrefix(l, "args: "))
        .findFirst()
        .ifPresent(
            l -> {
              command.add("--");
              command.addAll(List.of(l.substring(l.indexOf("args: ") + 6).split(" ")));
            });

    Path folder = main.getParent();
    if (Files.exists(folder.resolve("package.json"))) {
      folder = installedCopy(folder);
    }
    try (LiveProcess live = LiveProcess.start(folder, command.toArray(String[]::new))) {
      // The first line waits for the engine's cold start: GraalPy's takes seconds.
      live.awaitOutWithin(expected.get(0), FIRST_LINE);
      for (String line : expected.subList(1, expected.size())) {
        live.awaitOut(line);
      }
      assertThat(live.awaitExit()).isZero();
    }
  }
}
