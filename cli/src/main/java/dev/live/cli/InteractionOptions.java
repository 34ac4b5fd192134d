package dev.live.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The options of {@code live run} that say how a session talks with its user and with programs:
 * colours, the re-run keys on the terminal, the events file.
 */
final class InteractionOptions {

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      completionCandidates = ColourChoice.Values.class,
      description = {
        "Colour the status lines: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
        "auto: when stderr is a terminal, never with NO_COLOR, always with CLICOLOR_FORCE."
      })
  ColourChoice.When color;

  @Option(
      names = "--no-stdin",
      description =
          "Do not read Enter or rs from a terminal to run again; stdin is the script's alone.")
  boolean noStdin;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description =
          "Append one JSON object a line to FILE for each session and run start and end"
              + " (/dev/fd/3 for a descriptor).")
  Path events;

  boolean colours() {
    return ColourChoice.colours(color);
  }

  /**
   * The events file, if asked for.
   *
   * @throws UsageException when it cannot be opened
   */
  Optional<EventLog> openEvents(Consumer<String> warning) {
    return Optional.ofNullable(events).map(file -> EventLog.open(file, warning));
  }

  /** The terminal to share for the re-run keys: none with {@code --once}, {@code --no-stdin}. */
  Optional<TerminalInput> keyboard(boolean once) {
    return once || noStdin ? Optional.empty() : TerminalInput.installIfTerminal();
  }
}
