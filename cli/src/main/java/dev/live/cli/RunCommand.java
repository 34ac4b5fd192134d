package dev.live.cli;

import dev.live.core.engine.EngineHeadStart;
import dev.live.core.engine.EngineNotFoundException;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.SessionListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code live run FILE}: run, watch, run again on each save. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs FILE, watches every file the run used, and runs it again in fresh scopes each time",
      "one of them is saved. Ctrl-C ends it."
    })
final class RunCommand implements Callable<Integer> {

  private static final String SYSTEM_EXIT_NOTICE =
      "a script called System.exit (or Runtime.halt) through Java access, which ends live"
          + " itself. Use sys.exit(n) or process.exit(n) to end a run.";

  /** The variable a shell's activate sets, which engines read for the environment's packages. */
  private static final String VIRTUAL_ENV = "VIRTUAL_ENV";

  private final EngineHeadStart headStart;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The main script: .py, .js, .mjs, ...")
  Path file;

  @Parameters(
      index = "1..*",
      paramLabel = "ARGS",
      description = "Arguments for the script, after --.")
  List<String> scriptArguments = new ArrayList<>();

  @CommandLine.Mixin EngineOptions engines = new EngineOptions();

  @Option(
      names = "--once",
      description = "Run once without watching; exit 0 if the script succeeded, 1 if it failed.")
  boolean once;

  @Option(
      names = "--path",
      paramLabel = "DIR",
      description =
          "A folder where use() looks for modules, after the caller's and the main file's.")
  List<Path> searchPath = new ArrayList<>();

  @Option(
      names = "--venv",
      paramLabel = "DIR",
      description =
          "The virtual environment whose packages Python 3 imports, instead of $VIRTUAL_ENV or"
              + " .venv beside FILE (the engines read it as their VIRTUAL_ENV).")
  Path venv;

  @Option(
      names = "--watch",
      paramLabel = "PATH",
      description =
          "Also run again when this file, or anything in this folder and its subfolders, changes"
              + " (repeatable).")
  List<Path> extraWatch = new ArrayList<>();

  @Option(
      names = "--watch-shallow",
      paramLabel = "DIR",
      description = "Also run again when an entry of this folder changes, not of its subfolders.")
  List<Path> shallowWatch = new ArrayList<>();

  @Option(
      names = "--no-vcs-ignore",
      description = "Changes git ignores (.gitignore, info/exclude, global excludes) also count.")
  boolean noVcsIgnore;

  @Option(
      names = "--debounce",
      paramLabel = "MS",
      defaultValue = "10",
      description =
          "Quiet time after the last file event before running again (default: ${DEFAULT-VALUE}).")
  long debounceMillis;

  @Option(
      names = "--ignore",
      paramLabel = "GLOB",
      description = {
        "Changes to matching paths never trigger a run (repeatable): *.log, build/**.",
        "In watched folders, .gitignore, .ignore and .liveignore files apply too."
      })
  List<String> ignore = new ArrayList<>();

  @Option(
      names = "--poll",
      paramLabel = "MS",
      description =
          "Check the watched folders every MS milliseconds instead of waiting for file events"
              + " (network mounts, some containers).")
  Long pollMillis;

  @Option(names = "--clear", description = "Clear the screen before each run.")
  boolean clear;

  @Option(
      names = {"-q", "--quiet"},
      description = "No status lines; only the script's own output and errors.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show Java stack traces of errors and the project file used.")
  boolean verbose;

  @CommandLine.Mixin InteractionOptions interaction = new InteractionOptions();

  @Option(
      names = "--no-config",
      description = "Ignore the project file (" + ProjectFile.NAME + ") in FILE's folder or above.")
  boolean noConfig;

  RunCommand(EngineHeadStart headStart) {
    this.headStart = headStart;
  }

