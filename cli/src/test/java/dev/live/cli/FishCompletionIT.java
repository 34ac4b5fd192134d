package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code live completion fish} from the real process completes every subcommand and every option of
 * the command line model: checked in fish itself where it is installed, and in the script's text
 * everywhere.
 */
class FishCompletionIT {

  private static final CommandLine MODEL = LiveCommand.commandLine();

  @TempDir Path dir;
  private Path script;

  @BeforeEach
  void printTheScript() throws Exception {
    try (LiveProcess live = LiveProcess.start(dir, "completion", "fish")) {
      assertThat(live.awaitExit()).as(live.transcript()).isZero();
      script = Files.writeString(dir.resolve("live.fish"), live.stdout());
    }
  }

  @Test
  void theScriptHasALineForEverySubcommandAndOption() throws Exception {
    String text = Files.readString(script);
    for (Map.Entry<String, CommandLine> sub : MODEL.getSubcommands().entrySet()) {
      assertThat(text).contains("-n '__fish_use_subcommand' -a " + sub.getKey() + " -d '");
      for (String option : longNames(sub.getValue().getCommandSpec())) {
        assertThat(text)
            .as("the line of %s %s", sub.getKey(), option)
            .containsPattern(
                "(?m)^complete -c live -n '__fish_seen_subcommand_from "
                    + sub.getKey()
                    + "' .*-l "
                    + option.substring(2)
                    + " ");
      }
    }
  }

  @Test
  void fishCompletesEverySubcommandAndEveryOptionOfRun() throws Exception {
    Optional<Path> fish = ExternalTool.onPath("fish");
    assumeThat(fish).as("fish on the PATH (absent: the script's text is checked only)").isPresent();
    assertThat(fish(fish.get(), "--no-execute", script.toString()).exitCode())
        .as("fish parses the script")
        .isZero();

    assertThat(completions(fish.get(), "live ")).containsAll(MODEL.getSubcommands().keySet());
    assertThat(completions(fish.get(), "live run --"))
        .containsAll(longNames(MODEL.getSubcommands().get("run").getCommandSpec()));
    assertThat(completions(fish.get(), "live completion ")).contains("bash", "zsh", "fish");
    assertThat(completions(fish.get(), "live run --watch "))
        .as("a folder to watch is completed from the files")
        .contains("live.fish");
  }

  /** The words fish offers for the command line {@code typed}, without their descriptions. */
  private List<String> completions(Path fish, String typed) throws Exception {
    String command = "source " + script + "; complete --do-complete '" + typed + "'";
    ExternalTool.Result result = fish(fish, "--no-config", "-c", command);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.output().lines().map(line -> line.split("\t", 2)[0]).toList();
  }

  private ExternalTool.Result fish(Path fish, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(fish.toString()));
    command.addAll(List.of(args));
    // fish keeps history and settings under the home folder: a temporary one.
    return ExternalTool.run(
        dir, Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.toString()), command);
  }

  private static List<String> longNames(CommandSpec command) {
    return command.options().stream()
        .filter(option -> !option.hidden())
        .map(OptionSpec::longestName)
        .filter(name -> name.startsWith("--"))
        .toList();
  }
}
