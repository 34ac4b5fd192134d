package dev.live.engine.truffle;

import dev.live.core.engine.CacheFolder;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Starting and naming the one polyglot {@link Engine} a Truffle engine adapter keeps, and the
 * contexts it makes.
 */
public final class TruffleEngines {

  /** The names of the threads Truffle, the Graal compiler and the polyglot API start. */
  public static final String ENGINE_THREADS = "JVMCI.*|Truffle.*|Graal.*|Polyglot.*";

  /** Where a language unpacks its home and native libraries, unless the user chose. */
  private static final String RESOURCE_CACHE = "polyglot.engine.userResourceCache";

  private TruffleEngines() {}

  /** An engine for {@code language}, its resources unpacked in live's cache folder. */
  public static Engine start(String language) {
    if (System.getProperty(RESOURCE_CACHE) == null) {
      System.setProperty(RESOURCE_CACHE, CacheFolder.forEngine("polyglot").toString());
    }
    Engine.Builder builder =
        Engine.newBuilder(language)
            // On a JDK without the Graal compiler the language runs interpreted; the warning about
            // it would be printed on every start and is not the user's to act on.
            .option("engine.WarnInterpreterOnly", "false");
    // Only a runtime that compiles knows the option; the launcher says whether this one does.
    if ("on".equals(System.getProperty("live.jit"))) {
      // Hot code compiled once, at the last tier: a first tier made the Graal compiler, itself
      // still warming up, compile every hot function twice on the same cores.
      builder
          .allowExperimentalOptions(true)
          .option("engine.MultiTier", "false")
          // The compiler's cache of interpreter graphs dropped half a second after compiling
          // stops, not ten, so that the collection of a quiet spell (IdleCollector) frees it.
          .option("engine.EncodedGraphCachePurgeDelay", "500");
    }
    return builder.build();
  }

  /**
   * A context of {@code engine} for {@code language} whose reads go through {@code files}: scripts
   * are the user's own code on the user's machine, so they may use Java classes, files and threads,
   * as Jython scripts can. The engine adds its language's options.
   */
  public static Context.Builder contextBuilder(
      Engine engine, String language, RecordingFileSystem files) {
    return Context.newBuilder(language)
        .engine(engine)
        .allowAllAccess(true)
        .allowIO(IOAccess.newBuilder().fileSystem(files).build());
  }
}