  @Override
  public Integer call() throws InterruptedException {
    Path main = file.toAbsolutePath().normalize();
    if (Files.isDirectory(main)) {
      throw new UsageException(
          file + " is a folder; name the script to run, such as " + file.resolve("main.py"));
    }
    Optional<ProjectFile> project = applyProjectFile(main);
    checkIntervals();
    checkSearchPath();
    EngineRegistry registry = registryFor(main);
    if (main.getParent() == null || !Files.isDirectory(main.getParent())) {
      registry.close();
      throw new UsageException(
          "folder " + main.getParent() + " does not exist; check the path " + file);
    }
    Console console =
        new Console(
            spec.commandLine().getErr(),
            new Console.Options(interaction.colours(), quiet, verbose, clear));
    console.detail(
        project.map(p -> "options from " + p.path()).orElse("no " + ProjectFile.NAME + " used"));
    Map<String, String> environment = environment();
    environment.forEach((name, value) -> console.detail(name + "=" + value + " for the engines"));
    // The console last: whoever sees a status line finds its event written and the keys ready.
    List<SessionListener> listeners = new ArrayList<>();
    Optional<EventLog> eventLog = interaction.openEvents(console::warning);
    eventLog.ifPresent(listeners::add);
    Optional<TerminalInput> keyboard = interaction.keyboard(once);
    keyboard.ifPresent(listeners::add);
    // A session that watches lives between saves: its heap goes back when it is quiet.
    Optional<IdleCollector> idleCollector =
        once ? Optional.empty() : Optional.of(new IdleCollector());
    idleCollector.ifPresent(listeners::add);
    listeners.add(console);
    LiveSession session;
    try {
      session =
          LiveSession.builder(main, registry)
              .searchPath(searchPath)
              .extraWatch(extraWatch)
              .shallowWatch(shallowWatch)
              .vcsIgnore(!noVcsIgnore)
              .debounce(Duration.ofMillis(debounceMillis))
              .arguments(scriptArguments)
              .environment(environment)
              .ignore(ignore)
              .poll(pollMillis == null ? null : Duration.ofMillis(pollMillis))
              .listener(new SessionListeners(listeners))
              .build();
    } catch (IllegalArgumentException e) {
      // An option the session refuses (a bad --ignore glob, say): its message names it.
      registry.close();
      throw new UsageException(e.getMessage(), e);
    }
    eventLog.ifPresent(log -> log.sessionStarted(main));
    keyboard.ifPresent(input -> input.share(session::runAgain));
    int status = once ? runOnce(session) : watchUntilStopped(session, console);
    eventLog.ifPresent(log -> log.sessionEnded(status));
    eventLog.ifPresent(EventLog::close);
    idleCollector.ifPresent(IdleCollector::close);
    return status;
  }

  /**
   * Takes the options the command line left out from the project file of {@code main}'s folder or
   * the nearest parent, unless {@code --no-config}.
   */
  private Optional<ProjectFile> applyProjectFile(Path main) {
    if (noConfig) {
      return Optional.empty();
    }
    Optional<ProjectFile> project = ProjectFile.find(main.getParent()).map(ProjectFile::read);
    project.ifPresent(
        p ->
            ProjectDefaults.apply(
                p, spec, () -> new RunCommand(EngineHeadStart.none()), file.toString()));
    return project;
  }

  /** The variables the options set for the engines: {@code --venv} as activate would. */
  private Map<String, String> environment() {
    return venv == null
        ? Map.of()
        : Map.of(VIRTUAL_ENV, venv.toAbsolutePath().normalize().toString());
  }

  private void checkIntervals() {
    if (debounceMillis < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--debounce must be 0 or more, got " + debounceMillis);
    }
    if (pollMillis != null && pollMillis <= 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--poll must be more than 0 milliseconds, got " + pollMillis);
    }
  }

  /** Every --path is a folder: a mistyped one would otherwise only show as a module not found. */
  private void checkSearchPath() {
    for (Path folder : searchPath) {
      if (!Files.isDirectory(folder)) {
        throw new UsageException(
            "--path "
                + folder
                + (Files.exists(folder) ? " is a file, not a folder" : " does not exist")
                + "; give a folder to look for modules in");
      }
    }
  }

  /** The engines, with the head start adopted and one engine at least for {@code main}. */
  private EngineRegistry registryFor(Path main) {
    EngineRegistry registry = engines.registry(System.getenv());
    registry.adopt(headStart);
    try {
      registry.providerFor(main);
    } catch (EngineNotFoundException e) {
      registry.close();
      throw new UsageException(e.getMessage(), e);
    }
    return registry;
  }

  private static int runOnce(LiveSession session) {
    try (session) {
      return ExitCodes.of(session.runOnce());
    }
  }

  /** Runs and watches until a signal has closed the session; returns the signal's exit code. */
  private int watchUntilStopped(LiveSession session, Console console) throws InterruptedException {
    Shutdown shutdown = new Shutdown(session::close);
    shutdown.handleSignals();
    shutdown.reportOtherExits(() -> console.fatal(SYSTEM_EXIT_NOTICE));
    session.start();
    int status = shutdown.awaitStatus();
    console.goodbye();
    return status;
  }
}
