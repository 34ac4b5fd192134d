package dev.live.engine.jsr223;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.ModuleGlobals;
import dev.live.core.engine.RunCancellation;
import dev.live.core.engine.RunServices;
import dev.live.core.engine.SourceFile;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

/** One run's modules in a JSR-223 engine: each in its own fresh context and bindings. */
final class Jsr223EngineRun implements EngineRun {

  private final ScriptEngine engine;
  private final Jsr223Language language;
  private final ValueConverter values;
  private final Optional<Prelude> prelude;
  private final RunServices services;
  private final List<ScriptContext> contexts = new CopyOnWriteArrayList<>();
  private final Map<String, Path> filesByName = new ConcurrentHashMap<>();
  private final RunCancellation cancellation = new RunCancellation();

  Jsr223EngineRun(Jsr223Engine session, RunServices services) {
    this.engine = session.script();
    this.language = session.language();
    this.values = session.values();
    this.prelude = session.prelude();
    this.services = services;
  }

  @Override
  public BridgeModule evaluate(SourceFile source) {
    cancellation.evaluating();
    filesByName.put(source.displayName(), source.path());
    ScriptContext context =
        language.newModuleContext(engine, new Jsr223Language.Module(source, services));
    contexts.add(context);
    Bindings bindings = context.getBindings(ScriptContext.ENGINE_SCOPE);
    // Bound before the snapshot of injected names below, so none of them is exported.
    ModuleGlobals.bind(
        services,
        source.path(),
        use -> values.toEngine(new UseFunction(use, values)),
        values::toEngine,
        bindings::put);
    try {
      if (prelude.isPresent()) {
        eval(prelude.get().text(), prelude.get().name(), context);
      }
      bindings.put(ScriptEngine.FILENAME, source.displayName());
      var injected = new HashSet<>(bindings.keySet());
      eval(source.text(), source.displayName(), context);
      return new Jsr223Module(source, bindings, injected, values);
    } catch (ScriptException | RuntimeException | StackOverflowError e) {
      throw language.translate(
          e, new Jsr223Language.Failure(source, cancellation.cancelled(), this::fileNamed, values));
    }
  }

  private void eval(String text, String fileName, ScriptContext context) throws ScriptException {
    context.getBindings(ScriptContext.ENGINE_SCOPE).put(ScriptEngine.FILENAME, fileName);
    // Some engines (luaj) compile against the engine's own context, not the one given: set the
    // name there too, so their messages name the file.
    engine.put(ScriptEngine.FILENAME, fileName);
    engine.eval(text, context);
  }

  /** A file by the name an engine reported: a module of this run, or a path. */
  private Path fileNamed(String name) {
    Path known = filesByName.get(name);
    if (known != null) {
      return known;
    }
    Path path = Path.of(name);
    return path.isAbsolute() ? path : services.mainFile().resolveSibling(path);
  }

  @Override
  public void cancel() {
    Thread thread = cancellation.cancel();
    contexts.forEach(language::cancel);
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public void close() {
    contexts.clear();
    cancellation.clearInterrupt();
  }
}
