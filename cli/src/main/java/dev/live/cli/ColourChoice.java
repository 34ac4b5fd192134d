package dev.live.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Whether the runner's lines on stderr are coloured: {@code --color always} or {@code never} as
 * asked; with {@code auto}, never when {@code NO_COLOR} is set and not empty, always when {@code
 * CLICOLOR_FORCE} is set and not 0, else when stderr is a terminal.
 */
final class ColourChoice {

  /** The values of {@code --color}. */
  enum When {
    AUTO,
    ALWAYS,
    NEVER
  }

  /** The values of {@code --color} as the user types them, for help and completion. */
  static final class Values implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("auto", "always", "never").iterator();
    }
  }

  private ColourChoice() {}

  /** The choice for this process: its environment and its stderr. */
  static boolean colours(When when) {
    return colours(when, System.getenv(), Terminals.stderr());
  }

  static boolean colours(When when, Map<String, String> environment, boolean stderrIsTerminal) {
    return switch (when) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> {
        if (isSet(environment.get("NO_COLOR"))) {
          yield false;
        }
        String force = environment.get("CLICOLOR_FORCE");
        yield (isSet(force) && !force.equals("0")) || stderrIsTerminal;
      }
    };
  }

  private static boolean isSet(String value) {
    return value != null && !value.isEmpty();
  }
}
