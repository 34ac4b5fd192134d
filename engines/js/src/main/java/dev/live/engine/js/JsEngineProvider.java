package dev.live.engine.js;

import dev.live.core.engine.AbstractEngineProvider;
import dev.live.core.engine.EngineAdapter;
import java.util.List;

/** JavaScript through GraalJS: {@code .js} scripts and {@code .mjs} ES modules. */
public final class JsEngineProvider extends AbstractEngineProvider {

  public JsEngineProvider() {
    super("js", "JavaScript", List.of("js", "mjs"));
  }

  @Override
  public EngineAdapter create() {
    return new JsEngineAdapter();
  }
}
