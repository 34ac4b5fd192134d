package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contexts made in advance, on a real GraalJS engine. */
class ContextPoolIT {

  private final Engine engine =
      Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
  private final ContextPool spare = new ContextPool(engine);

  @AfterEach
  void close() {
    spare.close();
    engine.close(true);
  }

  /** One run that uses {@code modules} JavaScript modules, each taking a context. */
  private void run(int modules) {
    spare.runStarting();
    for (int i = 0; i < modules; i++) {
      spare.take(path -> {}).context().close();
    }
  }

  @Test
  void keepsAsManyContextsReadyAsTheLastRunTook() {
    assertThat(spare.keptReady()).isEqualTo(1);

    run(3);
    spare.runStarting();
    assertThat(spare.keptReady()).as("after a run of three modules").isEqualTo(3);

    run(1);
    spare.runStarting();
    assertThat(spare.keptReady()).as("after a run of one module").isEqualTo(1);
  }

  @Test
  void keepsNoMoreThanItsLimit() {
    run(ContextPool.MOST_KEPT + 5);
    spare.runStarting();

    assertThat(spare.keptReady()).isEqualTo(ContextPool.MOST_KEPT);
  }

  @Test
  void aContextFromTheReserveHasRunNoCode() {
    run(2);
    spare.runStarting();
    Context first = spare.take(path -> {}).context();
    first.eval("js", "var leaked = 1;");

    Context second = spare.take(path -> {}).context();

    assertThat(second.eval("js", "typeof leaked").asString()).isEqualTo("undefined");
    first.close();
    second.close();
  }
}
