package dev.live.engine.jsr223;

import dev.live.core.engine.RunServices;
import dev.live.core.engine.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.SimpleScriptContext;

/**
 * What the generic JSR-223 adapter needs to know about one language beyond {@code javax.script}:
 * found by {@link java.util.ServiceLoader} in {@code
 * META-INF/services/dev.live.engine.jsr223.Jsr223Language}, shipped by the language's module (Lua's
 * is in {@code live-engine-lua}). Every method has a default that works for an engine that follows
 * the JSR-223 conventions; a language overrides only what its engine does differently.
 *
 * <p>Lifecycle and threads: the constructor must do no work (discovery constructs every language on
 * the class path). {@link #engineStarted} is called once per session when the first file of the
 * language runs; {@link #newModuleContext}, {@link #translate} and the {@link ValueConverter} are
 * called on the run thread; {@link #cancel} is called from another thread while a run may still be
 * evaluating. The adapter owns the engine and the contexts; a language keeps no state of its own
 * beyond what it attaches to them.
 */
public interface Jsr223Language {

  /** True when this language is for the engines that {@code factory} makes. */
  boolean supports(ScriptEngineFactory factory);

  /**
   * The id and extensions of the engines a factory class makes, when this language knows them
   * without constructing the factory; empty (the default) when it does not, and discovery then
   * constructs the factory and asks it. Discovery runs on every start, and some factories start an
   * engine in their constructor: luaj's builds a whole Lua runtime.
   */
  default Optional<Known> known(Class<? extends ScriptEngineFactory> factoryType) {
    return Optional.empty();
  }

  /** What {@link #known} tells of a factory: the engine's id and its file extensions. */
  record Known(String id, List<String> extensions) {}

  /** Short stable id for the engine: {@code lua}. Cheap: must not start the engine. */
  default String id(ScriptEngineFactory factory) {
    return factory.getNames().isEmpty()
        ? factory.getClass().getSimpleName().toLowerCase(Locale.ROOT)
        : factory.getNames().get(0).toLowerCase(Locale.ROOT);
  }

  /** Human name of the language for {@code live engines}. */
  default String languageName(ScriptEngineFactory factory) {
    return factory.getLanguageName();
  }

  /** Engine and version for {@code live engines}; called before any engine is started. */
  default String engineVersion(ScriptEngineFactory factory) {
    return factory.getEngineName() + " " + factory.getEngineVersion();
  }

  /** Language and version for {@code live engines}; called before any engine is started. */
  default String languageVersion(ScriptEngineFactory factory) {
    return languageName(factory) + " " + factory.getLanguageVersion();
  }

  /**
   * True for a thread the engine started for its own work, which the session then leaves out of its
   * report of threads a script left running (see {@link
   * dev.live.core.engine.EngineAdapter#ownsThread}). Called on the run thread; the default claims
   * none.
   */
  default boolean ownsThread(Thread thread) {
    return false;
  }

  /** Called once, on the run thread, right after the session's engine was created. */
  default void engineStarted(ScriptEngine engine) {}

  /**
   * A fresh context for one module of one run, with empty engine-scope bindings. The adapter then
   * binds {@code use}, {@code live} and {@link ScriptEngine#FILENAME} in them.
   */
  default ScriptContext newModuleContext(ScriptEngine engine, Module module) {
    ScriptContext context = new SimpleScriptContext();
    context.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
    Bindings global = engine.getBindings(ScriptContext.GLOBAL_SCOPE);
    if (global != null) {
      context.setBindings(global, ScriptContext.GLOBAL_SCOPE);
    }
    return context;
  }

  /** The value bridge for the session's engine; called once, after {@link #engineStarted}. */
  default ValueConverter converter(ScriptEngine engine) {
    return new PlainValues();
  }

  /**
   * Stops any evaluation in a context this run made, as soon as the engine allows; called from
   * another thread, possibly more than once. The adapter also interrupts the run thread, which is
   * all the default does.
   */
  default void cancel(ScriptContext context) {}

  /**
   * The exception to report for an error that an evaluation threw: a {@link
   * dev.live.core.engine.ScriptFailedException} with file and line, or the {@link
   * dev.live.core.engine.RunCancelledException} or {@link dev.live.core.engine.ScriptExitException}
   * inside it. The default reads {@link javax.script.ScriptException}'s file and line.
   */
  default RuntimeException translate(Throwable error, Failure failure) {
    return Jsr223Errors.translate(error, failure);
  }

  /** The module about to be evaluated, and the services of the run it belongs to. */
  record Module(SourceFile source, RunServices services) {}

  /**
   * Where an evaluation failed: the module being evaluated, whether the run was cancelled, how to
   * find a file from the name the engine reported (a display name, as bound in {@link
   * ScriptEngine#FILENAME}), and the converter, the owner of errors raised in this engine.
   */
  record Failure(
      SourceFile source,
      boolean cancelled,
      Function<String, Path> fileNamed,
      ValueConverter values) {}
}
