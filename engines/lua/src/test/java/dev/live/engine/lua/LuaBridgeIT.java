package dev.live.engine.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Lua values as bridge values, on the real luaj found by discovery, as {@code live} finds it. */
class LuaBridgeIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void luaTablesCrossAsListsAndMapsAndFunctionsAsBridgeFunctions() throws IOException {
    Path main =
        sessions.write(
            "main.lua",
            """
            unit = "cm"
            sizes = {10, 20, 30}
            point = {x = 1, y = 2}
            function add(a, b) return a + b end
            """);

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().keys()).containsExactly("unit", "sizes", "point", "add");
    assertThat(result.exports().get("sizes")).isEqualTo(List.of(10, 20, 30));
    assertThat(result.exports().get("point")).isEqualTo(Map.of("x", 1, "y", 2));
    BridgeFunction add = (BridgeFunction) result.exports().get("add");
    assertThat(add.call(List.of(1, 2))).isEqualTo(3);
  }
}
