package dev.live.core.reload;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.RunServices;
import dev.live.core.engine.SourceFile;
import dev.live.core.modules.Fingerprint;
import dev.live.core.modules.ModuleCycleException;
import dev.live.core.modules.ModuleNotFoundException;
import dev.live.core.modules.ModuleResolver;
import dev.live.core.modules.SourceFileException;
import dev.live.core.modules.SourceReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run: fresh scopes in every engine it touches, each module evaluated at most once, and a
 * record of every file it read or looked for.
 */
final class Run implements RunServices {

  private final int number;
  private final Set<Path> changed;
  private final RunInputs inputs;
  private final List<BridgeFunction> disposeHooks = new ArrayList<>();
  private final Map<Path, Fingerprint> filesUsed = new LinkedHashMap<>();
  private final Set<Path> watchedFolders = new LinkedHashSet<>();
  private final Map<Path, BridgeModule> loaded = new HashMap<>();
  private final Map<Path, EngineProvider> loadedBy = new HashMap<>();
  private final LinkedHashSet<Path> loading = new LinkedHashSet<>();
  private final Map<String, EngineRun> engineRuns = new LinkedHashMap<>();
  private final Set<String> warnings = new LinkedHashSet<>();
  private volatile boolean cancelled;
  private boolean cancelWatched;

  Run(int number, Set<Path> changed, RunInputs inputs) {
    this.number = number;
    this.changed = Set.copyOf(changed);
    this.inputs = inputs;
  }

  @Override
  public Map<String, Object> globals() {
    return inputs.globals();
  }

  BridgeModule evaluateMain() {
    return load(inputs.mainFile(), true, null);
  }

  @Override
  public Path mainFile() {
    return inputs.mainFile();
  }

  int number() {
    return number;
  }

  Set<Path> changed() {
    return changed;
  }

  @Override
  public List<Path> searchPath() {
    return inputs.resolver().searchPath();
  }

  @Override
  public List<String> arguments() {
    return inputs.arguments();
  }

  @Override
  public Map<String, String> environment() {
    return inputs.environment();
  }

  SharedMap state() {
    return inputs.state();
  }

  @Override
  public Object live(Path moduleFile) {
    return new LiveObject(this, moduleFile.toAbsolutePath().normalize());
  }

  @Override
  public void fileRead(Path file) {
    Path path = file.toAbsolutePath().normalize();
    recordFileUsed(path, Fingerprint.current(path));
  }

  /** {@code live.watch(path)}: a file, or a folder with its subfolders, that triggers a run. */
  void watch(Path path) {
    fileRead(path);
    synchronized (watchedFolders) {
      watchedFolders.add(path.toAbsolutePath().normalize());
    }
  }

  /** The paths given to {@code live.watch}; those that are folders are watched as trees. */
  Set<Path> watchedFolders() {
    synchronized (watchedFolders) {
      return Set.copyOf(watchedFolders);
    }
  }

  synchronized boolean hasDisposeHooks() {
    return !disposeHooks.isEmpty();
  }

  synchronized void onDispose(BridgeFunction hook) {
    disposeHooks.add(hook);
  }

  /**
   * Calls the dispose hooks, newest first, each even if an earlier one failed, and forgets them.
   *
   * @return what failed
   */
  List<Throwable> dispose() {
    List<BridgeFunction> hooks;
    synchronized (this) {
      hooks = new ArrayList<>(disposeHooks);
      disposeHooks.clear();
    }
    List<Throwable> failures = new ArrayList<>();
    for (int i = hooks.size() - 1; i >= 0; i--) {
      try {
        hooks.get(i).call(List.of());
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(e);
      }
    }
    return failures;
  }

  @Override
  public Object use(Object name, Path callerFile) {
    if (!(name instanceof String text)) {
      throw new IllegalArgumentException(
          "use() needs a module name as a string, got "
              + (name == null ? "nothing" : name.getClass().getSimpleName() + " " + name));
    }
    ModuleResolver.Resolution resolution;
    try {
      resolution = inputs.resolver().resolve(text, callerFile, inputs.mainFile());
    } catch (ModuleNotFoundException e) {
      // A failed lookup watches the paths it tried: creating one of them is the fix.
      e.tried().forEach(p -> recordFileUsed(p, Fingerprint.ABSENT));
      throw e;
    }
    if (!resolution.alsoMatching().isEmpty()
        && !inputs.resolver().sameLanguage(resolution.file(), callerFile)) {
      warn(
          "use(\""
              + text
              + "\") in "
              + displayName(callerFile)
              + " loads "
              + displayName(resolution.file())
              + ", but "
              + resolution.alsoMatching().stream()
                  .map(this::displayName)
                  .collect(Collectors.joining(" and "))
              + " also match"
              + (resolution.alsoMatching().size() == 1 ? "es" : "")
              + ". Name the file exactly, as use(\""
              + text
              + "."
              + EngineRegistry.extensionOf(resolution.alsoMatching().get(0))
              + "\"), to choose.");
    }
    for (Path tried : resolution.tried()) {
      if (!tried.equals(resolution.file())) {
        recordFileUsed(tried, Fingerprint.ABSENT);
      }
    }
    return load(resolution.file(), false, loadedBy.get(callerFile.toAbsolutePath().normalize()));
  }

