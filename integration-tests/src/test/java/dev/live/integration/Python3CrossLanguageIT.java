package dev.live.integration;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Python 3 with the other languages, on the real engines found by discovery: Lua both ways, Python
 * 2 and 3 in one program, and errors that cross with both traces.
 */
class Python3CrossLanguageIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void python3UsesLuaJythonAndJavaScriptAndAPython3ErrorReachesJavaScriptWithBothTraces()
      throws IOException {
    sessions.write(
        "calc.lua",
        "local py = use(\"doubler\")\nfunction twice_via_python(x)\n"
            + "  return py.twice(x)\nend\nfunction add(a, b) return a + b end\n");
    sessions.write("doubler.py", "#!/usr/bin/env python3\ndef twice(x):\n    return x * 2\n");
    sessions.write("old.py", "#!/usr/bin/env jython\nimport sys\nversion = sys.version_info[0]\n");
    sessions.write("lib.js", "function fail() { throw new RangeError('too far'); }\n");
    Path main =
        sessions.write(
            "main.py",
            """
            #!/usr/bin/env python3
            import sys
            calc = use("calc")
            total = calc.add(40, 2)
            doubled = calc.twice_via_python(21)
            versions = [sys.version_info[0], use("old").version]
            lib = use("lib")
            try:
                lib.fail()
            except Exception as e:
                caught = f"{type(e).__name__}: {e}"
            lib.fail()
            """);
    LiveSession session = sessions.open(main);

    RunResult result = session.runOnce();

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.scriptTrace())
        .contains(
            "File \"main.py\", line 12, in <module>",
            "RangeError: too far",
            "raised by:",
            "at fail (lib.js:1");
    assertThat(failed.errorType()).isEqualTo("RangeError");

    sessions.write(
        "main.py",
        "#!/usr/bin/env python3\nimport sys\n"
            + """
        calc = use("calc")
        total = calc.add(40, 2)
        doubled = calc.twice_via_python(21)
        versions = [sys.version_info[0], use("old").version]
        """);
    RunResult ok = session.runOnce();
    assertThat(ok.error()).isNull();
    assertThat(ok.exports().get("total")).isEqualTo(42);
    assertThat(ok.exports().get("doubled")).isEqualTo(42);
    assertThat(ok.exports().get("versions")).isEqualTo(List.of(3, 2));
  }

  @Test
  void aPython3ErrorReachesJavaScriptAsItsBuiltInTypeWithBothTraces() throws IOException {
    sessions.write(
        "checks.py",
        "#!/usr/bin/env python3\ndef check(x):\n    if x < 0:\n"
            + "        raise TypeError(f\"negative: {x}\")\n    return x\n");
    Path main =
        sessions.write(
            "main.js",
            """
            const checks = use("checks");
            checks.check(1);
            checks.check(-2);
            """);

    RunResult result = sessions.runOnce(main);

    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.scriptTrace())
        .contains(
            "main.js:3",
            "TypeError: negative: -2",
            "raised by:",
            "File \"checks.py\", line 4, in check");
  }
}
