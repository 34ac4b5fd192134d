package dev.live.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine started before the session: handed to the first run that needs it, or closed. */
class EngineHeadStartTest {

  /** A built-in provider found by ServiceLoader, recording where its engine was started. */
  public static final class AheadProvider extends AbstractEngineProvider {
    static volatile CompletableFuture<String> startedOn = new CompletableFuture<>();
    static volatile CompletableFuture<EngineAdapter> started = new CompletableFuture<>();
    static volatile CompletableFuture<Boolean> closed = new CompletableFuture<>();

    public AheadProvider() {
      super("ahead", "Ahead", List.of("ahead"));
    }

    @Override
    public EngineAdapter create() {
      FakeEngineProvider fake = new FakeEngineProvider("ahead");
      fake.closed().thenRun(() -> closed.complete(true));
      EngineAdapter adapter = fake.create();
      startedOn.complete(Thread.currentThread().getName());
      started.complete(adapter);
      return adapter;
    }
  }

  @TempDir Path services;

  private ClassLoader loader;

  @BeforeEach
  void listTheProviderAsAService() throws IOException {
    AheadProvider.startedOn = new CompletableFuture<>();
    AheadProvider.started = new CompletableFuture<>();
    AheadProvider.closed = new CompletableFuture<>();
    Path listing = services.resolve("META-INF/services/" + EngineProvider.class.getName());
    Files.createDirectories(listing.getParent());
    Files.writeString(listing, AheadProvider.class.getName() + "\n");
    loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void theFirstRunGetsTheEngineStartedAheadOnItsOwnThread() throws Exception {
    EngineHeadStart headStart = EngineHeadStart.begin(loader, "AHEAD");
    EngineProvider provider = new AheadProvider();
    try (EngineRegistry registry = new EngineRegistry(List.of(provider))) {
      registry.adopt(headStart);

      EngineAdapter adapter = registry.adapter(provider);

      assertThat(adapter).isSameAs(AheadProvider.started.get(10, TimeUnit.SECONDS));
      assertThat(AheadProvider.startedOn.get(10, TimeUnit.SECONDS)).isEqualTo("live-head-start");
      assertThat(registry.adapter(provider)).isSameAs(adapter);
    }
    assertThat(AheadProvider.closed.get(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void anEngineNoRunClaimedIsClosedWithTheRegistry() throws Exception {
    EngineRegistry registry = new EngineRegistry(List.of(new FakeEngineProvider("py")));
    registry.adopt(EngineHeadStart.begin(loader, "ahead"));

    registry.close();

    assertThat(AheadProvider.closed.get(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void noEngineStartsForAnExtensionNoProviderClaims() {
    EngineProvider provider = new AheadProvider();
    try (EngineRegistry registry = new EngineRegistry(List.of(provider))) {
      registry.adopt(EngineHeadStart.begin(loader, "py"));

      registry.adapter(provider);

      assertThat(AheadProvider.startedOn).isCompletedWithValue(Thread.currentThread().getName());
    }
  }
}
