package dev.live.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code live completion bash|zsh}: a shell completion script on stdout. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a completion script for bash or zsh.",
      "  bash: source <(live completion bash)     (or save it in ~/.local/share/bash-completion/completions/live)",
      "  zsh:  source <(live completion zsh)"
    })
final class CompletionCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh")
  String shell;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("live", spec.parent().commandLine());
    switch (shell) {
      case "bash" -> spec.commandLine().getOut().print(script);
      case "zsh" ->
          // picocli's script runs in zsh through its bash-completion emulation.
          spec.commandLine()
              .getOut()
              .print(
                  "autoload -U +X compinit && compinit\n"
                      + "autoload -U +X bashcompinit && bashcompinit\n"
                      + script);
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(), "unknown shell '" + shell + "': use bash or zsh");
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
