package dev.live.engine.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A Lua recursion too deep for the stack, on the real luaj. */
class LuaStackOverflowIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void aStackOverflowIsALuaErrorThatNamesTheFile() throws IOException {
    Path main = sessions.write("r.lua", "local function f(n) return 1 + f(n + 1) end\nf(0)\n");

    RunResult result = sessions.runOnce(main);

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException error = (ScriptFailedException) result.error();
    assertThat(error.errorType()).isEqualTo("LuaError");
    assertThat(error.errorMessage()).isEqualTo("stack overflow");
    assertThat(error.scriptTrace()).isEqualTo("r.lua: stack overflow");
    assertThat(error.file()).contains(main);
  }
}
