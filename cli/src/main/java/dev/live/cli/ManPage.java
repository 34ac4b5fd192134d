package dev.live.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man page of {@code live} in roff, made from the picocli model of every command, so an option
 * added to a command is documented there without more work. The build writes it into the
 * distribution (share/man/man1/live.1).
 */
public final class ManPage {

  private final StringBuilder roff = new StringBuilder();

  private ManPage() {}

  /** Writes the man page of live, version {@code args[1]}, to the file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, of(LiveCommand.commandLine(), args[1]));
  }

  /** The man page of the command {@code top} and its subcommands. */
  static String of(CommandLine top, String version) {
    ManPage page = new ManPage();
    CommandSpec spec = top.getCommandSpec();
    String name = spec.name();
    page.line(".TH " + name.toUpperCase(Locale.ROOT) + " 1 \"\" \"" + name + " " + version + "\"")
        .line(".SH NAME")
        .line(escape(name + " - " + String.join(" ", spec.usageMessage().description())))
        .line(".SH SYNOPSIS");
    page.synopsis(spec);
    for (CommandLine sub : top.getSubcommands().values()) {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        page.synopsis(sub.getCommandSpec());
      }
    }
    page.line(".SH OPTIONS").options(spec).line(".SH COMMANDS");
    for (CommandLine sub : top.getSubcommands().values()) {
      CommandSpec command = sub.getCommandSpec();
      if (!command.usageMessage().hidden()) {
        page.line(".SS " + quoted(command.qualifiedName()))
            .text(command.usageMessage().description())
            .positionals(command)
            .options(command);
      }
    }
    String footerHeading = spec.usageMessage().footerHeading().replace("%n", "").replace(":", "");
    if (spec.usageMessage().footer().length > 0 && !footerHeading.isBlank()) {
      page.line(".SH " + quoted(footerHeading.strip().toUpperCase(Locale.ROOT)))
          .text(spec.usageMessage().footer());
    }
    return page.environment().roff.toString();
  }

  private ManPage synopsis(CommandSpec command) {
    StringBuilder words = new StringBuilder(".B " + command.qualifiedName() + "\n");
    if (!command.options().isEmpty()) {
      words.append("[\\fIOPTIONS\\fR]");
    }
    if (!command.subcommands().isEmpty()) {
      words.append(" \\fICOMMAND\\fR");
    }
    for (PositionalParamSpec positional : command.positionalParameters()) {
      String label = "\\fI" + escape(positional.paramLabel()) + "\\fR";
      label += positional.isMultiValue() ? "..." : "";
      words.append(' ').append(positional.arity().min() == 0 ? "[" + label + "]" : label);
    }
    return line(words.toString().strip()).line(".br");
  }

  private ManPage positionals(CommandSpec command) {
    for (PositionalParamSpec positional : command.positionalParameters()) {
      if (!positional.hidden()) {
        line(".TP").line("\\fI" + escape(positional.paramLabel()) + "\\fR");
        text(positional.description());
      }
    }
    return this;
  }

  private ManPage options(CommandSpec command) {
    for (OptionSpec option : command.options()) {
      if (option.hidden()) {
        continue;
      }
      StringBuilder names = new StringBuilder();
      for (String name : option.names()) {
        names.append(names.length() == 0 ? "" : ", ").append("\\fB").append(escape(name));
        names.append("\\fR");
      }
      if (option.arity().max() > 0) {
        names.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
      }
      line(".TP").line(names.toString()).text(option.description());
    }
    return this;
  }

  /** What the launcher reads, which the command line model cannot know. */
  private ManPage environment() {
    line(".SH ENVIRONMENT");
    String[][] variables = {
      {"LIVE_JAVA_HOME", "The JDK to run on (default: the newest JDK 21+, JAVA_HOME, PATH)."},
      {
        "LIVE_JIT", "graal: the Graal JIT compiler for the engines that use it, on its JDK release."
      },
      {"LIVE_CDS", "off: no class-data sharing archive."},
      {"LIVE_JAVA_OPTS", "More options for the JVM, such as -Xmx2g."},
      {"NO_COLOR", "Plain status lines."},
      {"XDG_CACHE_HOME", "Where the class archive is kept (default ~/.cache/live)."},
      {"XDG_CONFIG_HOME", "Where the user's engines folder is (default ~/.config/live/engines)."}
    };
    for (String[] variable : variables) {
      line(".TP").line("\\fB" + variable[0] + "\\fR").line(escape(variable[1]));
    }
    return this;
  }

  /**
   * Lines as paragraphs of text; a line that starts with spaces (an example, a table) is kept as it
   * is.
   */
  private ManPage text(String[] lines) {
    boolean literal = false;
    for (String line : String.join("\n", lines).replace("%n", "\n").split("\n", -1)) {
      boolean indented = line.startsWith(" ");
      if (indented != literal) {
        line(indented ? ".nf" : ".fi");
        literal = indented;
      }
      line(line.isBlank() ? ".sp" : escape(line));
    }
    return literal ? line(".fi") : this;
  }

  private ManPage line(String line) {
    roff.append(line).append('\n');
    return this;
  }

  private static String quoted(String words) {
    return "\"" + words.replace("\"", "\\(dq") + "\"";
  }

  /** Text that roff shows as written: backslashes, minus signs and a leading dot or quote. */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    return List.of(".", "'").stream().anyMatch(escaped::startsWith) ? "\\&" + escaped : escaped;
  }
}
