package dev.live.cli;

import dev.live.core.engine.EngineHeadStart;
import dev.live.core.engine.EngineRegistry;
import java.nio.file.Path;
import java.util.Optional;

/** Entry point of the {@code live} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Before an engine starts and keeps a reference to standard input.
    TerminalInput.installIfTerminal();
    EngineHeadStart headStart = headStartFor(args);
    System.exit(LiveCommand.commandLine(headStart).execute(args));
  }

  /**
   * Starts the engine that {@code live run FILE} will need, guessed from the raw arguments, before
   * picocli parses them: parsing and discovering the other engines take a tenth of a second that
   * the engine's start then overlaps. A wrong guess costs only CPU time, as the session runs the
   * engine the parsed command asks for.
   */
  static EngineHeadStart headStartFor(String[] args) {
    return extensionToStart(args)
        .map(extension -> EngineHeadStart.begin(Main.class.getClassLoader(), extension))
        .orElse(EngineHeadStart.none());
  }

  /**
   * The extension of the last argument of {@code live run} before {@code --} that looks like a file
   * with an extension; empty for other commands, and with {@code --engine}, where the user picks
   * engines.
   */
  static Optional<String> extensionToStart(String[] args) {
    if (args.length < 2 || !args[0].equals("run")) {
      return Optional.empty();
    }
    String extension = null;
    for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
      String arg = args[i];
      if (arg.equals("--engine") || arg.startsWith("--engine=")) {
        return Optional.empty();
      }
      String ofFile = arg.startsWith("-") ? "" : EngineRegistry.extensionOf(Path.of(arg));
      if (!ofFile.isEmpty()) {
        extension = ofFile;
      }
    }
    return Optional.ofNullable(extension);
  }
}
