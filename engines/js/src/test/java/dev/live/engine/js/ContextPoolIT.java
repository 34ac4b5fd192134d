package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.engine.truffle.ContextPool;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GraalJS's contexts in the shared pool (whose keeping is tested in engines/truffle's
 * ContextPoolTest).
 */
class ContextPoolIT {

  private final Engine engine =
      Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
  private final ContextPool<ContextMaker.Fresh> spare = ContextMaker.pool(engine);

  @AfterEach
  void close() {
    spare.close();
    engine.close(true);
  }

  @Test
  void aContextFromTheReserveHasRunNoCode() {
    // A run of two modules, so that the next keeps two contexts in reserve.
    spare.runStarting();
    spare.take(path -> {}).context().close();
    spare.take(path -> {}).context().close();
    spare.runStarting();
    Context first = spare.take(path -> {}).context();
    first.eval("js", "var leaked = 1;");

    Context second = spare.take(path -> {}).context();

    assertThat(second.eval("js", "typeof leaked").asString()).isEqualTo("undefined");
    first.close();
    second.close();
  }
}
