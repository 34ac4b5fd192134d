/*
 * Embedding live in a Java program: this program hosts examples/embedding/prices.py (which uses
 * rates.js), binds its own PriceList into every module as the global `catalog`, and prints what the
 * script exports after each run. Edit prices.py or rates.js and save: the script runs again and the
 * new values are printed. Ctrl-C ends it.
 *
 * Run it from the repository root (the class path is this module's classes and its runtime
 * dependencies: live-core, the Python and JavaScript engines; the exec plugin is not part of the
 * build, so plain java it is):
 *
 *   mvn -B -q install -DskipTests
 *   mvn -q -pl examples/embedding dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp examples/embedding/target/classes:$(cat examples/embedding/target/cp.txt) \
 *       dev.live.examples.embedding.PriceBoard [path/to/prices.py]
 *
 * PriceBoardTest runs it the same way on a copy of the script and edits it three times.
 */
package dev.live.examples.embedding;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.EngineRegistry;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** Hosts a live script, binds a price list into it, prints its exports after each run. */
public final class PriceBoard {

  /** The program's own object, bound into the script: public methods are callable from it. */
  public static final class PriceList {
    private final Map<String, Double> prices =
        Map.of("apple", 0.5, "bread", 2.25, "cheese", 4.0, "coffee", 7.5);

    public List<String> items() {
      return prices.keySet().stream().sorted().toList();
    }

    public double price(String item) {
      Double price = prices.get(item);
      if (price == null) {
        throw new IllegalArgumentException("no price for " + item);
      }
      return price;
    }

    public double taxRate() {
      return 0.2;
    }
  }

  private PriceBoard() {}

  /**
   * Starts a session on {@code script} and returns it; the caller closes it. Each run's result is
   * printed through {@code out}, on the session's run thread.
   */
  public static LiveSession start(Path script, Consumer<String> out) {
    EngineRegistry engines = EngineRegistry.discover(PriceBoard.class.getClassLoader());
    LiveSession session =
        LiveSession.builder(script, engines)
            .bind("catalog", new PriceList())
            .listener(
                new SessionListener() {
                  @Override
                  public void runFinished(RunResult result) {
                    // The exports are valid until the next run starts: read them here.
                    if (result.succeeded()) {
                      BridgeModule exports = result.exports();
                      out.accept(
                          "run "
                              + result.number()
                              + " ("
                              + result.duration().toMillis()
                              + " ms): "
                              + exports.get("summary"));
                    } else {
                      out.accept(
                          "run " + result.number() + " failed: " + result.error().getMessage());
                    }
                  }

                  @Override
                  public void warning(String message) {
                    out.accept("warning: " + message);
                  }
                })
            .build();
    session.start();
    return session;
  }

  public static void main(String[] args) throws InterruptedException {
    Path script =
        args.length > 0
            ? Path.of(args[0])
            : Files.exists(Path.of("prices.py"))
                ? Path.of("prices.py")
                : Path.of("examples/embedding/prices.py");
    LiveSession session = start(script, System.out::println);
    System.out.println("hosting " + script + ": edit it and save; Ctrl-C ends");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  session.close();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
