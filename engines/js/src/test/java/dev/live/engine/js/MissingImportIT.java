package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import or require() that names no file or package: Node's message, at the importing line. The
 * expected messages are node 20's for the same files, which the test compares where node runs.
 */
class MissingImportIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  /**
   * Runs {@code main} in live and checks its error: {@code expected} in the message (and in node's
   * output where node runs), at {@code line} of {@code main}.
   */
  private ScriptFailedException fails(Path main, String expected, int line) throws Exception {
    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException error = (ScriptFailedException) result.error();
    assertThat(error.errorType()).isEqualTo("Error");
    assertThat(error.getMessage()).contains(expected);
    assertThat(error.file())
        .hasValueSatisfying(file -> assertThat(file.getFileName()).isEqualTo(main.getFileName()));
    assertThat(error.line()).isEqualTo(line);
    String node = InstalledNode.failure(main);
    if (node != null) {
      assertThat(node).contains(expected);
    }
    return error;
  }

  @Test
  void anExtensionlessRelativeImportNamesTheAbsolutePathAndTheImportingLine() throws Exception {
    sessions.write("x.js", "export default 1;\n");
    Path main =
        sessions.write(
            "main.mjs", "// Node's ES modules need the extension\n\nimport x from './x';\n");

    ScriptFailedException error =
        fails(main, "Cannot find module '" + dir.resolve("x") + "' imported from " + main, 3);

    assertThat(error.file()).contains(main);
    assertThat(error.scriptTrace()).contains("import x from './x';");
  }

  @Test
  void aMissingFileInAFolderAndADynamicImportNameTheirPaths() throws Exception {
    Path main =
        sessions.write(
            "main.mjs", "const name = 'y';\nconst { y } = await import('./sub/y.js');\n");

    fails(main, "Cannot find module '" + dir.resolve("sub/y.js") + "' imported from " + main, 2);
  }

  @Test
  void aBareImportOfAPackageNotInstalledIsNodesMissingPackage() throws Exception {
    Path main = sessions.write("src/main.mjs", "\nimport pad from 'left-pad';\n");

    fails(main, "Cannot find package 'left-pad' imported from " + main, 2);
  }

  @Test
  void aMissingRelativeRequireIsNodesMessageWithTheRequireStack() throws Exception {
    Path main = sessions.write("main.js", "const a = 1;\nconst x = require('./x');\n");

    fails(main, "Cannot find module './x'\nRequire stack:\n- " + main, 2);
  }
}
