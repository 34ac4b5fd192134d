package dev.live.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code use} across languages, with the real GraalJS and Jython in one session. */
class CrossLanguageTest {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  /** Runs {@code main} in a session of its own registry; the engines the run started. */
  private List<String> enginesStartedToRun(Path main) {
    EngineRegistry registry = EngineRegistry.discover(getClass().getClassLoader());
    LiveSession session = sessions.open(LiveSession.builder(main, registry).workingDirectory(dir));
    assertThat(session.runOnce().error()).isNull();
    return registry.startedEngines();
  }

  @Test
  void pythonCallsJavaScriptFunctionsAndReadsItsValues() throws IOException {
    sessions.write(
        "util.js",
        """
        const unit = "cm";
        var count = 3;
        function add(a, b) { return a + b; }
        const label = (text, n) => text + " #" + n;
        """);
    Path main =
        sessions.write(
            "main.py",
            """
            util = use("util")
            total = util.add(40, 2)
            half = util.add(0.25, 0.25)
            text = util.label(u"caf\\u00e9", 7)
            unit = util.unit
            count = util.count
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("total")).isEqualTo(42);
    assertThat(result.exports().get("half")).isEqualTo(0.5);
    assertThat(result.exports().get("text")).isEqualTo("café #7");
    assertThat(result.exports().get("unit")).isEqualTo("cm");
    assertThat(result.exports().get("count")).isEqualTo(3);
  }

  @Test
  void javaScriptCallsPythonFunctionsAndReadsItsValues() throws IOException {
    sessions.write(
        "util.py",
        """
        unit = "cm"
        count = 3
        def add(a, b):
            return a + b
        def label(text, n):
            return text + " #" + str(n)
        """);
    Path main =
        sessions.write(
            "main.js",
            """
            const util = use("util");
            var total = util.add(40, 2);
            var half = util.add(0.25, 0.25);
            var text = util.label("café", 7);
            var unit = util.unit;
            var count = util.count;
            var sum = util.add(util.count, 1) * 2;
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("total")).isEqualTo(42);
    assertThat(result.exports().get("half")).isEqualTo(0.5);
    assertThat(result.exports().get("text")).isEqualTo("café #7");
    assertThat(result.exports().get("unit")).isEqualTo("cm");
    assertThat(result.exports().get("count")).isEqualTo(3);
    assertThat(result.exports().get("sum")).isEqualTo(8);
  }

  @Test
  void modulesChainAcrossLanguagesAndBack() throws IOException {
    sessions.write("base.py", "def double(x):\n    return x * 2\n");
    sessions.write(
        "middle.js",
        "const base = use(\"base\");\nfunction quadruple(x) { return base.double(base.double(x)); }\n");
    Path main =
        sessions.write("main.py", "middle = use(\"middle\")\nresult = middle.quadruple(5)\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("result")).isEqualTo(20);
    assertThat(result.watched())
        .contains(dir.resolve("main.py"), dir.resolve("middle.js"), dir.resolve("base.py"));
  }

  @Test
  void aFunctionPassedAcrossIsCalledBack() throws IOException {
    sessions.write("apply.js", "function twice(f, x) { return f(f(x)); }\n");
    Path main =
        sessions.write(
            "main.py",
            "apply = use(\"apply\")\ndef inc(n):\n    return n + 1\nresult = apply.twice(inc, 40)\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("result")).isEqualTo(42);
  }

  @Test
  void anEngineTheRunDoesNotNeedIsNeverStarted() throws IOException {
    Path js = sessions.write("main.js", "var x = 1;\n");
    assertThat(enginesStartedToRun(js)).containsExactly("js");

    Path python = sessions.write("main.py", "x = 1\n");
    assertThat(enginesStartedToRun(python)).containsExactly("python");
  }

  @Test
  void aPythonErrorUncaughtInJavaScriptShowsTheFramesOfBothLanguages() throws IOException {
    sessions.write("lib.py", "def fail(x):\n    raise ValueError('bad ' + str(x))\n");
    Path main =
        sessions.write(
            "main.js",
            "const lib = use('lib');\nfunction go() {\n  return lib.fail(3);\n}\ngo();\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.line()).isEqualTo(3);
    assertThat(failed.scriptTrace())
        .contains(
            "ValueError: bad 3",
            "at go (main.js:3:10)",
            "at main.js:5:1",
            "File \"lib.py\", line 2, in fail",
            "raise ValueError('bad ' + str(x))")
        .doesNotContain("live-bridge", "at org.", "at java.");
  }

  @Test
  void aJavaScriptErrorUncaughtInPythonShowsTheFramesOfBothLanguages() throws IOException {
    sessions.write("lib.js", "function fail(x) {\n  throw new TypeError('bad ' + x);\n}\n");
    Path main = sessions.write("main.py", "lib = use('lib')\ndef go():\n    lib.fail(3)\ngo()\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.line()).isEqualTo(3);
    assertThat(failed.scriptTrace())
        .contains(
            "File \"main.py\", line 4, in <module>",
            "File \"main.py\", line 3, in go",
            "TypeError: bad 3",
            "at fail (lib.js:2:9)")
        .doesNotContain("at org.", "at java.");
  }

  @Test
  void theCallersLanguageWinsWhenBothExist() throws IOException {
    sessions.write("both.py", "origin = 'python'\n");
    sessions.write("both.js", "var origin = 'js';\n");
    Path main = sessions.write("main.js", "var origin = use('both').origin;\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.exports().get("origin")).isEqualTo("js");
  }

  @Test
  void aMissingModuleIsAnErrorOfTheCallersLanguageListingThePathsTried() throws IOException {
    Path main = sessions.write("main.py", "x = 1\nmod = use('nowhere')\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    String trace = ((ScriptFailedException) result.error()).scriptTrace();
    assertThat(trace)
        .contains("line 2", "ImportError", "no module 'nowhere'", "nowhere.py", "nowhere.js");
  }
}
