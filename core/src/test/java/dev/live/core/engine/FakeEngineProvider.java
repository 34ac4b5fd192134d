package dev.live.core.engine;

import dev.live.core.bridge.BridgeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A tiny line-based language for testing the session without a real engine: {@code use NAME} calls
 * {@code use}, {@code set NAME VALUE} defines a name, {@code fail MESSAGE} fails at that line.
 * Every evaluation is logged as "displayName: text".
 */
public final class FakeEngineProvider extends AbstractEngineProvider {

  private final BlockingQueue<String> evaluations = new LinkedBlockingQueue<>();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();

  public FakeEngineProvider(String extension) {
    super("fake-" + extension, "Fake", List.of(extension));
  }

  /** One entry per file evaluated, in order: "main.fake: first line". */
  public BlockingQueue<String> evaluations() {
    return evaluations;
  }

  /** Completes when an engine this provider started is closed. */
  public CompletableFuture<Void> closed() {
    return closed;
  }

  @Override
  public String engineVersion() {
    return "fake 1";
  }

  @Override
  public String languageVersion() {
    return "fake 1";
  }

  @Override
  public EngineAdapter create() {
    return new EngineAdapter() {
      @Override
      public EngineRun newRun(RunServices services) {
        return new FakeRun(services);
      }

      @Override
      public void close() {
        closed.complete(null);
      }
    };
  }

  private final class FakeRun implements EngineRun {
    private final RunServices services;

    FakeRun(RunServices services) {
      this.services = services;
    }

    @Override
    public BridgeModule evaluate(SourceFile source) {
      evaluations.add(source.displayName() + ": " + source.text().strip());
      Map<String, Object> names = new LinkedHashMap<>();
      String[] lines = source.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String[] words = lines[i].strip().split(" ", 3);
        switch (words[0]) {
          case "use" -> names.put(words[1], services.use(words[1], source.path()));
          case "set" -> names.put(words[1], words[2]);
          case "fail" ->
              throw ScriptFailedException.builder(words[1])
                  .at(source.path(), i + 1)
                  .trace(source.displayName() + ":" + (i + 1))
                  .build();
          default -> {}
        }
      }
      return new SourceModule(source) {
        @Override
        public Set<String> keys() {
          return names.keySet();
        }

        @Override
        public Object get(String name) {
          return names.get(name);
        }
      };
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}
  }
}
