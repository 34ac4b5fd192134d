package dev.live.engine.js;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineProvider;
import java.util.List;

/** JavaScript through GraalJS: {@code .js} scripts and {@code .mjs} ES modules. */
public final class JsEngineProvider implements EngineProvider {

  @Override
  public String id() {
    return "js";
  }

  @Override
  public String languageName() {
    return "JavaScript";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("js", "mjs");
  }

  @Override
  public EngineAdapter create() {
    return new JsEngineAdapter();
  }
}
