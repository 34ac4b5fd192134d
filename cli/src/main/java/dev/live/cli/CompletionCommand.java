package dev.live.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code live completion bash|zsh|fish}: a shell completion script on stdout. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a completion script for bash, zsh or fish.",
      "  bash: source <(live completion bash)     (or save it in ~/.local/share/bash-completion/completions/live)",
      "  zsh:  source <(live completion zsh)",
      "  fish: live completion fish | source      (or save it in ~/.config/fish/completions/live.fish)"
    })
final class CompletionCommand implements Callable<Integer> {

  /** The shells live writes a completion script for. */
  enum Shell {
    bash,
    zsh,
    fish
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish")
  Shell shell;

  @Override
  public Integer call() {
    CommandLine live = spec.parent().commandLine();
    String script =
        switch (shell) {
          case bash -> AutoComplete.bash("live", live);
          // picocli's bash script runs in zsh through its bash-completion emulation.
          case zsh ->
              "autoload -U +X compinit && compinit\n"
                  + "autoload -U +X bashcompinit && bashcompinit\n"
                  + AutoComplete.bash("live", live);
          case fish -> FishCompletion.of(live);
        };
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
