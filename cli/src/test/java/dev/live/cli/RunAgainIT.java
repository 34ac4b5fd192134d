package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-run by hand in a real terminal: Enter between runs and {@code rs} at any time run again, while
 * a run that reads standard input still gets what is typed for it.
 */
@EnabledOnOs(OS.LINUX)
class RunAgainIT {

  private static final String ASKS =
      "print 'run %d' % live.run\nname = raw_input('name? ')\nprint 'hello ' + name\n";

  @TempDir Path dir;

  @Test
  void enterBetweenRunsAndRsDuringARunRunAgainAndTheScriptGetsItsInput() throws Exception {
    Files.writeString(dir.resolve("main.py"), ASKS);
    String command =
        PseudoTerminal.liveCommand(Path.of(System.getProperty("java.home")), "run", "main.py");
    try (PseudoTerminal terminal = PseudoTerminal.start(dir, Map.of("NO_COLOR", "1"), command)) {
      terminal.await("name? ");
      terminal.type("bob\n");
      terminal.await("hello bob");
      terminal.await("[live] ok in");

      terminal.type("\n");
      terminal.await("[live] run 2 · run again by request");
      terminal.await("name? ");

      terminal.type("rs\n");
      terminal.await("[live] run 2 stopped after");
      terminal.await("[live] run 3 · run again by request");
      terminal.await("name? ");
      terminal.type("amy\n");
      terminal.await("hello amy");
      terminal.await("[live] ok in");

      terminal.type("\u0003");
      assertThat(terminal.awaitExit()).isEqualTo(130);
    }
  }

  @Test
  void withNoStdinEverythingTypedIsTheScripts() throws Exception {
    Files.writeString(dir.resolve("main.py"), ASKS);
    String command =
        PseudoTerminal.liveCommand(
            Path.of(System.getProperty("java.home")), "run", "--no-stdin", "main.py");
    try (PseudoTerminal terminal = PseudoTerminal.start(dir, Map.of("NO_COLOR", "1"), command)) {
      terminal.await("name? ");
      terminal.type("rs\n");
      terminal.await("hello rs");
      terminal.await("[live] ok in");

      terminal.type("\u0003");
      assertThat(terminal.awaitExit()).isEqualTo(130);
      assertThat(terminal.screen()).doesNotContain("[live] run 2");
    }
  }
}
