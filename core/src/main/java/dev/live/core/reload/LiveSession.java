package dev.live.core.reload;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.concurrent.DaemonThreads;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.modules.Fingerprint;
import dev.live.core.watch.ChangeBatch;
import dev.live.core.watch.FileWatcher;
import dev.live.core.watch.FolderWatcher;
import dev.live.core.watch.IgnoreRules;
import dev.live.core.watch.PollingWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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

  /** How long a cancelled run may take to stop before the session says so and waits on. */
  private static final Duration CANCEL_GRACE = Duration.ofSeconds(2);

  private final RunInputs inputs;
  private final Path workingDirectory;
  private final EngineRegistry registry;
  private final Duration debounce;
  private final List<Path> extraWatch;
  private final SessionListener listener;
  private final Duration poll;
  private final IgnoreRules ignore;

  private final Object lock = new Object();
  private final Map<Path, Fingerprint> known = new HashMap<>();
  private final Set<Path> pending = new LinkedHashSet<>();
  private Run current;
  private Run previous;

  /** Watched files whose content changed while the latest run ran (the run's own writes, say). */
  private Set<Path> changedDuringLastRun = Set.of();

  private final java.util.ArrayDeque<Long> selfTriggeredStarts = new java.util.ArrayDeque<>();
  private final Set<String> warned = new java.util.HashSet<>();
  private int runNumber;
  private volatile boolean closed;

  private Thread runThread;
  private FolderWatcher watcher;
  private ScheduledExecutorService timer;
  private Debouncer debouncer;

  private LiveSession(Builder builder) {
    this.workingDirectory = builder.workingDirectory.toAbsolutePath().normalize();
    this.registry = builder.registry;
    this.debounce = builder.debounce;
    this.extraWatch = builder.extraWatch.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.listener = builder.listener;
    this.poll = builder.poll;
    this.ignore = IgnoreRules.of(builder.ignore, workingDirectory, extraWatch);
    this.inputs =
        RunInputs.of(
            builder.mainFile,
            workingDirectory,
            builder.arguments,
            builder.globals,
            registry,
            builder.searchPath,
            this::recordSeen);
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
    RunResult result = execute(Set.of());
    listener.runFinished(result);
    return result;
  }

  /**
   * Starts the first run and then watches. Returns at once; {@link #close()} ends it. Each run's
   * result goes to {@link SessionListener#runFinished} on the "live-run" thread.
   */
  public synchronized void start() {
    if (runThread != null) {
      throw new IllegalStateException("session already started");
    }
    timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("live-debounce"));
    debouncer =
        new Debouncer(debounce, debounce.multipliedBy(10), Scheduler.of(timer), this::onChanges);
    java.util.function.Consumer<Exception> watchError =
        e -> listener.warning("file watcher: " + e.getMessage());
    watcher =
        poll != null
            ? new PollingWatcher(poll, debouncer::signal, watchError)
            : new FileWatcher(debouncer::signal, watchError);
    runThread = new Thread(this::runLoop, "live-run");
    runThread.setDaemon(true);
    runThread.start();
  }

  private void runLoop() {
    Set<Path> changed = Set.of();
    while (!closed) {
      RunResult result = execute(changed);
      if (closed) {
        return;
      }
      watchKnownFiles();
      listener.runFinished(result);
      try {
        changed = awaitChanges();
        while (!closed && isRunningItselfInALoop(changed)) {
          changed = awaitChanges();
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static final java.util.regex.Pattern INTERNAL_THREADS =
      java.util.regex.Pattern.compile(
          "live-.*|FileSystemWatchService|Cleaner-\\d+|Common-Cleaner|process reaper"
              + "|Attach Listener|ForkJoinPool.*|JVMCI.*|Truffle.*|Graal.*|Polyglot.*|VirtualThread-.*");

  /** How long a save may leave a watched file missing or empty (see {@link #isMidSave}). */
  private static final Duration MID_SAVE_GRACE = Duration.ofMillis(60);

  /** Watched files seen missing or empty once, waiting for their second look. */
  private final Set<Path> midSave = new java.util.HashSet<>();

  /** How many runs, each started by a change made during the one before, mean a loop. */
  private static final int SELF_TRIGGERED_RUNS = 5;

  /** ... when they all start within this time: no one saves that fast by hand. */
  private static final Duration SELF_TRIGGER_WINDOW = Duration.ofSeconds(3);

  /**
   * A script that writes a file it watches starts the next run itself, forever. Such a loop is told
   * apart from a person saving by its pace: several runs in a row, each started by a change made
   * while the previous one ran, all within a few seconds. Then live says so and waits for a change
   * made while nothing runs.
   */
  private boolean isRunningItselfInALoop(Set<Path> changed) {
    boolean selfTriggered;
    synchronized (lock) {
      selfTriggered = !changed.isEmpty() && changedDuringLastRun.containsAll(changed);
    }
    long now = System.nanoTime();
    if (!selfTriggered) {
      selfTriggeredStarts.clear();
      return false;
    }
    selfTriggeredStarts.addLast(now);
    while (now - selfTriggeredStarts.peekFirst() > SELF_TRIGGER_WINDOW.toNanos()) {
      selfTriggeredStarts.removeFirst();
    }
    if (selfTriggeredStarts.size() < SELF_TRIGGERED_RUNS) {
      return false;
    }
    selfTriggeredStarts.clear();
    listener.warning(
        "each run changes "
            + changed.stream().map(inputs::displayName).sorted().toList()
            + ", which the script watches, so every run starts the next one: live stops"
            + " re-running here. Save a file to run again; to keep writing that file, exclude it"
            + " with --ignore or write outside the watched files.");
    return true;
  }

  private RunResult execute(Set<Path> changed) {
    int number;
    Run run;
    synchronized (lock) {
      number = ++runNumber;
      run = new Run(number, changed, inputs);
    }
    listener.runStarting(number, changed);
    // The previous run's scopes live until now, so callbacks it left behind keep working while
    // it is the latest run; its dispose hooks run first, while they still can.
    closeRun(previous);
    synchronized (lock) {
      current = run;
    }
    Set<Thread> threadsBefore = liveThreads();
    long start = System.nanoTime();
    BridgeModule exports = null;
    Throwable error = null;
    try {
      exports = run.evaluateMain();
    } catch (Throwable t) {
      error = run.isCancelled() ? new RunCancelledException(t) : t;
      if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
        throw (VirtualMachineError) t;
      }
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    Set<Path> watched = new LinkedHashSet<>(run.filesUsed().keySet());
    watched.addAll(extraWatch);
    reportWarnings(run, threadsBefore);
    synchronized (lock) {
      current = null;
      // A run stopped by a save was not what changed the file: someone saved while it ran (a
      // loop, a server). Only runs that ended on their own count towards a self-made loop.
      changedDuringLastRun = run.isCancelled() ? Set.of() : run.filesChangedSinceUsed();
      previous = run;
      // The watch set is now exactly what this run saw, plus what changed while it ran.
      Map<Path, Fingerprint> now = new LinkedHashMap<>(run.filesUsed());
      for (Path path : extraWatch) {
        now.putIfAbsent(path, Fingerprint.current(path));
      }
      for (Path path : pending) {
        now.put(path, Fingerprint.current(path));
      }
      addMissingFolders(now);
      known.clear();
      known.putAll(now);
    }
    return new RunResult(
        number, Set.copyOf(changed), duration, exports, error, Set.copyOf(watched), List.of());
  }

  private void reportWarnings(Run run, Set<Thread> threadsBefore) {
    for (String warning : run.warnings()) {
      if (warned.add(warning)) {
        listener.warning(warning);
      }
    }
    if (run.hasDisposeHooks()) {
      return;
    }
    List<String> started = new ArrayList<>();
    for (Thread thread : liveThreads()) {
      // Threads a script starts inherit the run thread's daemon flag, so daemon threads count
      // too. The session's own threads are named live-*; the JDK and the engines start a few of
      // their own the first time they are used.
      if (!threadsBefore.contains(thread)
          && thread.isAlive()
          && !INTERNAL_THREADS.matcher(thread.getName()).matches()) {
        started.add(thread.getName());
      }
    }
    if (!started.isEmpty()) {
      listener.warning(
          "run "
              + run.number()
              + " left "
              + (started.size() == 1 ? "a thread" : started.size() + " threads")
              + " running ("
              + String.join(", ", started)
              + "); they keep running across reloads. Stop them in live.onDispose(...).");
    }
  }

  /**
   * A file {@code use} looked for may sit in a folder that does not exist yet; watching the folders
   * up to one that exists lets creating the folder, then the file, trigger runs.
   */
  private static void addMissingFolders(Map<Path, Fingerprint> files) {
    for (Path path : List.copyOf(files.keySet())) {
      Path folder = path.getParent();
      while (folder != null && !Files.isDirectory(folder)) {
        files.putIfAbsent(folder, Fingerprint.ABSENT);
        folder = folder.getParent();
      }
    }
  }

  private void recordSeen(Path path, Fingerprint fingerprint) {
    synchronized (lock) {
      known.put(path, fingerprint);
    }
    // A file first read by this run is watched from now on, so that saving it stops this run.
    if (watcher != null && !watcher.folders().contains(path.getParent())) {
      Set<Path> folders = new LinkedHashSet<>(watcher.folders());
      folders.add(path.getParent());
      watchFolders(folders);
    }
  }

  private void watchKnownFiles() {
    Set<Path> folders = new LinkedHashSet<>();
    synchronized (lock) {
      for (Path path : known.keySet()) {
        folders.add(Files.isDirectory(path) ? path : path.getParent());
      }
    }
    watchFolders(folders);
  }

  private void watchFolders(Set<Path> folders) {
    try {
      if (watcher.watch(folders)) {
        // Events between the old watcher and the new one are lost; compare contents instead.
        Set<Path> paths;
        synchronized (lock) {
          paths = Set.copyOf(known.keySet());
        }
        onChanges(new ChangeBatch(paths));
      }
    } catch (IOException e) {
      listener.warning("cannot watch " + folders + ": " + e.getMessage());
    }
  }

  /**
   * The platform threads alive now. Not {@link Thread#getAllStackTraces()}: it stops the JVM to
   * walk every thread's stack, a millisecond or so of each reload, for names only.
   */
  private static Set<Thread> liveThreads() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count;
    while ((count = root.enumerate(threads, true)) == threads.length) {
      threads = new Thread[threads.length * 2];
    }
    return new HashSet<>(Arrays.asList(threads).subList(0, count));
  }

  /** Debounced file events: keep those that changed a watched file's content. */
  private void onChanges(ChangeBatch batch) {
    synchronized (lock) {
      for (Path changed : batch.paths()) {
        if (ignore.ignores(changed)) {
          continue;
        }
        for (Path path : affectedBy(changed)) {
          Fingerprint before = known.get(path);
          Fingerprint now = Fingerprint.current(path);
          if (now.equals(before) || isMidSave(path, before, now)) {
            continue;
          }
          known.put(path, now);
          pending.add(path);
        }
      }
      if (!pending.isEmpty()) {
        lock.notifyAll();
        if (current != null) {
          cancel(current);
        }
      }
    }
  }

  /**
   * Editors save in steps: vim renames the file away before writing the new one, IntelliJ renames a
   * temporary file over it, others truncate it and then write. A watched file found missing or
   * empty is therefore looked at once more after {@link #MID_SAVE_GRACE}; only if it is still so
   * does it count as a change (a real deletion, a file really emptied). This keeps the quiet period
   * short without running on a half-saved file.
   */
  private boolean isMidSave(Path path, Fingerprint before, Fingerprint now) {
    boolean missingOrEmpty = now.equals(Fingerprint.ABSENT) || now.equals(Fingerprint.EMPTY);
    if (!missingOrEmpty || timer == null || timer.isShutdown() || !midSave.add(path)) {
      midSave.remove(path);
      return false;
    }
    timer.schedule(() -> debouncer.signal(path), MID_SAVE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    return true;
  }

  /**
   * The watched paths a change of {@code changed} may affect: the path itself, the folder it is in
   * (a folder given to live.watch or --watch), and everything watched below it (a watched folder
   * renamed away or back).
   */
  private List<Path> affectedBy(Path changed) {
    List<Path> affected = new ArrayList<>();
    for (Path path : known.keySet()) {
      if (path.startsWith(changed) || path.equals(changed.getParent())) {
        affected.add(path);
      }
    }
    return affected;
  }

  /**
   * Cancels a run and, if it has not stopped after a grace period, says so: a loop inside a native
   * builtin cannot be stopped, and the next run then starts only when it ends.
   */
  private void cancel(Run run) {
    run.cancel();
    if (timer != null && !timer.isShutdown() && run.markCancelWatched()) {
      timer.schedule(
          () -> {
            synchronized (lock) {
              if (current != run || closed) {
                return;
              }
            }
            listener.warning(
                "run "
                    + run.number()
                    + " does not stop: it is inside a call that cannot be interrupted (a long"
                    + " builtin, say). The next run starts as soon as it returns.");
          },
          CANCEL_GRACE.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private Set<Path> awaitChanges() throws InterruptedException {
    synchronized (lock) {
      while (pending.isEmpty() && !closed) {
        lock.wait();
      }
      Set<Path> changed = Set.copyOf(pending);
      pending.clear();
      return changed;
    }
  }

  private void closeRun(Run run) {
    if (run != null) {
      for (Throwable failure : run.dispose()) {
        listener.warning(
            "a live.onDispose hook of run "
                + run.number()
                + " failed:\n"
                + (failure instanceof ScriptFailedException script
                    ? script.scriptTrace()
                    : failure.toString()));
      }
      run.close();
    }
  }

  /**
   * Stops watching, cancels a run in flight, calls the last run's dispose hooks and frees the
   * engines and the registry. Waits a bounded time (2 s) for a run that does not stop. No listener
   * is called after it returns, except for a run that could not be stopped. Safe to call more than
   * once and from any thread, a listener included.
   */
  @Override
  public void close() {
    Thread thread;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (current != null) {
        current.cancel();
      }
      lock.notifyAll();
      thread = runThread;
    }
    if (watcher != null) {
      watcher.close();
    }
    if (timer != null) {
      timer.shutdownNow();
    }
    if (thread != null) {
      try {
        thread.join(CANCEL_GRACE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        // A script stuck where no engine can stop it; the thread is a daemon and dies with the JVM.
        return;
      }
    }
    closeRun(previous);
    registry.close();
  }

  /** Options of a session. */
  public static final class Builder {
    private final Path mainFile;
    private final EngineRegistry registry;
    private Path workingDirectory = Path.of("").toAbsolutePath();
    private List<Path> searchPath = List.of();
    private List<Path> extraWatch = List.of();
    private Duration debounce = Duration.ofMillis(10);
    private List<String> arguments = List.of();
    private Duration poll;
    private List<String> ignore = List.of();
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

    /** Files or folders that trigger a run when they change, whether or not a run reads them. */
    public Builder extraWatch(List<Path> paths) {
      this.extraWatch = List.copyOf(paths);
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

    /** Poll the watched folders at this interval instead of waiting for file-system events. */
    public Builder poll(Duration interval) {
      if (interval != null && (interval.isNegative() || interval.isZero())) {
        throw new IllegalArgumentException("poll interval must be positive: " + interval);
      }
      this.poll = interval;
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
     * value does: a {@link dev.live.core.bridge.BridgeFunction} is a function of the script's
     * language, a {@link dev.live.core.bridge.BridgeObject} an object with its keys as attributes,
     * and any other object is the Java object itself (its public methods are callable from
     * JavaScript, Python and JSR-223 languages with Java access). The name is not part of any
     * module's exports. The same value is bound for every run; it may be called from the run thread
     * and from threads scripts start, so it should be thread-safe if it has state.
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
