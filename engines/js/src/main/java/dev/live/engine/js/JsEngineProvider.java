package dev.live.engine.js;

import dev.live.core.engine.AbstractEngineProvider;
import dev.live.core.engine.EngineAdapter;
import java.util.List;
import org.graalvm.polyglot.Engine;

/** JavaScript through GraalJS: {@code .js} scripts and {@code .mjs} ES modules. */
public final class JsEngineProvider extends AbstractEngineProvider {

  public JsEngineProvider() {
    super("js", "JavaScript", List.of("js", "mjs"));
  }

  /**
   * The ECMAScript edition live's contexts run ({@code Graal.versionECMAScript} in a context):
   * GraalJS's staging version (see ContextMaker); EngineVersionsIT holds it to what a started
   * engine says.
   */
  static final String ECMASCRIPT = "ECMAScript 2026";

  @Override
  public EngineAdapter create() {
    return new JsEngineAdapter();
  }

  /** The polyglot jar's release, which the language jars must match; no engine is made to ask. */
  @Override
  public String engineVersion() {
    return "GraalJS " + Engine.class.getPackage().getImplementationVersion();
  }

  @Override
  public String languageVersion() {
    return ECMASCRIPT;
  }
}
