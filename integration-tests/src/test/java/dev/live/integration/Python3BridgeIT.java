package dev.live.integration;

import dev.live.core.reload.EngineSessions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The value bridge matrix with Python 3 (GraalPy) on one side: the files of {@link
 * ValueBridgeTest}, which run on Python 2 and 3, with a first line naming Python 3; and Python 3
 * with Jython both ways. An integration test because GraalPy takes seconds to start.
 */
class Python3BridgeIT {

  private static final String PYTHON_3 = "#!/usr/bin/env python3\n";
  private static final String JYTHON = "#!/usr/bin/env jython\n";

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @TestFactory
  Stream<DynamicTest> python3ValuesInJavaScript() throws IOException {
    BridgeMatrix.write(dir, "py-in-js/p.py", PYTHON_3);
    BridgeMatrix.write(dir, "py-in-js/helper_js.js", "");
    return BridgeMatrix.cells(sessions, BridgeMatrix.write(dir, "py-in-js/main.js", ""), 60);
  }

  @TestFactory
  Stream<DynamicTest> javaScriptValuesInPython3() throws IOException {
    BridgeMatrix.write(dir, "js-in-py/p.js", "");
    BridgeMatrix.write(dir, "js-in-py/helper_py.py", PYTHON_3);
    return BridgeMatrix.cells(sessions, BridgeMatrix.write(dir, "js-in-py/main.py", PYTHON_3), 60);
  }

  @TestFactory
  Stream<DynamicTest> jythonValuesInPython3() throws IOException {
    BridgeMatrix.write(dir, "py-in-js/p.py", JYTHON);
    BridgeMatrix.write(dir, "py-in-js/helper_js.js", "");
    return BridgeMatrix.cells(
        sessions, BridgeMatrix.write(dir, "python-pair/main.py", PYTHON_3), 40);
  }

  @TestFactory
  Stream<DynamicTest> python3ValuesInJython() throws IOException {
    BridgeMatrix.write(dir, "py-in-js/p.py", PYTHON_3);
    BridgeMatrix.write(dir, "py-in-js/helper_js.js", "");
    return BridgeMatrix.cells(sessions, BridgeMatrix.write(dir, "python-pair/main.py", JYTHON), 40);
  }
}
