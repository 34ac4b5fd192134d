package dev.live.cli;

import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.EngineRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code live engines}: the installed languages, their versions and extensions, and where each came
 * from; then, for an extension several engines claim, which one runs it; then whether the JIT
 * compiler is on, and why not when it is off.
 */
@Command(
    name = "engines",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the installed languages: engine, version, file extensions, where each came from.",
      "Engines are built in, or added from the installation's engines folder, the user's",
      "(~/.config/live/engines) or --engine-path."
    })
final class EnginesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin EngineOptions engines = new EngineOptions();

  /**
   * The launcher's word on the JIT compiler ({@code -Dlive.jit}, with {@code -Dlive.jit.reason}
   * when it cannot run); empty when live was started some other way.
   */
  static Optional<String> jitState() {
    String state = System.getProperty("live.jit");
    if (state == null) {
      return Optional.empty();
    }
    return Optional.of(
        switch (state) {
          case "on" -> "on (Graal; hot code of the engines built on Truffle is compiled)";
          case "off" -> "off (LIVE_JIT=off)";
          default -> "off, interpreted: " + System.getProperty("live.jit.reason", state);
        });
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EngineRegistry registry = engines.registry(System.getenv())) {
      list(registry, out);
    }
    jitState().ifPresent(state -> out.printf("%nJIT compiler: %s%n", state));
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The registry's engines and which one runs an extension several claim, from what the providers
   * know: no engine is started.
   */
  static void list(EngineRegistry registry, PrintWriter out) {
    for (EngineProvider provider : registry.providers()) {
      out.printf(
          "%-8s %-12s %-28s %-18s %-10s %s%n",
          provider.id(),
          provider.languageName(),
          provider.engineVersion(),
          provider.languageVersion(),
          provider.fileExtensions().stream().map(e -> "." + e).collect(Collectors.joining(" ")),
          registry.origin(provider));
    }
    for (String extension : registry.extensions()) {
      List<EngineProvider> claimers = registry.claimers(extension);
      if (claimers.size() < 2) {
        continue;
      }
      EngineProvider running = registry.engineFor(extension).orElseThrow();
      out.printf(
          "%n.%s is claimed by %s: %s runs it (%s); choose with --engine %s=NAME%n",
          extension,
          claimers.stream().map(EngineProvider::id).collect(Collectors.joining(", ")),
          running.id(),
          registry.isChosen(extension) ? "chosen with --engine" : "the default",
          extension);
      for (EngineProvider claimer : claimers) {
        if (!claimer.interpreterNames().isEmpty()) {
          out.printf(
              "  a file whose first line is #!/usr/bin/env %s runs on %s%n",
              String.join(", ", claimer.interpreterNames()).replaceFirst(", ([^,]*)$", " or $1"),
              claimer.id());
        }
      }
    }
  }
}
