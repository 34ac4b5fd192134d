package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Colours follow stderr, NO_COLOR and CLICOLOR_FORCE on every JDK, with and without the launcher:
 * on JDK 22 and later the JVM's console exists even when stderr is a file (JDK-8309155).
 */
@EnabledOnOs(OS.LINUX)
class ColourIT {

  private static final String DIM = "\u001b[2m[live] run 1";

  @TempDir Path dir;

  static List<Path> javaHomes() {
    return PseudoTerminal.javaHomes();
  }

  @ParameterizedTest
  @MethodSource("javaHomes")
  void colouredOnATerminalPlainInAFileOrWithNoColor(Path javaHome) throws Exception {
    Files.writeString(dir.resolve("main.js"), "console.log('out')\n");
    String live = PseudoTerminal.liveCommand(javaHome, "run", "--once", "main.js");

    assertThat(screenOf(live, Map.of())).contains(DIM);
    assertThat(screenOf(live, Map.of("NO_COLOR", "1")))
        .contains("[live] run 1")
        .doesNotContain(DIM);
    screenOf(live + " 2>err.txt", Map.of());
    assertThat(Files.readString(dir.resolve("err.txt")))
        .contains("[live] run 1")
        .doesNotContain("\u001b[");
  }

  @Test
  void theLauncherTellsTheJvmWhereStderrGoes() throws Exception {
    Files.writeString(dir.resolve("main.js"), "console.log('out')\n");
    Path dist = Path.of(System.getProperty("live.home"));
    Files.writeString(dist.resolve(".built"), "");
    Path launcher = Path.of(System.getProperty("live.examples")).getParent().resolve("live");
    String live = launcher + " run --once main.js";
    Map<String, String> environment =
        Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "LIVE_CDS", "off");

    assertThat(screenOf(live, environment)).contains(DIM);
    screenOf(live + " 2>err.txt", environment);
    assertThat(Files.readString(dir.resolve("err.txt")))
        .contains("[live] run 1")
        .doesNotContain("\u001b[");
  }

  private String screenOf(String command, Map<String, String> environment) throws Exception {
    try (PseudoTerminal terminal = PseudoTerminal.start(dir, environment, command)) {
      assertThat(terminal.awaitExit()).as(terminal.screen()).isZero();
      return terminal.screen();
    }
  }
}
