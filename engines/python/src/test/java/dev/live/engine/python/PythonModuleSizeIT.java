package dev.live.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module too large for Jython is refused before Jython spends seconds and gigabytes on it: only
 * the size check says "too large"; Jython's own compiler fails later with a different error.
 */
class PythonModuleSizeIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void aFiveMegabyteModuleIsTooLargeAtOnce() throws IOException {
    StringBuilder code = new StringBuilder();
    for (int i = 0; code.length() < 5_000_000; i++) {
      code.append("value").append(i).append(" = ").append(i).append('\n');
    }
    Path main = sessions.write("main.py", code.toString());

    RunResult result = sessions.runOnce(main);

    assertThat(result.error())
        .isInstanceOf(ScriptFailedException.class)
        .hasMessageContaining("main.py is too large for Jython to compile as one module");
    assertThat(Files.size(main)).isGreaterThanOrEqualTo(5_000_000);
  }
}
