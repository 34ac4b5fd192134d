package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunInputsTest {

  private final Path workingDirectory = Path.of("/home/me/project");
  private final RunInputs inputs =
      RunInputs.of(
          workingDirectory.resolve("main.py"),
          workingDirectory,
          List.of(),
          Map.of("LIVE_TEST_VARIABLE", "set"),
          Map.of(),
          new EngineRegistry(List.of()),
          List.of(),
          (path, fingerprint) -> {});

  @Test
  void pathsAreShownRelativeToTheWorkingDirectoryWhenInsideIt() {
    assertThat(inputs.displayName(workingDirectory.resolve("lib/util.py")))
        .isEqualTo("lib/util.py");
    assertThat(inputs.displayName(Path.of("/etc/hosts"))).isEqualTo("/etc/hosts");
  }

  @Test
  void theSessionsVariablesJoinTheProcesssEnvironment() {
    assertThat(inputs.environment())
        .containsEntry("LIVE_TEST_VARIABLE", "set")
        .containsAllEntriesOf(System.getenv());
  }

  @Test
  void theWorkingDirectoryItselfIsShownAsDot() {
    assertThat(inputs.displayName(workingDirectory)).isEqualTo(".");
  }
}
