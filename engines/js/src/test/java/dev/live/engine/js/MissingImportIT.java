package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.nio.file.Path;
import java.util.List;
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
  void aCaughtRequireOfAMissingPackageOrFileHasNodesCode() throws Exception {
    Path main =
        sessions.write(
            "main.js",
            """
            var caught = [];
            for (const name of ['left-pad', './nothing']) {
              try { require(name); } catch (e) { caught.push(e.code + ' ' + e.message.split('\\n')[0]); }
            }
            if (typeof live === 'undefined') console.log(caught.join('\\n'));
            """);
    List<String> expected =
        List.of(
            "MODULE_NOT_FOUND Cannot find module 'left-pad'",
            "MODULE_NOT_FOUND Cannot find module './nothing'");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat((List<?>) result.exports().get("caught")).map(String::valueOf).isEqualTo(expected);
    String node = InstalledNode.output(main);
    if (node != null) {
      assertThat(node.strip().split("\n")).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aCaughtUseOfAModuleWhoseImportIsMissingHasNodesMessageAndCode() throws Exception {
    Path lib = sessions.write("lib.mjs", "import pad from 'left-pad';\nexport default pad;\n");
    Path main =
        sessions.write(
            "main.js",
            "var caught;\ntry { use('lib'); } catch (e) { caught = e.code + ' ' + e.message; }\n");
    // What node says for the same module, which it loads with import().
    Path node =
        sessions.write(
            "node.mjs",
            "import('./lib.mjs').catch((e) => console.log(e.code + ' ' + e.message));\n");
    String expected = "ERR_MODULE_NOT_FOUND Cannot find package 'left-pad' imported from " + lib;

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("caught")).isEqualTo(expected);
    String printed = InstalledNode.output(node);
    if (printed != null) {
      assertThat(printed.strip()).isEqualTo(expected);
    }
  }

  @Test
  void aMissingRelativeRequireIsNodesMessageWithTheRequireStack() throws Exception {
    Path main = sessions.write("main.js", "const a = 1;\nconst x = require('./x');\n");

    fails(main, "Cannot find module './x'\nRequire stack:\n- " + main, 2);
  }
}
