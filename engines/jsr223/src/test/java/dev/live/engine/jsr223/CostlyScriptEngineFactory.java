package dev.live.engine.jsr223;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The toy engine under another name, standing for a factory whose constructor is expensive (luaj's
 * builds a Lua runtime): {@link CostlyLanguage} knows its id and extensions, so discovery must not
 * construct it.
 */
public final class CostlyScriptEngineFactory extends ToyScriptEngineFactory {

  /** How many factories were constructed. */
  static final AtomicInteger CONSTRUCTED = new AtomicInteger();

  public CostlyScriptEngineFactory() {
    CONSTRUCTED.incrementAndGet();
  }

  @Override
  public List<String> getExtensions() {
    return List.of("costly");
  }

  @Override
  public List<String> getNames() {
    return List.of("costly");
  }

  @Override
  public String getLanguageName() {
    return "Costly";
  }
}
