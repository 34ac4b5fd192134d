package dev.live.core.engine;

import java.util.List;
import java.util.Set;

/**
 * Finds languages that are not listed as {@link EngineProvider}s themselves, such as every JSR-223
 * ({@code javax.script}) engine on the class path. Implementations are listed in {@code
 * META-INF/services/dev.live.core.engine.EngineDiscovery} and found by {@link
 * java.util.ServiceLoader}.
 *
 * <p>{@link EngineRegistry#discover(ClassLoader)} first loads the dedicated providers, then asks
 * each discovery, on the thread that builds the registry (once per session, before any run), for
 * providers of the extensions still unclaimed. A dedicated adapter always wins: a discovery must
 * leave out every language one of whose extensions is in {@code claimedExtensions}.
 *
 * <p>Like a provider's constructor, discovery must be cheap: it may list what is installed but must
 * not start an engine. The providers it returns follow the {@link EngineProvider} contract: the
 * registry starts an engine with {@link EngineProvider#create()} only when a run first needs a file
 * of its language, and the registry, not the discovery, closes the adapter at the end of the
 * session. A discovery holds no resources and is never closed.
 */
public interface EngineDiscovery {

  /**
   * The languages this discovery finds through {@code loader}.
   *
   * @param loader the class loader the session's engines come from
   * @param claimedExtensions lower-case extensions, without the dot, that installed providers
   *     already claim; skip every language that claims one of them
   * @return providers, each with a unique {@link EngineProvider#id()}; empty when there are none
   */
  List<EngineProvider> providers(ClassLoader loader, Set<String> claimedExtensions);
}
