package dev.live.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * A {@link ProjectFile}'s entries as the defaults of a command's options: each key is an option's
 * long name without {@code --} ({@code args} is the script's arguments), so every option of the
 * command is a key with no list to keep. An option given on the command line keeps its value.
 * Values are checked by picocli itself: each entry is parsed alone as {@code --key value} by a
 * fresh command, and the typed value is copied over. Relative paths are the project folder's.
 */
final class ProjectDefaults {

  static final String ARGUMENTS_KEY = "args";

  /** Options that are not defaults of a run. */
  private static final Set<String> NOT_KEYS = Set.of("help", "version", "no-config");

  private ProjectDefaults() {}

  /**
   * Sets the options of {@code spec} that the command line left out to the project's values.
   *
   * @param freshCommand a new, unparsed command of the same class, to parse one entry with
   * @param mainArgument the main file, the one positional a parse needs
   * @throws UsageException for an unknown key or a bad value, naming the file, line and key
   */
  static void apply(
      ProjectFile project, CommandSpec spec, Supplier<Object> freshCommand, String mainArgument) {
    ParseResult given = spec.commandLine().getParseResult();
    for (ProjectFile.Entry entry : project.entries()) {
      if (entry.key().equals(ARGUMENTS_KEY)) {
        PositionalParamSpec arguments = spec.positionalParameters().get(1);
        if (!given.hasMatchedPositional(arguments)) {
          arguments.setValue(new ArrayList<>(entry.values()));
        }
        continue;
      }
      OptionSpec option = spec.findOption("--" + entry.key());
      if (option == null || NOT_KEYS.contains(entry.key())) {
        throw project.error(entry.line(), entry.key(), "no such option; keys: " + keys(spec));
      }
      if (!given.hasMatchedOption(option)) {
        option.setValue(parsed(project, entry, option, freshCommand, mainArgument));
      }
    }
  }

  private static Object parsed(
      ProjectFile project,
      ProjectFile.Entry entry,
      OptionSpec option,
      Supplier<Object> freshCommand,
      String mainArgument) {
    if (entry.list() && !option.isMultiValue()) {
      throw project.error(entry.line(), entry.key(), "takes one value, not a list");
    }
    List<String> args = new ArrayList<>();
    for (String value : entry.values()) {
      args.addAll(asArguments(project, entry, option, value));
    }
    args.add(mainArgument);
    CommandLine fresh = new CommandLine(freshCommand.get());
    fresh.setCaseInsensitiveEnumValuesAllowed(true);
    try {
      fresh.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw project.error(entry.line(), entry.key(), e.getMessage());
    }
    return fresh.getCommandSpec().findOption(option.longestName()).getValue();
  }

  private static List<String> asArguments(
      ProjectFile project, ProjectFile.Entry entry, OptionSpec option, String value) {
    String name = option.longestName();
    if (option.arity().max() == 0) {
      if (!value.equals("true") && !value.equals("false")) {
        throw project.error(entry.line(), entry.key(), "is true or false, not '" + value + "'");
      }
      return value.equals("true") ? List.of(name) : List.of();
    }
    if (takesPaths(option)) {
      value = project.path().getParent().resolve(value).normalize().toString();
    }
    return List.of(name, value);
  }

  private static boolean takesPaths(OptionSpec option) {
    Class<?> type = option.type();
    if (Collection.class.isAssignableFrom(type)) {
      type = option.auxiliaryTypes()[0];
    }
    return type == Path.class;
  }

  private static String keys(CommandSpec spec) {
    Set<String> keys = new TreeSet<>();
    keys.add(ARGUMENTS_KEY);
    for (OptionSpec option : spec.options()) {
      String key = option.longestName().replaceFirst("^--", "");
      if (option.longestName().startsWith("--") && !NOT_KEYS.contains(key)) {
        keys.add(key);
      }
    }
    return String.join(", ", keys);
  }
}
