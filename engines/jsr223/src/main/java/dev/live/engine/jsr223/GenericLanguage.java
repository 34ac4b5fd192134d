package dev.live.engine.jsr223;

import javax.script.ScriptEngineFactory;

/** A JSR-223 engine no {@link Jsr223Language} service knows: the defaults, nothing else. */
final class GenericLanguage implements Jsr223Language {

  @Override
  public boolean supports(ScriptEngineFactory factory) {
    return true;
  }
}
