package dev.live.engine.js.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package's {@code imports} ({@code #name}), {@code module.createRequire} and {@code require()}
 * of an ES module, on packages the test writes itself. The expected values are what node prints for
 * the same files (node 20; node 22 for {@code require()} of an ES module).
 */
class NodeModuleApiIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  private Path file(String name, String text) throws IOException {
    return sessions.write(name, text);
  }

  private void packageWithImports() throws IOException {
    file(
        "package.json",
        """
        {"name": "app", "imports": {
          "#config": {"node": "./config/node.js", "default": "./config/other.js"},
          "#lib/*": "./lib/*.js",
          "#dep": "dep-pkg"}}
        """);
    file("config/node.js", "module.exports = 'node config';");
    file("config/other.js", "module.exports = 'other config';");
    file("lib/util.js", "module.exports = 'util';");
    file("node_modules/dep-pkg/index.js", "module.exports = 'dep';");
  }

  @Test
  void hashImportsResolveThroughThePackagesImportsWithConditionsAndPatterns() throws IOException {
    packageWithImports();
    Path main =
        file(
            "main.js",
            """
            var config = require('#config');
            var util = require('#lib/util');
            var dep = require('#dep');
            try { require('#missing'); } catch (e) { var code = e.code; var message = e.message; }
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("config")).isEqualTo("node config");
    assertThat(result.exports().get("util")).isEqualTo("util");
    assertThat(result.exports().get("dep")).isEqualTo("dep");
    assertThat(result.exports().get("code")).isEqualTo("ERR_PACKAGE_IMPORT_NOT_DEFINED");
    assertThat(result.exports().get("message"))
        .isEqualTo(
            "Package import specifier \"#missing\" is not defined in package "
                + dir.resolve("package.json")
                + " imported from "
                + dir.resolve("main.js"));
  }

  @Test
  void esModulesImportHashNamesAndMakeARequireWithCreateRequire() throws IOException {
    packageWithImports();
    file(
        "sub/feature.mjs",
        """
        import config from '#config';
        import util from '#lib/util';
        export const seen = config + ' ' + util;
        """);
    Path main =
        file(
            "main.mjs",
            """
            import { seen } from './sub/feature.mjs';
            import { createRequire, isBuiltin } from 'module';
            const require = createRequire(import.meta.url);
            export const viaUrl = require('./lib/util.js');
            export const viaFolder = createRequire(new URL('./lib/', import.meta.url).pathname)('./util.js');
            let code;
            try { createRequire('lib/util.js'); } catch (e) { code = e.code; }
            export const bad = code;
            export const builtin = isBuiltin('node:fs') + ' ' + isBuiltin('lodash');
            export { seen };
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("seen")).isEqualTo("node config util");
    assertThat(result.exports().get("viaUrl")).isEqualTo("util");
    assertThat(result.exports().get("viaFolder")).isEqualTo("util");
    assertThat(result.exports().get("bad")).isEqualTo("ERR_INVALID_ARG_VALUE");
    assertThat(result.exports().get("builtin")).isEqualTo("true false");
  }

  @Test
  void requireOfAnEsModuleReturnsItsNamespaceAsNode22Does() throws IOException {
    file(
        "lib/esm.mjs",
        "import { twice } from './twice.mjs';\nexport const answer = twice(21);\n"
            + "export default 'esm default';\n");
    file("lib/twice.mjs", "export const twice = (n) => n * 2;\n");
    file(
        "node_modules/esm-only/package.json",
        "{\"type\": \"module\", \"exports\": {\"default\": \"./index.js\"}}");
    file("node_modules/esm-only/index.js", "export const name = 'esm-only';\n");
    Path main =
        file(
            "main.js",
            """
            const esm = require('./lib/esm.mjs');
            var answer = esm.answer;
            var byDefault = esm.default;
            var same = esm === require('./lib/esm.mjs');
            var name = require('esm-only').name;
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("answer")).isEqualTo(42);
    assertThat(result.exports().get("byDefault")).isEqualTo("esm default");
    assertThat(result.exports().get("same")).isEqualTo(true);
    assertThat(result.exports().get("name")).isEqualTo("esm-only");
  }

  @Test
  void requireOfAnEsModuleThatAwaitsAtTopLevelIsNodesErrorNamingTheFile() throws IOException {
    file(
        "lib/slow.mjs",
        "await new Promise((resolve) => setTimeout(resolve, 1));\n" + "export const x = 1;\n");
    Path main = file("main.js", "\n\nrequire('./lib/slow.mjs');\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error())
        .isInstanceOf(ScriptFailedException.class)
        .hasMessageContaining("require() cannot be used on an ESM graph with top-level await")
        .hasMessageContaining(dir.resolve("lib/slow.mjs").toString());
    assertThat(((ScriptFailedException) result.error()).line()).isEqualTo(3);
  }

  @Test
  void anErrorThrownByARequiredEsModuleIsThrownByRequireAndCaughtAroundIt() throws IOException {
    file("lib/broken.mjs", "export const x = 1;\nthrow new RangeError('broken module');\n");
    Path main =
        file(
            "main.js",
            """
            let first;
            try { require('./lib/broken.mjs'); } catch (e) { first = e; }
            var caught = first.name + ': ' + first.message;
            try { require('./lib/broken.mjs'); } catch (e) { var sameError = e === first; }
            var ticked = false;
            Promise.resolve().then(() => { ticked = true; });
            """);

    RunResult result = sessions.runOnce(main);

    // node 22 (and node 20 with --experimental-require-module) prints the same for these files.
    assertThat(result.error()).isNull();
    assertThat(result.exports().get("caught")).isEqualTo("RangeError: broken module");
    assertThat(result.exports().get("sameError")).isEqualTo(true);
    assertThat(result.exports().get("ticked")).isEqualTo(true);
  }

  @Test
  void anUncaughtErrorOfARequiredEsModuleEndsTheRunWithItsFileAndLine() throws IOException {
    file("lib/broken.mjs", "export const x = 1;\nthrow new RangeError('broken module');\n");
    Path main = file("main.js", "require('./lib/broken.mjs');\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.errorType()).isEqualTo("RangeError");
    assertThat(failed.scriptTrace()).contains("broken.mjs:2").contains("main.js:1");
  }
}
