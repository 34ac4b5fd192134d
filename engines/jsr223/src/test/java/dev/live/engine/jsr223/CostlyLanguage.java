package dev.live.engine.jsr223;

import java.util.List;
import java.util.Optional;
import javax.script.ScriptEngineFactory;

/** Knows {@link CostlyScriptEngineFactory} without constructing it. */
public final class CostlyLanguage implements Jsr223Language {

  @Override
  public boolean supports(ScriptEngineFactory factory) {
    return factory instanceof CostlyScriptEngineFactory;
  }

  @Override
  public Optional<Known> known(Class<? extends ScriptEngineFactory> factoryType) {
    return factoryType == CostlyScriptEngineFactory.class
        ? Optional.of(new Known("costly", List.of("costly")))
        : Optional.empty();
  }
}
