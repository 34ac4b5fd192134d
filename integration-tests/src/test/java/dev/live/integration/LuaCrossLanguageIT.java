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

/**
 * Lua and the other languages use each other, with the real luaj, Jython and GraalJS found by
 * discovery, as {@code live} finds them.
 */
class LuaCrossLanguageIT {

  private static final String LUA_LIB =
      """
      unit = "cm"
      count = 3
      sizes = {10, 20, 30}
      point = {x = 1, y = 2}
      function add(a, b) return a + b end
      function label(text, n) return text .. " #" .. n end
      function apply(f, x) return f(x) end
      function fail(message) error(message) end
      """;

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void discoveryFindsLuaButLeavesJsAndPythonToTheirOwnAdapters() {
    try (EngineRegistry registry = EngineRegistry.discover(getClass().getClassLoader())) {
      assertThat(registry.providers())
          .extracting(p -> p.id())
          .containsExactly("graalpy", "js", "lua", "python");
      assertThat(registry.provider("lua").orElseThrow().fileExtensions()).containsExactly("lua");
      assertThat(registry.provider("lua").orElseThrow().languageName()).isEqualTo("Lua");
      assertThat(registry.startedEngines()).as("discovery starts no engine").isEmpty();
    }
  }

  @Test
  void runningPythonDoesNotStartLua() throws IOException {
    Path main = sessions.write("main.py", "x = 1\n");
    try (EngineRegistry registry = EngineRegistry.discover(getClass().getClassLoader())) {
      LiveSession session =
          sessions.open(LiveSession.builder(main, registry).workingDirectory(dir));

      assertThat(session.runOnce().error()).isNull();

      assertThat(registry.startedEngines()).containsExactly("python");
    }
  }

  @Test
  void pythonCallsLuaFunctionsAndReadsItsValues() throws IOException {
    sessions.write("util.lua", LUA_LIB);
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
            second = util.sizes[1]
            size_count = len(util.sizes)
            x = util.point["x"]
            doubled = util.apply(lambda v: v * 2, 21)
            try:
                util.fail("boom")
                caught = None
            except Exception as e:
                caught = str(e)
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("total")).isEqualTo(42);
    assertThat(result.exports().get("half")).isEqualTo(0.5);
    assertThat(result.exports().get("text")).isEqualTo("café #7");
    assertThat(result.exports().get("unit")).isEqualTo("cm");
    assertThat(result.exports().get("count")).isEqualTo(3);
    assertThat(result.exports().get("second")).isEqualTo(20);
    assertThat(result.exports().get("size_count")).isEqualTo(3);
    assertThat(result.exports().get("x")).isEqualTo(1);
    assertThat(result.exports().get("doubled")).isEqualTo(42);
    assertThat((String) result.exports().get("caught")).contains("util.lua:8", "boom");
  }

  @Test
  void javaScriptCallsLuaFunctionsAndReadsItsValues() throws IOException {
    sessions.write("util.lua", LUA_LIB);
    Path main =
        sessions.write(
            "main.js",
            """
            const util = use("util");
            var total = util.add(40, 2);
            var text = util.label("café", 7);
            var unit = util.unit;
            var count = util.count;
            var last = util.sizes[2];
            var y = util.point.y;
            var doubled = util.apply((v) => v * 2, 21);
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("total")).isEqualTo(42);
    assertThat(result.exports().get("text")).isEqualTo("café #7");
    assertThat(result.exports().get("unit")).isEqualTo("cm");
    assertThat(result.exports().get("count")).isEqualTo(3);
    assertThat(result.exports().get("last")).isEqualTo(30);
    assertThat(result.exports().get("y")).isEqualTo(2);
    assertThat(result.exports().get("doubled")).isEqualTo(42);
  }

  @Test
  void luaUsesPythonAndJavaScriptModules() throws IOException {
    sessions.write(
        "pyutil.py",
        """
        unit = "kg"
        items = [1, 2, 3]
        config = {"name": "demo"}
        def add(a, b):
            return a + b
        def call_twice(f, x):
            return f(f(x))
        def fail():
            raise ValueError("bad value")
        """);
    sessions.write(
        "jsutil.js",
        """
        var prefix = ">";
        function shout(s) { return prefix + s.toUpperCase() + "!"; }
        const scale = (xs, k) => xs.map((x) => x * k);
        """);
    Path main =
        sessions.write(
            "main.lua",
            """
            local py = use("pyutil")
            local js = use("jsutil")
            sum = py.add(40, 2)
            joined = py.add("a", "b")
            unit = py.unit
            second = py.items[2]
            n = #py.items
            name = py.config.name
            twice = py.call_twice(function(x) return x * 3 end, 2)
            shouted = js.shout("hi")
            prefix = js.prefix
            scaled = js.scale({1, 2, 3}, 10)
            local total = 0
            for _, v in ipairs(py.items) do total = total + v end
            item_total = total
            local ok, message = pcall(py.fail)
            caught = message
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("sum")).isEqualTo(42);
    assertThat(result.exports().get("joined")).isEqualTo("ab");
    assertThat(result.exports().get("unit")).isEqualTo("kg");
    assertThat(result.exports().get("second")).isEqualTo(2);
    assertThat(result.exports().get("n")).isEqualTo(3);
    assertThat(result.exports().get("name")).isEqualTo("demo");
    assertThat(result.exports().get("twice")).isEqualTo(18);
    assertThat(result.exports().get("shouted")).isEqualTo(">HI!");
    assertThat(result.exports().get("prefix")).isEqualTo(">");
    assertThat(result.exports().get("scaled")).isEqualTo(List.of(10, 20, 30));
    assertThat(result.exports().get("item_total")).isEqualTo(6);
    assertThat(result.exports().get("caught")).isEqualTo("ValueError: bad value");
  }

  @Test
  void anErrorInPythonCalledFromLuaShowsBothTraces() throws IOException {
    sessions.write("pyutil.py", "def fail():\n    raise ValueError('bad value')\n");
    Path main = sessions.write("main.lua", "local py = use('pyutil')\n\npy.fail()\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.line()).isEqualTo(3);
    assertThat(failed.errorType()).isEqualTo("ValueError");
    assertThat(failed.scriptTrace())
        .contains("main.lua:3: ValueError: bad value", "raised by:", "pyutil.py\", line 2");
  }
}
