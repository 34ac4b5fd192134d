package dev.live.core.engine;

import dev.live.core.concurrent.DaemonThreads;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A built-in engine started on a background thread before the session that needs it exists.
 * Starting an engine is most of a cold start (GraalJS and Jython load thousands of classes), and a
 * program has other work to do first: parsing its command line, discovering the other engines. On
 * two cores the two overlap.
 *
 * <p>The registry {@linkplain EngineRegistry#adopt adopts} a head start and hands its adapter to
 * the first run that needs that provider, in place of {@link EngineProvider#create()}; an adapter
 * that nobody claims (the user chose another engine, say) is closed with the registry.
 */
public final class EngineHeadStart {

  private static final EngineHeadStart NONE = new EngineHeadStart(null, null);

  private final String providerId;
  private final CompletableFuture<EngineAdapter> adapter;
  private boolean claimed;

  private EngineHeadStart(String providerId, CompletableFuture<EngineAdapter> adapter) {
    this.providerId = providerId;
    this.adapter = adapter;
  }

  /** No head start. */
  public static EngineHeadStart none() {
    return NONE;
  }

  /**
   * Starts the built-in provider of {@code loader} that claims {@code extension} (without the dot)
   * and is not an {@linkplain EngineProvider#isAlternative alternative}, if any, on a daemon
   * thread.
   */
  public static EngineHeadStart begin(ClassLoader loader, String extension) {
    return begin(loader, extension, "");
  }

  /**
   * Starts the built-in provider that {@link EngineRegistry#providerFor(java.nio.file.Path, String,
   * EngineProvider)} would pick for a main file with this extension and text (its first line is
   * enough), unless the user chose an engine.
   */
  public static EngineHeadStart begin(ClassLoader loader, String extension, String text) {
    try {
      return beginFor(loader, extension.toLowerCase(Locale.ROOT), Shebang.interpreter(text));
    } catch (ServiceConfigurationError e) {
      // A head start is only ever a guess: the registry reports a broken provider properly.
      return NONE;
    }
  }

  private static EngineHeadStart beginFor(
      ClassLoader loader, String wanted, Optional<String> interpreter) {
    EngineProvider chosen = null;
    for (EngineProvider provider : ServiceLoader.load(EngineProvider.class, loader)) {
      if (provider.fileExtensions().stream().anyMatch(e -> e.equalsIgnoreCase(wanted))) {
        if (interpreter.isPresent()
            && Shebang.names(provider.interpreterNames(), interpreter.get())) {
          chosen = provider;
          break;
        }
        if (chosen == null && !provider.isAlternative()) {
          chosen = provider;
        }
      }
    }
    if (chosen == null) {
      return NONE;
    }
    EngineProvider provider = chosen;
    CompletableFuture<EngineAdapter> adapter = new CompletableFuture<>();
    DaemonThreads.named("live-head-start")
        .newThread(
            () -> {
              try {
                adapter.complete(provider.create());
              } catch (RuntimeException | Error e) {
                adapter.completeExceptionally(e);
              }
            })
        .start();
    return new EngineHeadStart(provider.id(), adapter);
  }

  /**
   * The started adapter when it is {@code provider}'s (same id, built in), waiting for it to be
   * ready; null when this head start is for another provider or was already claimed. Starting
   * failed: the provider's exception, as {@link EngineProvider#create()} would have thrown it.
   */
  synchronized EngineAdapter claim(EngineProvider provider) {
    if (adapter == null || claimed || !provider.id().equals(providerId)) {
      return null;
    }
    claimed = true;
    try {
      return adapter.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Closes the adapter, once it is ready, unless a run claimed it. */
  synchronized void release() {
    if (adapter != null && !claimed) {
      claimed = true;
      adapter.thenAccept(EngineAdapter::close);
    }
  }
}
