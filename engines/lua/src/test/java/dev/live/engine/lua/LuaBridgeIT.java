package dev.live.engine.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lua values as bridge values, on the real luaj found by discovery, as {@code live} finds it. */
class LuaBridgeIT {

  @TempDir Path dir;

  private LiveSession session;

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void luaTablesCrossAsListsAndMapsAndFunctionsAsBridgeFunctions() throws IOException {
    Path main =
        Files.writeString(
            dir.resolve("main.lua"),
            """
            unit = "cm"
            sizes = {10, 20, 30}
            point = {x = 1, y = 2}
            function add(a, b) return a + b end
            """);
    session =
        LiveSession.builder(main, EngineRegistry.discover(getClass().getClassLoader()))
            .workingDirectory(dir)
            .build();

    RunResult result = session.runOnce();

    assertThat(result.error()).isNull();
    assertThat(result.exports().keys()).containsExactly("unit", "sizes", "point", "add");
    assertThat(result.exports().get("sizes")).isEqualTo(List.of(10, 20, 30));
    assertThat(result.exports().get("point")).isEqualTo(Map.of("x", 1, "y", 2));
    BridgeFunction add = (BridgeFunction) result.exports().get("add");
    assertThat(add.call(List.of(1, 2))).isEqualTo(3);
  }
}
