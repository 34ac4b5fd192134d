package dev.live.core.reload;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.RunContext;
import dev.live.core.engine.ScriptRun;
import dev.live.core.engine.SourceFile;
import dev.live.core.modules.Fingerprint;
import dev.live.core.modules.ModuleCycleException;
import dev.live.core.modules.ModuleNotFoundException;
import dev.live.core.modules.ModuleResolver;
import dev.live.core.modules.SourceFileException;
import dev.live.core.modules.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One run: fresh scopes in every engine it touches, each module evaluated at most once, and a
 * record of every file it read or looked for.
 */
final class Run implements RunContext {

  private final Path mainFile;
  private final Path workingDirectory;
  private final EngineRegistry registry;
  private final ModuleResolver resolver;
  private final BiConsumer<Path, Fingerprint> onFileSeen;

  private final Map<Path, Fingerprint> seen = new LinkedHashMap<>();
  private final Map<Path, BridgeModule> loaded = new HashMap<>();
  private final LinkedHashSet<Path> loading = new LinkedHashSet<>();
  private final Map<String, ScriptRun> scriptRuns = new LinkedHashMap<>();
  private volatile boolean cancelled;

  Run(
      Path mainFile,
      Path workingDirectory,
      EngineRegistry registry,
      ModuleResolver resolver,
      BiConsumer<Path, Fingerprint> onFileSeen) {
    this.mainFile = mainFile.toAbsolutePath().normalize();
    this.workingDirectory = workingDirectory;
    this.registry = registry;
    this.resolver = resolver;
    this.onFileSeen = onFileSeen;
  }

  BridgeModule evaluateMain() {
    return load(mainFile, true);
  }

  @Override
  public Path mainFile() {
    return mainFile;
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
      resolution = resolver.resolve(text, callerFile, mainFile);
    } catch (ModuleNotFoundException e) {
      // A failed lookup watches the paths it tried: creating one of them is the fix.
      e.tried().forEach(p -> see(p, Fingerprint.ABSENT));
      throw e;
    }
    for (Path tried : resolution.tried()) {
      if (!tried.equals(resolution.file())) {
        see(tried, Fingerprint.ABSENT);
      }
    }
    return load(resolution.file(), false);
  }

  private BridgeModule load(Path file, boolean isMain) {
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
      read = SourceReader.read(path);
    } catch (SourceFileException e) {
      see(path, Fingerprint.current(path));
      throw e;
    }
    see(path, Fingerprint.of(read.bytes()));
    EngineProvider provider = registry.providerFor(path);
    ScriptRun scriptRun = scriptRun(provider);
    loading.add(path);
    try {
      BridgeModule module =
          scriptRun.evaluate(new SourceFile(path, displayName(path), read.text(), isMain));
      loaded.put(path, module);
      return module;
    } finally {
      loading.remove(path);
    }
  }

  private ScriptRun scriptRun(EngineProvider provider) {
    ScriptRun existing = scriptRuns.get(provider.id());
    if (existing != null) {
      return existing;
    }
    EngineAdapter adapter = registry.adapter(provider);
    ScriptRun created = adapter.newRun(this);
    synchronized (scriptRuns) {
      scriptRuns.put(provider.id(), created);
    }
    if (cancelled) {
      created.cancel();
    }
    checkNotCancelled();
    return created;
  }

  private void checkNotCancelled() {
    if (cancelled) {
      throw new RunCancelledException("run cancelled", null);
    }
  }

  private void see(Path path, Fingerprint fingerprint) {
    seen.putIfAbsent(path, fingerprint);
    onFileSeen.accept(path, fingerprint);
  }

  @Override
  public String displayName(Path path) {
    return displayPath(workingDirectory, path);
  }

  static String displayPath(Path workingDirectory, Path path) {
    Objects.requireNonNull(path, "path");
    return path.startsWith(workingDirectory)
        ? workingDirectory.relativize(path).toString()
        : path.toString();
  }

  /** Every file the run read or looked for, with what it held at the time. */
  Map<Path, Fingerprint> seen() {
    return seen;
  }

  /** Stops the run from any thread. */
  void cancel() {
    cancelled = true;
    List<ScriptRun> runs;
    synchronized (scriptRuns) {
      runs = List.copyOf(scriptRuns.values());
    }
    runs.forEach(ScriptRun::cancel);
  }

  boolean isCancelled() {
    return cancelled;
  }

  void close() {
    List<ScriptRun> runs;
    synchronized (scriptRuns) {
      runs = List.copyOf(scriptRuns.values());
      scriptRuns.clear();
    }
    for (ScriptRun run : runs) {
      run.close();
    }
  }
}
