package dev.live.engine.jsr223;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineProvider;
import java.util.List;
import javax.script.ScriptEngineFactory;

/**
 * A language found as a JSR-223 script engine factory. Holds the factory, which discovery already
 * made; starts no engine until {@link #create()}.
 */
public final class Jsr223EngineProvider implements EngineProvider {

  private final ScriptEngineFactory factory;
  private final Jsr223Language language;
  private final ClassLoader loader;
  private final List<String> extensions;
  private volatile String languageName;

  Jsr223EngineProvider(
      ScriptEngineFactory factory,
      Jsr223Language language,
      ClassLoader loader,
      List<String> extensions) {
    this.factory = factory;
    this.language = language;
    this.loader = loader;
    this.extensions = List.copyOf(extensions);
  }

  @Override
  public String id() {
    return language.id(factory);
  }

  /** Asked of the factory on first use: some factories start an engine to answer. */
  @Override
  public String languageName() {
    if (languageName == null) {
      languageName = language.languageName(factory);
    }
    return languageName;
  }

  @Override
  public List<String> fileExtensions() {
    return extensions;
  }

  @Override
  public EngineAdapter create() {
    return new Jsr223EngineAdapter(factory, language, loader);
  }

  @Override
  public String toString() {
    return "JSR-223 " + id() + " " + extensions;
  }
}
