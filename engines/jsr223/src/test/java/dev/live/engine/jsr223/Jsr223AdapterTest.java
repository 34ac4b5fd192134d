package dev.live.engine.jsr223;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic adapter with a language it knows nothing about: the toy engine of the tests. */
class Jsr223AdapterTest {

  @TempDir Path dir;

  private LiveSession session;

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  private RunResult run(String main, String text) throws IOException {
    Path file = Files.writeString(dir.resolve(main), text);
    session =
        LiveSession.builder(file, EngineRegistry.discover(getClass().getClassLoader()))
            .workingDirectory(dir)
            .build();
    return session.runOnce();
  }

  @Test
  void discoveryOffersEachUnclaimedFactoryOnceWithoutStartingIt() {
    int before = ToyScriptEngineFactory.ENGINES.get();

    List<EngineProvider> found =
        new Jsr223Discovery().providers(getClass().getClassLoader(), Set.of());

    assertThat(found).extracting(EngineProvider::id).containsExactly("costly", "toy");
    assertThat(found.get(1).fileExtensions()).containsExactly("toy");
    assertThat(ToyScriptEngineFactory.ENGINES.get()).isEqualTo(before);
  }

  @Test
  void aFactoryItsLanguageKnowsIsConstructedOnlyWhenItsEngineStarts() {
    int before = CostlyScriptEngineFactory.CONSTRUCTED.get();

    EngineProvider costly =
        new Jsr223Discovery()
            .providers(getClass().getClassLoader(), Set.of()).stream()
                .filter(p -> p.id().equals("costly"))
                .findFirst()
                .orElseThrow();

    assertThat(costly.fileExtensions()).containsExactly("costly");
    assertThat(CostlyScriptEngineFactory.CONSTRUCTED.get()).isEqualTo(before);
    costly.create().close();
    assertThat(CostlyScriptEngineFactory.CONSTRUCTED.get()).isEqualTo(before + 1);
  }

  @Test
  void aFactoryWhoseExtensionADedicatedAdapterClaimsIsSkipped() {
    assertThat(new Jsr223Discovery().providers(getClass().getClassLoader(), Set.of("toy")))
        .extracting(EngineProvider::id)
        .containsExactly("costly");
  }

  @Test
  void theRegistryFindsTheEngineThroughDiscovery() {
    try (EngineRegistry registry = EngineRegistry.discover(getClass().getClassLoader())) {
      assertThat(registry.providerFor(Path.of("x.toy")).id()).isEqualTo("toy");
      assertThat(registry.startedEngines()).isEmpty();
    }
  }

  @Test
  void topLevelNamesAreExportedLessUseLiveAndThePrelude() throws IOException {
    RunResult result = run("main.toy", "set greeting hello\ncopy seen fromPrelude\n");

    assertThat(result.error()).isNull();
    assertThat(result.exports().keys()).containsExactlyInAnyOrder("greeting", "seen");
    assertThat(result.exports().get("greeting")).isEqualTo("hello");
    assertThat(result.exports().get("seen")).as("the prelude ran first").isEqualTo("yes");
  }

  @Test
  void aScriptExceptionBecomesAFailureWithFileAndLine() throws IOException {
    RunResult result = run("main.toy", "set a 1\n\nfail broken\n");

    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) result.error();
    assertThat(failed.line()).isEqualTo(3);
    assertThat(failed.file()).contains(dir.resolve("main.toy"));
    assertThat(failed.scriptTrace()).contains("main.toy:3", "broken");
  }
}
