package dev.live.engine.jsr223;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.RunServices;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * One JSR-223 engine, created once per session and kept warm: each run evaluates its modules in
 * fresh contexts against this engine.
 */
final class Jsr223EngineAdapter implements EngineAdapter {

  private final ScriptEngineFactory factory;
  private final Jsr223Language language;
  private final Jsr223Engine engine;

  Jsr223EngineAdapter(ScriptEngineFactory factory, Jsr223Language language, ClassLoader loader) {
    this.factory = factory;
    this.language = language;
    ScriptEngine script = factory.getScriptEngine();
    language.engineStarted(script);
    this.engine =
        new Jsr223Engine(
            script, language, language.converter(script), Prelude.find(factory, loader));
  }

  @Override
  public EngineRun newRun(RunServices services) {
    return new Jsr223EngineRun(engine, services);
  }

  @Override
  public boolean ownsThread(Thread thread) {
    return language.ownsThread(thread);
  }

  @Override
  public void close() {
    // javax.script has no close; an engine that holds resources is AutoCloseable, if anything.
    if (engine.script() instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing " + factory.getEngineName() + " failed", e);
      }
    }
  }
}
