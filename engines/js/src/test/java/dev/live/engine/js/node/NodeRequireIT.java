package dev.live.engine.js.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** require() with Node's resolution on packages the test writes itself, on the real GraalJS. */
class NodeRequireIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  private Path file(String name, String text) throws IOException {
    return sessions.write(name, text);
  }

  @Test
  void relativeFilesJsonAndFolderIndexesLoadOnceAndAreWatched() throws IOException {
    file(
        "lib/util.js",
        "exports.twice = (n) => n * 2; exports.loads = (globalThis.loads || 0) + 1;");
    file("lib/data.json", "{\"name\": \"data\"}");
    file("lib/tools/index.js", "module.exports = { where: __filename, dir: __dirname };");
    file("lib/old.cjs", "module.exports = 'cjs';");
    Path main =
        file(
            "main.js",
            """
            const util = require('./lib/util');
            const again = require('./lib/util.js');
            var twice = util.twice(21);
            var same = util === again;
            var name = require('./lib/data.json').name;
            var where = require('./lib/tools').where;
            var cjs = require('./lib/old.cjs');
            var cached = Object.keys(require.cache).length;
            var resolved = require.resolve('./lib/tools');
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("twice")).isEqualTo(42);
    assertThat(result.exports().get("same")).isEqualTo(true);
    assertThat(result.exports().get("name")).isEqualTo("data");
    assertThat(result.exports().get("where"))
        .isEqualTo(dir.resolve("lib/tools/index.js").toString());
    assertThat(result.exports().get("cjs")).isEqualTo("cjs");
    assertThat(result.exports().get("cached")).isEqualTo(5);
    assertThat(result.exports().get("resolved"))
        .isEqualTo(dir.resolve("lib/tools/index.js").toString());
    assertThat(result.watched())
        .contains(
            dir.resolve("lib/util.js"), dir.resolve("lib/data.json"), dir.resolve("lib/old.cjs"));
  }

  @Test
  void bareNamesComeFromNodeModulesUpTheTreeThroughExportsAndMain() throws IOException {
    file(
        "node_modules/modern/package.json",
        """
        {"name": "modern", "exports": {
          ".": {"import": "./esm.mjs", "require": ["not-relative", "./main.cjs"]},
          "./feature/*": {"node": "./features/*.js"},
          "./package.json": "./package.json"}}
        """);
    file("node_modules/modern/main.cjs", "module.exports = 'modern main';");
    file("node_modules/modern/features/colour.js", "module.exports = 'colour feature';");
    file("node_modules/classic/package.json", "{\"main\": \"lib/entry\"}");
    file(
        "node_modules/classic/lib/entry.js",
        "module.exports = require('modern') + ' via classic';");
    file("node_modules/@scope/thing/index.js", "module.exports = 'scoped';");
    Path main =
        file(
            "app/src/main.js",
            """
            var main = require('modern');
            var feature = require('node:path') && require('modern/feature/colour');
            var classic = require('classic');
            var scoped = require('@scope/thing');
            var hidden;
            try { require('modern/features/colour.js'); } catch (e) { hidden = e.code + ' ' + e.message; }
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("main")).isEqualTo("modern main");
    assertThat(result.exports().get("feature")).isEqualTo("colour feature");
    assertThat(result.exports().get("classic")).isEqualTo("modern main via classic");
    assertThat(result.exports().get("scoped")).isEqualTo("scoped");
    assertThat((String) result.exports().get("hidden"))
        .startsWith("ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './features/colour.js'")
        .contains("node_modules/modern/package.json");
    assertThat(result.watched())
        .contains(main)
        .noneMatch(path -> path.toString().contains("node_modules/modern/"));
  }

  @Test
  void aMissingModuleIsNodesErrorAtTheRequiringLine() throws IOException {
    file("helper.js", "module.exports = require('left-pad');");
    Path main = file("main.js", "const x = 1;\nrequire('./helper');\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException error = (ScriptFailedException) result.error();
    assertThat(error.getMessage())
        .contains("Cannot find module 'left-pad'")
        .contains("Require stack:", dir.resolve("helper.js").toString(), main.toString());
    assertThat(error.file()).contains(dir.resolve("helper.js"));
    assertThat(error.line()).isEqualTo(1);
  }

  @Test
  void aMissingPackageWatchesThePackageJsonThatAnInstallChanges() throws IOException {
    Path config = file("package.json", "{\"name\": \"app\"}");
    Path main = file("src/main.js", "require('not-installed-yet');\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).hasMessageContaining("Cannot find module 'not-installed-yet'");
    assertThat(result.watched()).contains(config);
  }

  @Test
  void anEsModuleImportingAMissingPackageFailsWithNodesError() throws IOException {
    Path main = file("main.mjs", "import missing from 'not-there';\nexport const x = 1;\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error())
        .hasMessageContaining("Cannot find package 'not-there' imported from " + main);
  }

  @Test
  void anEsModuleImportingAMissingFileNamesTheFile() throws IOException {
    Path main = file("main.mjs", "import { x } from './missing.mjs';\nexport const y = x;\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error())
        .hasMessageContaining("Cannot find module '" + dir.resolve("missing.mjs") + "'");
  }

  @Test
  void aBrokenPackageJsonNamesTheFileAndTheJsonError() throws IOException {
    file("node_modules/broken/package.json", "{\"main\": \"index.js\",,}");
    file("node_modules/broken/index.js", "module.exports = 1;");
    Path main = file("main.js", "\n\nrequire('broken');\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error())
        .hasMessageContaining("Invalid package config")
        .hasMessageContaining(dir.resolve("node_modules/broken/package.json").toString());
    assertThat(((ScriptFailedException) result.error()).line()).isEqualTo(3);
  }

  @Test
  void aSavedRequiredFileRunsAgainAndAnInstallIsSeen() throws IOException {
    Path helper = file("helper.js", "module.exports = 'one';");
    file("node_modules/pkg/index.js", "module.exports = 'v1';");
    file("node_modules/.package-lock.json", "{\"lockfileVersion\": 3}");
    Path main = file("main.js", "var helper = require('./helper'); var pkg = require('pkg');");
    LiveSession session = sessions.open(main);
    RunResult first = session.runOnce();
    assertThat(first.exports().get("helper")).isEqualTo("one");
    assertThat(first.watched()).contains(helper, dir.resolve("node_modules/.package-lock.json"));

    Files.writeString(helper, "module.exports = 'two, longer';");
    // An installed file changed without an install is not re-read...
    Files.writeString(dir.resolve("node_modules/pkg/index.js"), "module.exports = 'v2, longer';");
    RunResult second = session.runOnce();
    assertThat(second.exports().get("helper")).isEqualTo("two, longer");
    assertThat(second.exports().get("pkg")).isEqualTo("v1");

    // ...until npm rewrites its lock file.
    Files.writeString(
        dir.resolve("node_modules/.package-lock.json"), "{\"lockfileVersion\": 3, \"x\": 1}");
    RunResult third = session.runOnce();
    assertThat(third.exports().get("pkg")).isEqualTo("v2, longer");
  }

  @Test
  void moduleExportsOfAUsedFileAreWhatUseReturns() throws IOException {
    file("counter.js", "let n = 0; module.exports = { next: () => ++n, name: 'counter' };");
    Path main =
        file("main.js", "const c = use('counter'); c.next(); var n = c.next(); var name = c.name;");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("n")).isEqualTo(2);
    assertThat(result.exports().get("name")).isEqualTo("counter");
  }

  @Test
  void esModulesImportCommonJsAndModulePackagesByName() throws IOException {
    file("node_modules/cjs/index.js", "module.exports = { hello: (n) => 'hello ' + n };");
    file("node_modules/esm/package.json", "{\"type\": \"module\", \"exports\": \"./index.js\"}");
    file("node_modules/esm/index.js", "export const answer = 42; export default 'esm default';");
    Path main =
        file(
            "main.mjs",
            """
            import cjs, { hello } from 'cjs';
            import esmDefault, { answer } from 'esm';
            import { join } from 'node:path';
            import fs from 'fs';
            export const greeting = hello('you') + ' ' + cjs.hello('again');
            export const both = esmDefault + ' ' + answer;
            export const joined = join('a', 'b');
            export const exists = fs.existsSync(import.meta.url.slice(7));
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("greeting")).isEqualTo("hello you hello again");
    assertThat(result.exports().get("both")).isEqualTo("esm default 42");
    assertThat(result.exports().get("joined")).isEqualTo("a/b");
    assertThat(result.exports().get("exists")).isEqualTo(true);
  }

  @Test
  void bareImportsOfNestedPackagesResolveFromTheImportingFile() throws IOException {
    // Not hoisted: pkg-b and the second pkg-c are found only from inside pkg-a, as npm leaves
    // them when two versions of pkg-c are needed.
    file("node_modules/pkg-c/index.js", "module.exports = 'c1';");
    file("node_modules/pkg-a/package.json", "{\"type\": \"module\", \"exports\": \"./index.js\"}");
    file(
        "node_modules/pkg-a/index.js",
        "import b from 'pkg-b';\nimport { helper } from './lib/helper.js';\n"
            + "export default 'a+' + b + helper;\n");
    file(
        "node_modules/pkg-a/lib/helper.js",
        "import c from 'pkg-c';\nexport const helper = '+' + c;\n");
    file("node_modules/pkg-a/node_modules/pkg-c/index.js", "module.exports = 'c2';");
    file(
        "node_modules/pkg-a/node_modules/pkg-b/package.json",
        "{\"type\": \"module\", \"main\": \"index.js\"}");
    file(
        "node_modules/pkg-a/node_modules/pkg-b/index.js",
        "import c from 'pkg-c';\nexport default 'b' + c;\n");
    Path main =
        file(
            "main.mjs",
            "import a from 'pkg-a';\nimport c from 'pkg-c';\nexport const value = a + ' ' + c;\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    // What node 20 prints for the same files.
    assertThat(result.exports().get("value")).isEqualTo("a+bc2+c2 c1");
  }
}
