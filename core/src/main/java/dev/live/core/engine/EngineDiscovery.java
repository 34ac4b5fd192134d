package dev.live.core.engine;

import java.util.List;
import java.util.Set;

/**
 * Finds languages that are not listed as {@link EngineProvider}s themselves, such as every JSR-223
 * ({@code javax.script}) engine on the class path. Implementations are listed in {@code
 * META-INF/services/dev.live.core.engine.EngineDiscovery} and found by {@link
 * java.util.ServiceLoader}.
 *
 * <p>{@link EngineRegistry#discover(ClassLoader, java.util.List)} first loads the dedicated
 * providers, then asks each discovery, on the thread that builds the registry (once per session,
 * before any run), for providers of the extensions still unclaimed. It does so once for the
 * program's class path and once for each {@link EngineSource} (jars added at start), each time with
 * a class loader that lists only that place's services and with the extensions the dedicated
 * providers of that same place claim. A discovery must leave out every language one of whose
 * extensions is in {@code claimedExtensions} (GraalJS and Jython register JSR-223 factories for the
 * languages their dedicated adapters run). A language that an engine from another place also claims
 * is kept: the registry keeps every claimer and lets the user choose, the dedicated adapter being
 * the default (see {@link EngineRegistry}).
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
   * @param claimedExtensions lower-case extensions, without the dot, that dedicated providers of
   *     the same place already claim; skip every language that claims one of them
   * @return providers, each with a unique {@link EngineProvider#id()}; empty when there are none
   */
  List<EngineProvider> providers(ClassLoader loader, Set<String> claimedExtensions);
}
