package dev.live.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The value bridge matrix in {@code bridge/}: each cell of a main file reads, calls or passes a
 * value of the other language; the comment after it is the result the cell must produce. One run
 * evaluates every cell of a main file, and each cell is a dynamic test.
 */
final class BridgeMatrix {

  private static final Pattern CELL =
      Pattern.compile("^cell\\(\"([^\"]+)\".*(?://|#) => (.*)$", Pattern.MULTILINE);

  private BridgeMatrix() {}

  /**
   * Writes the resource {@code bridge/RESOURCE} into {@code dir} under its file name, with {@code
   * firstLine} before it (a line naming the engine, or nothing).
   */
  static Path write(Path dir, String resource, String firstLine) throws IOException {
    try (InputStream in = BridgeMatrix.class.getResourceAsStream("/bridge/" + resource)) {
      assertThat(in).as("test resource %s", resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Files.writeString(dir.resolve(Path.of(resource).getFileName()), firstLine + text);
    }
  }

  /** Runs {@code main} once and checks every cell; at least {@code atLeast} cells. */
  static Stream<DynamicTest> cells(EngineSessions sessions, Path main, int atLeast)
      throws IOException {
    RunResult result = sessions.runOnce(main);
    assertThat(result.error()).as("the cells ran").isNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> results = (Map<String, Object>) result.exports().get("results");

    List<DynamicTest> tests = new ArrayList<>();
    Matcher cell = CELL.matcher(Files.readString(main, StandardCharsets.UTF_8));
    while (cell.find()) {
      String name = cell.group(1);
      String expected = cell.group(2).strip();
      tests.add(
          DynamicTest.dynamicTest(
              name, () -> assertThat(results.get(name)).as(name).isEqualTo(expected)));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(atLeast);
    assertThat(results).hasSameSizeAs(tests);
    return tests.stream();
  }
}
