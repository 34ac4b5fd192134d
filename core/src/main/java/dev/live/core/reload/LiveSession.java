package dev.live.core.reload;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.modules.Fingerprint;
import dev.live.core.watch.IgnoreRules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A live session on one main file: runs it, watches every file the run used, and runs it again in
 * fresh scopes when one of them changes. Runs never overlap: a change that arrives while a run is
 * going cancels it first.
 *
 * <p>This is also the embedding API: a Java program hosts a live script with
 *
 * <pre>{@code
 * EngineRegistry engines = EngineRegistry.discover(MyApp.class.getClassLoader());
 * LiveSession session =
 *     LiveSession.builder(Path.of("prices.py"), engines)
 *         .bind("greeter", new Greeter())        // a global in every module, every language
 *         .listener(new SessionListener() {
 *           public void runFinished(RunResult result) {
 *             result.exportsIfOk().ifPresent(m -> System.out.println(m.get("total")));
 *           }
 *         })
 *         .build();
 * session.start();   // first run, then one run per save
 * ...
 * session.close();   // stops watching, cancels a run in flight, closes the engines
 * }</pre>
 *
 * <p>Threads: runs happen on one daemon thread, "live-run". File events arrive on the watcher's
 * thread and are coalesced on the scheduler's. {@link SessionListener#runStarting} and {@link
 * SessionListener#runFinished} are called on the run thread ({@link #runOnce()}: on the calling
 * thread), one run at a time, in run order; {@link SessionListener#warning} may come from any of
 * the session's threads. A slow listener delays the next run. Bound objects are called by scripts
 * on the run thread (or on threads a script starts).
 *
 * <p>Results: {@link RunResult#exports()} is the main module as bridge values. It, and every
 * function or object reached through it, is valid until the next run starts (its scopes are then
 * closed) or the session closes; copy what must outlive that, or read it in the listener. Values a
 * script keeps in {@code live.state} and the session's {@link #state()} outlive runs.
 *
 * <p>Ownership: the session owns the {@link EngineRegistry} given to {@link #builder} and closes
 * it, with the engines it started and the jars it loaded, in {@link #close()}. The caller owns the
 * session and must close it; objects it bound stay the caller's and are never closed by the
 * session.
 */
public final class LiveSession implements AutoCloseable {

  private final RunInputs inputs;
  private final SessionListener listener;
  private final RunLoop loop;
  private final Supplier<ChangeDetector> watching;

  private LiveSession(Builder builder) {
    Path workingDirectory = builder.workingDirectory.toAbsolutePath().normalize();
    List<Path> recursiveWatch =
        builder.extraWatch.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    List<Path> extraWatch = new ArrayList<>(recursiveWatch);
    builder.shallowWatch.stream().map(p -> p.toAbsolutePath().normalize()).forEach(extraWatch::add);
    this.inputs =
        RunInputs.of(
            builder.mainFile,
            workingDirectory,
            builder.arguments,
            builder.environment,
            builder.globals,
            builder.registry,
            builder.searchPath,
            this::fileUsed);
    this.listener = builder.listener;
    IgnoreRules ignore = IgnoreRules.of(builder.ignore, workingDirectory, builder.vcsIgnore);
    WatchSet watchSet = WatchSet.onDisk(ignore::ignoresBelow);
    this.loop =
        new RunLoop(
            inputs, List.copyOf(extraWatch), Set.copyOf(recursiveWatch), watchSet, listener);
    Duration debounce = builder.debounce;
    Duration poll = builder.poll;
    this.watching =
        () ->
            new ChangeDetector(
                watchSet, ignore, debounce, poll, loop::changesArrived, listener::warning);
  }

  public static Builder builder(Path mainFile, EngineRegistry registry) {
    return new Builder(mainFile, registry);
  }

  public Path mainFile() {
    return inputs.mainFile();
  }

  /** {@code live.state}: values scripts keep across runs, for the life of the session. */
  public Map<String, Object> state() {
    return inputs.state();
  }

  /**
   * Runs the main file once on the calling thread, without watching. The run's scopes, and so its
   * exports, stay usable until the next run starts or the session closes.
   */
  public RunResult runOnce() {
    RunResult result = loop.execute(Set.of());
    listener.runFinished(result);
    return result;
  }

  /**
   * Starts the first run and then watches. Returns at once; {@link #close()} ends it. Each run's
   * result goes to {@link SessionListener#runFinished} on the "live-run" thread.
   */
  public void start() {
    loop.start(watching);
  }

  /**
   * Runs the main file again at once although no file changed (a user asking for it), stopping a
   * run in flight first as a save does; the run's {@code changed} is empty. Does nothing before
   * {@link #start()} and after {@link #close()}; any thread may call it.
   */
  public void runAgain() {
    loop.runRequested();
  }

  /** For the run inputs, which are made before the loop they report to. */
  private void fileUsed(Path path, Fingerprint fingerprint) {
    loop.fileUsed(path, fingerprint);
  }

  /**
   * Stops watching, cancels a run in flight, calls the last run's dispose hooks and frees the
   * engines and the registry. Waits a bounded time (2 s) for a run that does not stop. No listener
   * is called after it returns, except for a run that could not be stopped. Safe to call more than
   * once and from any thread, a listener included.
   */
  @Override
  public void close() {
    if (loop.stop()) {
      inputs.registry().close();
    }
  }

  /** Options of a session. */
  public static final class Builder {
    private final Path mainFile;
    private final EngineRegistry registry;
    private Path workingDirectory = Path.of("").toAbsolutePath();
    private List<Path> searchPath = List.of();
    private List<Path> extraWatch = List.of();
    private List<Path> shallowWatch = List.of();
    private Duration debounce = Duration.ofMillis(10);
    private List<String> arguments = List.of();
    private Map<String, String> environment = Map.of();
    private Duration poll;
    private List<String> ignore = List.of();
    private boolean vcsIgnore = true;
    private SessionListener listener = new SessionListener() {};
    private final Map<String, Object> globals = new LinkedHashMap<>();

    private Builder(Path mainFile, EngineRegistry registry) {
      this.mainFile = Objects.requireNonNull(mainFile, "mainFile");
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Paths in messages are shown relative to this folder. Default: the current folder. */
    public Builder workingDirectory(Path folder) {
      this.workingDirectory = Objects.requireNonNull(folder);
      return this;
    }

    /** Folders {@code use} searches after the caller's and the main file's. */
    public Builder searchPath(List<Path> folders) {
      this.searchPath = List.copyOf(folders);
      return this;
    }

    /**
     * Files or folders that trigger a run when they change, whether or not a run reads them. A
     * folder is watched with its subfolders, less those the ignore rules rule out.
     */
    public Builder extraWatch(List<Path> paths) {
      this.extraWatch = List.copyOf(paths);
      return this;
    }

    /** Folders watched without their subfolders: a change of an entry in them triggers a run. */
    public Builder shallowWatch(List<Path> folders) {
      this.shallowWatch = List.copyOf(folders);
      return this;
    }

    /** Quiet period after the last file event before a run starts. Default 10 ms. */
    public Builder debounce(Duration quiet) {
      if (quiet.isNegative()) {
        throw new IllegalArgumentException("debounce must not be negative: " + quiet);
      }
      this.debounce = quiet;
      return this;
    }

    /** Arguments for the script: {@code sys.argv[1:]}, {@code live.args}. */
    public Builder arguments(List<String> arguments) {
      this.arguments = List.copyOf(arguments);
      return this;
    }

    /**
     * Environment variables of the runs, added to the process's or replacing them: what an engine
     * reads for its language's choices ({@code VIRTUAL_ENV}, say, as a shell's activate sets it),
     * through {@code RunServices.environment}. What the scripts read themselves ({@code
     * os.environ}, {@code process.env}) stays the process's. Default: none.
     */
    public Builder environment(Map<String, String> variables) {
      this.environment = Map.copyOf(variables);
      return this;
    }

    /** Poll the watched folders at this interval instead of waiting for file-system events. */
    public Builder poll(Duration interval) {
      if (interval != null && (interval.isNegative() || interval.isZero())) {
        throw new IllegalArgumentException("poll interval must be positive: " + interval);
      }
      this.poll = interval;
      return this;
    }

    /** Whether git's ignore rules apply below watched folders (the default), or only the rest. */
    public Builder vcsIgnore(boolean honoured) {
      this.vcsIgnore = honoured;
      return this;
    }

    /** Globs of paths whose changes never trigger a run (see {@link IgnoreRules}). */
    public Builder ignore(List<String> globs) {
      this.ignore = List.copyOf(globs);
      return this;
    }

    /**
     * Binds {@code value} as the global {@code name} in every module of every run, in every
     * language, next to {@code use} and {@code live}. The value crosses the bridge as any Java
     * value does: a {@link BridgeFunction} is a function of the script's language, a {@link
     * BridgeObject} an object with its keys as attributes, and any other object is the Java object
     * itself (its public methods are callable from JavaScript, Python and JSR-223 languages with
     * Java access). The name is not part of any module's exports. The same value is bound for every
     * run; it may be called from the run thread and from threads scripts start, so it should be
     * thread-safe if it has state.
     *
     * @param name an identifier of every language: letters, digits and {@code _}, not starting with
     *     a digit; not {@code use}, {@code live} or {@code process}
     */
    public Builder bind(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new IllegalArgumentException(
            "bind(\""
                + name
                + "\"): a global's name must be an identifier ([A-Za-z_][A-Za-z0-9_]*)");
      }
      if (List.of("use", "live", "process").contains(name)) {
        throw new IllegalArgumentException(
            "bind(\"" + name + "\"): '" + name + "' is a global live itself gives every module");
      }
      this.globals.put(name, value);
      return this;
    }

    /**
     * Who hears about runs. Called on the session's run thread; see {@link LiveSession} for the
     * threads and for how long a result's exports stay valid.
     */
    public Builder listener(SessionListener listener) {
      this.listener = Objects.requireNonNull(listener);
      return this;
    }

    /** The session; it owns the registry from now on and closes it. */
    public LiveSession build() {
      return new LiveSession(this);
    }
  }
}
