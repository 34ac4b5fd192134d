package dev.live.engine.jsr223;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineProvider;
import java.util.List;
import java.util.function.Supplier;
import javax.script.ScriptEngineFactory;

/**
 * A language found as a JSR-223 script engine factory. Constructs the factory only when something
 * needs more than the id and extensions discovery found (see {@link Jsr223Language#known}); starts
 * no engine until {@link #create()}.
 */
public final class Jsr223EngineProvider implements EngineProvider {

  private final Supplier<ScriptEngineFactory> factorySource;
  private final Jsr223Language language;
  private final ClassLoader loader;
  private final String id;
  private final List<String> extensions;
  private ScriptEngineFactory factory;
  private String languageName;

  Jsr223EngineProvider(
      Supplier<ScriptEngineFactory> factory,
      Jsr223Language language,
      ClassLoader loader,
      String id,
      List<String> extensions) {
    this.factorySource = factory;
    this.language = language;
    this.loader = loader;
    this.id = id;
    this.extensions = List.copyOf(extensions);
  }

  private synchronized ScriptEngineFactory factory() {
    if (factory == null) {
      factory = factorySource.get();
    }
    return factory;
  }

  @Override
  public String id() {
    return id;
  }

  /** Asked of the factory on first use: some factories start an engine to answer. */
  @Override
  public synchronized String languageName() {
    if (languageName == null) {
      languageName = language.languageName(factory());
    }
    return languageName;
  }

  @Override
  public List<String> fileExtensions() {
    return extensions;
  }

  /**
   * The factory's answer: constructing a factory starts no engine (that is its getScriptEngine).
   */
  @Override
  public String engineVersion() {
    return language.engineVersion(factory());
  }

  @Override
  public String languageVersion() {
    return language.languageVersion(factory());
  }

  @Override
  public EngineAdapter create() {
    return new Jsr223EngineAdapter(factory(), language, loader);
  }

  @Override
  public String toString() {
    return "JSR-223 " + id + " " + extensions;
  }
}
