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
 * {@code live} in a real pseudo-terminal: colours on a terminal, {@code --clear}, and Ctrl-C typed
 * as the terminal's interrupt character.
 */
@EnabledOnOs(OS.LINUX)
class TerminalIT {

  @TempDir Path dir;

  @Test
  void coloursClearAndCtrlCInATerminal() throws Exception {
    Files.writeString(dir.resolve("main.py"), "print 'in a terminal'\nwhile True:\n    pass\n");
    String command =
        PseudoTerminal.liveCommand(
            Path.of(System.getProperty("java.home")), "run", "--clear", "main.py");
    try (PseudoTerminal terminal = PseudoTerminal.start(dir, Map.of(), command)) {
      terminal.await("\u001b[2m[live] run 1");
      terminal.await("in a terminal");

      terminal.type("\u0003"); // Ctrl-C

      assertThat(terminal.awaitExit()).isEqualTo(130);
      String text = terminal.screen();
      assertThat(text).contains("\u001b[H\u001b[2J", "\u001b[2m[live] run 1");
      assertThat(text).contains("[live] stopped");
    }
  }
}
