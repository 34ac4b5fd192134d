package dev.live.integration;

import dev.live.core.reload.EngineSessions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The value bridge matrix, both directions, with the real GraalJS and Jython. Each cell in {@code
 * bridge/*}/main.* reads, calls or passes a value of the other language; the comment after it is
 * the result the cell must produce. One run evaluates every cell of a direction.
 */
class ValueBridgeTest {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @TestFactory
  Stream<DynamicTest> pythonValuesInJavaScript() throws IOException {
    return cells("py-in-js", List.of("p.py", "helper_js.js", "main.js"));
  }

  @TestFactory
  Stream<DynamicTest> javaScriptValuesInPython() throws IOException {
    return cells("js-in-py", List.of("p.js", "helper_py.py", "main.py"));
  }

  private Stream<DynamicTest> cells(String folder, List<String> files) throws IOException {
    Path main = null;
    for (String file : files) {
      main = BridgeMatrix.write(dir, folder + "/" + file, "");
    }
    return BridgeMatrix.cells(sessions, main, 61);
  }
}
