package dev.live.cli;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.EngineRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code live engines}: the installed languages, their versions and extensions. */
@Command(
    name = "engines",
    mixinStandardHelpOptions = true,
    description = "Lists the installed languages: engine, version, file extensions.")
final class EnginesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EngineRegistry registry = EngineRegistry.discover(Main.class.getClassLoader())) {
      for (EngineProvider provider : registry.providers()) {
        EngineAdapter adapter = registry.adapter(provider);
        out.printf(
            "%-8s %-12s %-28s %-18s %s%n",
            provider.id(),
            provider.languageName(),
            adapter.engineVersion(),
            adapter.languageVersion(),
            provider.fileExtensions().stream().map(e -> "." + e).collect(Collectors.joining(" ")));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
