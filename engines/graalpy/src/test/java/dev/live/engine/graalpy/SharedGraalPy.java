package dev.live.engine.graalpy;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.RunServices;
import java.util.List;
import java.util.function.Supplier;

/**
 * One GraalPy engine for all the tests of this module: a cold start costs seconds, and every run
 * gets a fresh context whichever engine made it. Sessions close their adapter; this one stays open
 * until the JVM ends.
 */
final class SharedGraalPy {

  private static EngineAdapter engine;

  private SharedGraalPy() {}

  /** The Python 3 provider, with the shared engine behind it. */
  static EngineProvider provider() {
    return provider(SharedGraalPy::shared);
  }

  /** The Python 3 provider, with the adapters {@code adapters} makes behind it. */
  static EngineProvider provider(Supplier<EngineAdapter> adapters) {
    GraalPyEngineProvider real = new GraalPyEngineProvider();
    return new EngineProvider() {
      @Override
      public String id() {
        return real.id();
      }

      @Override
      public String languageName() {
        return real.languageName();
      }

      @Override
      public List<String> fileExtensions() {
        return real.fileExtensions();
      }

      @Override
      public String engineVersion() {
        return real.engineVersion();
      }

      @Override
      public String languageVersion() {
        return real.languageVersion();
      }

      @Override
      public EngineAdapter create() {
        return adapters.get();
      }
    };
  }

  private static synchronized EngineAdapter shared() {
    if (engine == null) {
      engine = new GraalPyEngineProvider().create();
    }
    EngineAdapter adapter = engine;
    return new EngineAdapter() {
      @Override
      public EngineRun newRun(RunServices services) {
        return adapter.newRun(services);
      }

      @Override
      public boolean ownsThread(Thread thread) {
        return adapter.ownsThread(thread);
      }

      @Override
      public void close() {
        // Shared: the JVM's end closes it.
      }
    };
  }
}
