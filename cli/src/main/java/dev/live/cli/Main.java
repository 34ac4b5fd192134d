package dev.live.cli;

import dev.live.core.engine.EngineHeadStart;
import dev.live.core.engine.EngineRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Entry point of the {@code live} command. */
public final class Main {

  /** A first line longer than this names no interpreter anyone uses. */
  private static final int FIRST_LINE_BYTES = 256;

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
    return fileToStart(args)
        .map(
            file ->
                EngineHeadStart.begin(
                    Main.class.getClassLoader(),
                    EngineRegistry.extensionOf(Path.of(file)),
                    firstLine(Path.of(file))))
        .orElse(EngineHeadStart.none());
  }

  /**
   * The start of a file, enough for a first line naming its interpreter; empty if unreadable or not
   * a regular file (opening a named pipe would wait for a writer).
   */
  private static String firstLine(Path file) {
    if (!Files.isRegularFile(file)) {
      return "";
    }
    try (InputStream in = Files.newInputStream(file)) {
      String start = new String(in.readNBytes(FIRST_LINE_BYTES), StandardCharsets.UTF_8);
      int end = start.indexOf('\n');
      return end < 0 ? start : start.substring(0, end);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** The extension of {@link #fileToStart}. */
  static Optional<String> extensionToStart(String[] args) {
    return fileToStart(args).map(file -> EngineRegistry.extensionOf(Path.of(file)));
  }

  /**
   * The last argument of {@code live run} before {@code --} that looks like a file with an
   * extension; empty for other commands, and with {@code --engine}, where the user picks engines.
   */
  static Optional<String> fileToStart(String[] args) {
    if (args.length < 2 || !args[0].equals("run")) {
      return Optional.empty();
    }
    String file = null;
    for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
      String arg = args[i];
      if (arg.equals("--engine") || arg.startsWith("--engine=")) {
        return Optional.empty();
      }
      String ofFile = arg.startsWith("-") ? "" : EngineRegistry.extensionOf(Path.of(arg));
      if (!ofFile.isEmpty()) {
        file = arg;
      }
    }
    return Optional.ofNullable(file);
  }
}
