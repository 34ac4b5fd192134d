package dev.live.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The fish completion script of a command and its subcommands, made from the picocli model (whose
 * own generator writes bash only): one {@code complete} line per subcommand, option and parameter.
 */
final class FishCompletion {

  private final String command;
  private final StringBuilder script = new StringBuilder();

  private FishCompletion(String command) {
    this.command = command;
  }

  static String of(CommandLine top) {
    FishCompletion completion = new FishCompletion(top.getCommandName());
    completion.script.append("# fish completion for ").append(completion.command);
    completion.script.append(": live completion fish | source\n");
    // No file names where a command takes none; parameters that are files turn them back on.
    completion.complete("", "-f");
    String atTop = "__fish_use_subcommand";
    completion.options(top.getCommandSpec(), atTop);
    for (CommandLine sub : top.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.usageMessage().hidden()) {
        continue;
      }
      completion.complete(
          atTop, "-a " + spec.name() + described(spec.usageMessage().description()));
      String inSub = "__fish_seen_subcommand_from " + spec.name();
      completion.options(spec, inSub);
      if (spec.helpCommand()) {
        completion.complete(inSub, "-a " + quoted(String.join(" ", top.getSubcommands().keySet())));
      }
      for (PositionalParamSpec positional : spec.positionalParameters()) {
        List<String> candidates = candidates(positional);
        if (!candidates.isEmpty()) {
          completion.complete(inSub, "-a " + quoted(String.join(" ", candidates)));
        } else if (isFile(positional)) {
          completion.complete(inSub, "-F");
        }
      }
    }
    return completion.script.toString();
  }

  private void options(CommandSpec spec, String condition) {
    for (OptionSpec option : spec.options()) {
      if (option.hidden()) {
        continue;
      }
      List<String> flags = new ArrayList<>();
      for (String name : option.names()) {
        if (name.startsWith("--")) {
          flags.add("-l " + name.substring(2));
        } else if (name.length() == 2) {
          flags.add("-s " + name.substring(1));
        } else {
          flags.add("-o " + name.substring(1));
        }
      }
      if (option.arity().max() > 0) {
        flags.add(values(option));
      }
      complete(condition, String.join(" ", flags) + described(option.description()));
    }
  }

  /** What follows an option: one of its candidates, a file or any word. */
  private static String values(OptionSpec option) {
    List<String> candidates = candidates(option);
    if (!candidates.isEmpty()) {
      return "-x -a " + quoted(String.join(" ", candidates));
    }
    return isFile(option) ? "-r -F" : "-x";
  }

  private static List<String> candidates(ArgSpec arg) {
    List<String> candidates = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(candidates::add);
    }
    return candidates;
  }

  private static boolean isFile(ArgSpec arg) {
    boolean file = arg.type() == Path.class || arg.type() == File.class;
    for (Class<?> type : arg.auxiliaryTypes()) {
      file |= type == Path.class || type == File.class;
    }
    return file;
  }

  private void complete(String condition, String rest) {
    script.append("complete -c ").append(command);
    if (!condition.isEmpty()) {
      script.append(" -n ").append(quoted(condition));
    }
    script.append(' ').append(rest).append('\n');
  }

  /** {@code -d} with the first sentence of a description, or nothing. */
  private static String described(String[] description) {
    String text = String.join(" ", description).replace("%n", " ").strip();
    int end = text.indexOf(". ");
    return text.isEmpty() ? "" : " -d " + quoted(end < 0 ? text : text.substring(0, end + 1));
  }

  /** A fish single-quoted word: only a backslash and a quote need escaping. */
  private static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
