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
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The value bridge matrix for Python 3 on GraalPy, both directions with GraalJS and with Jython:
 * the cells of {@link ValueBridgeTest}, run with a Python 3 module on one side. An integration test
 * because GraalPy takes seconds to start.
 */
class Python3BridgeIT {

  private static final Pattern CELL =
      Pattern.compile("^cell\\(\"([^\"]+)\".*(?://|#) => (.*)$", Pattern.MULTILINE);

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @TestFactory
  Stream<DynamicTest> python3ValuesInJavaScript() throws IOException {
    return cells("py3-in-js", List.of("p.py", "helper_js.js", "main.js"), 60);
  }

  @TestFactory
  Stream<DynamicTest> javaScriptValuesInPython3() throws IOException {
    return cells("js-in-py3", List.of("p.js", "helper_py.py", "main.py"), 60);
  }

  @TestFactory
  Stream<DynamicTest> jythonValuesInPython3() throws IOException {
    return cells("jython-in-py3", List.of("p.py", "helper_js.js", "main.py"), 40);
  }

  @TestFactory
  Stream<DynamicTest> python3ValuesInJython() throws IOException {
    return cells("py3-in-jython", List.of("p.py", "helper_js.js", "main.py"), 40);
  }

  private Stream<DynamicTest> cells(String folder, List<String> files, int atLeast)
      throws IOException {
    for (String file : files) {
      try (InputStream in = getClass().getResourceAsStream("/bridge/" + folder + "/" + file)) {
        assertThat(in).as("test resource %s/%s", folder, file).isNotNull();
        Files.write(dir.resolve(file), in.readAllBytes());
      }
    }
    Path main = dir.resolve(files.get(files.size() - 1));
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
