package dev.live.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language versions {@code live engines} prints, which each provider knows without starting its
 * engine, are what the started engines say of themselves (luaj names only itself in {@code
 * _VERSION}).
 */
class EngineVersionsIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  @Test
  void eachProvidersLanguageVersionIsTheOneItsEngineRuns() throws IOException {
    Map<String, String> says =
        Map.of(
            "js", "var version = 'ECMAScript ' + Graal.versionECMAScript;\n",
            "python", "import sys\nversion = 'Python ' + sys.version.split()[0]\n",
            "graalpy",
                "#!/usr/bin/env python3\nimport sys\nversion = 'Python ' + sys.version.split()[0]\n");
    Map<String, String> extension = Map.of("js", "js", "python", "py", "graalpy", "py");
    try (EngineRegistry registry = EngineRegistry.discover(getClass().getClassLoader())) {
      for (String id : says.keySet()) {
        EngineProvider provider = registry.provider(id).orElseThrow();
        RunResult run =
            sessions.runOnce(sessions.write(id + "/main." + extension.get(id), says.get(id)));

        assertThat(run.error()).as(id).isNull();
        assertThat(run.exports().get("version")).as(id).isEqualTo(provider.languageVersion());
      }
    }
  }
}
