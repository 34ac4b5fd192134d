package dev.live.cli;

import dev.live.core.engine.EngineHeadStart;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code live}: the top command, holding the subcommands. */
@Command(
    name = "live",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs a script, watches every file it used, and runs it again on each save.",
    subcommands = {
      RunCommand.class,
      EnginesCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  live run main.py             run, watch, re-run on every save, until Ctrl-C",
      "  live run main.js -- a b      arguments after -- reach the script",
      "  live run --once main.py      run once and exit with the script's status",
      "  live engines                 list the installed languages",
      "  source <(live completion bash)   tab completion in bash (also: zsh, fish)",
      "",
      "Exit codes: 0 ok, 1 script failed (--once), 2 usage error,",
      "130 Ctrl-C, 143 SIGTERM, 129 terminal closed."
    })
final class LiveCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static CommandLine commandLine() {
    return commandLine(EngineHeadStart.none());
  }

  /** The command line; {@code live run} adopts the engine {@code headStart} began, if it fits. */
  static CommandLine commandLine(EngineHeadStart headStart) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == RunCommand.class) {
              return type.cast(new RunCommand(headStart));
            }
            return CommandLine.defaultFactory().create(type);
          }
        };
    CommandLine commandLine = new CommandLine(new LiveCommand(), factory);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(ExitCodes::ofException);
    commandLine.setExecutionExceptionHandler(ExitCodes::report);
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, such as: live run main.py");
  }
}
