package dev.live.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python and Lua values printed from JavaScript read as Node would print the same data: a list as
 * an array, a dict or a table with names as an object.
 */
class ForeignInspectIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void pythonAndLuaValuesPrintLikeJavaScriptData() throws IOException {
    sessions.write(
        "data.py",
        "sizes = [1, 2, 3]\npoint = {'x': [1, 'two']}\ndef area(w, h):\n  return w * h\n");
    sessions.write("data.lua", "sizes = {10, 20}\npoint = {x = 'one'}\n");
    RunResult result =
        sessions.runOnce(
            sessions.write(
                "main.js",
                """
                const { inspect, format } = globalThis[Symbol.for('live.node.builtin')]('util');
                const py = use('data.py');
                const lua = use('data.lua');
                var printed = [
                  inspect(py.sizes),
                  inspect(py.point),
                  inspect({ nested: py.point }),
                  format('%s and %o', lua.sizes, lua.point),
                  inspect(py.area).startsWith('[Function'),
                ].join('\\n');
                """));

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("printed"))
        .isEqualTo(
            String.join(
                "\n",
                "[ 1, 2, 3 ]",
                "{ x: [ 1, 'two' ] }",
                "{ nested: { x: [ 1, 'two' ] } }",
                "[ 10, 20 ] and { x: 'one' }",
                "true"));
  }
}