  /**
   * @param caller the engine of the module that uses this one, if known
   */
  private BridgeModule load(Path file, boolean isMain, EngineProvider caller) {
    Path path = file.toAbsolutePath().normalize();
    BridgeModule cached = loaded.get(path);
    if (cached != null) {
      return cached;
    }
    if (loading.contains(path)) {
      List<Path> cycle = new ArrayList<>();
      boolean inCycle = false;
      for (Path p : loading) {
        inCycle |= p.equals(path);
        if (inCycle) {
          cycle.add(p);
        }
      }
      cycle.add(path);
      throw new ModuleCycleException(cycle);
    }
    checkNotCancelled();
    SourceReader.Read read;
    try {
      read = SourceReader.read(path, displayName(path));
    } catch (SourceFileException e) {
      recordFileUsed(path, Fingerprint.current(path));
      throw e;
    }
    recordFileUsed(path, Fingerprint.of(read.bytes()));
    if (isMain && read.text().isBlank()) {
      throw new SourceFileException(
          path, displayName(path) + " is empty: nothing to run yet. Save some code in it.", null);
    }
    EngineProvider provider = inputs.registry().providerFor(path, read.text(), caller);
    EngineRun engineRun = engineRun(provider);
    loadedBy.put(path, provider);
    loading.add(path);
    try {
      BridgeModule module =
          engineRun.evaluate(new SourceFile(path, displayName(path), read.text(), isMain));
      loaded.put(path, module);
      return module;
    } finally {
      loading.remove(path);
    }
  }

  private EngineRun engineRun(EngineProvider provider) {
    EngineRun existing = engineRuns.get(provider.id());
    if (existing != null) {
      return existing;
    }
    EngineAdapter adapter = inputs.registry().adapter(provider);
    EngineRun created = adapter.newRun(this);
    synchronized (engineRuns) {
      engineRuns.put(provider.id(), created);
    }
    if (cancelled) {
      created.cancel();
    }
    checkNotCancelled();
    return created;
  }

  private void checkNotCancelled() {
    if (cancelled) {
      throw new RunCancelledException();
    }
  }

  private void recordFileUsed(Path path, Fingerprint fingerprint) {
    synchronized (filesUsed) {
      filesUsed.putIfAbsent(path, fingerprint);
    }
    inputs.onFileUsed().accept(path, fingerprint);
  }

  @Override
  public String displayName(Path path) {
    return inputs.displayName(path);
  }

  private synchronized void warn(String message) {
    warnings.add(message);
  }

  /** Things the user should know about this run that did not fail it. */
  synchronized List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Every file the run read or looked for, with what it held at the time. */
  Map<Path, Fingerprint> filesUsed() {
    synchronized (filesUsed) {
      return new LinkedHashMap<>(filesUsed);
    }
  }

  /** The files the run used whose content is no longer what the run read. */
  Set<Path> filesChangedSinceUsed() {
    Set<Path> changedSince = new HashSet<>();
    filesUsed()
        .forEach(
            (path, used) -> {
              if (!Fingerprint.current(path).equals(used)) {
                changedSince.add(path);
              }
            });
    return changedSince;
  }

  /**
   * What the engines this run used suggest, in the order they started. Call after the run ended and
   * before {@link #close()}.
   */
  List<String> adviceAfter(Duration runTime) {
    List<String> advice = new ArrayList<>();
    for (EngineRun run : engineRunsSoFar()) {
      advice.addAll(run.adviceAfter(runTime));
    }
    return advice;
  }

  /**
   * Runs the work the engines' modules left pending (timers, posted completions) until none is
   * left, engine after engine, on the run thread. Every engine is asked at least once: one with
   * nothing pending may still end the run (an exit status the script set).
   */
  void runPendingWork() {
    do {
      checkNotCancelled();
      engineRunsSoFar().forEach(EngineRun::runPendingWork);
    } while (hasPendingWork());
  }

  /** True when an engine's modules left work for after the main module's evaluation. */
  boolean hasPendingWork() {
    return engineRunsSoFar().stream().anyMatch(EngineRun::hasPendingWork);
  }

  /** Stops the run from any thread. */
  void cancel() {
    cancelled = true;
    engineRunsSoFar().forEach(EngineRun::cancel);
  }

  private List<EngineRun> engineRunsSoFar() {
    synchronized (engineRuns) {
      return List.copyOf(engineRuns.values());
    }
  }

  boolean isCancelled() {
    return cancelled;
  }

  /** True the first time only: one warning per run that does not stop. */
  synchronized boolean markCancelWatched() {
    boolean first = !cancelWatched;
    cancelWatched = true;
    return first;
  }

  void close() {
    List<EngineRun> runs;
    synchronized (engineRuns) {
      runs = List.copyOf(engineRuns.values());
      engineRuns.clear();
    }
    for (EngineRun run : runs) {
      run.close();
    }
  }
}
