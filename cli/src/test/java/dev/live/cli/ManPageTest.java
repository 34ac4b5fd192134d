package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The man page's roff, from the command line model: every command, the text shown as written. */
class ManPageTest {

  private final String roff = ManPage.of(LiveCommand.commandLine(), "1.2.3");

  @Test
  void everyCommandHasASectionAndEveryOptionOfRunAnEntry() {
    CommandLine live = LiveCommand.commandLine();
    assertThat(roff).startsWith(".TH LIVE 1 \"\" \"live 1.2.3\"\n");
    for (String command : live.getSubcommands().keySet()) {
      assertThat(roff).contains(".SS \"live " + command + "\"\n");
    }
    for (OptionSpec option : live.getSubcommands().get("run").getCommandSpec().options()) {
      for (String name : option.names()) {
        assertThat(roff).contains("\\fB" + ManPage.escape(name) + "\\fR");
      }
    }
  }

  @Test
  void examplesKeepTheirLinesAndTextIsEscaped() {
    assertThat(roff).contains(".nf\n  live run main.py ").contains(".SH \"EXAMPLES\"");
    assertThat(ManPage.escape("--once")).isEqualTo("\\-\\-once");
    assertThat(ManPage.escape(".hidden file")).isEqualTo("\\&.hidden file");
    assertThat(ManPage.escape("'quoted")).isEqualTo("\\&'quoted");
    assertThat(ManPage.escape("C:\\path")).isEqualTo("C:\\epath");
  }
}
