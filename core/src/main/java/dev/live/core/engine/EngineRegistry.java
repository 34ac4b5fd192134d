package dev.live.core.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The installed languages. Providers are found once; an engine is started the first time a file of
 * its language is needed and then kept warm until {@link #close()}.
 *
 * <p>Providers are listed by engine id (alphabetically). Extensions are ordered the same way, each
 * engine's own extensions in the order it lists them. {@code use} tries the caller's language
 * first, then this order.
 *
 * <p><b>Several engines for one extension.</b> Every provider that claims an extension is kept, so
 * the user can choose ({@link #choose(String, String)}, {@code live run --engine js=nashorn}).
 * Without a choice, the default is deterministic: an engine that is not an {@linkplain
 * EngineProvider#isAlternative alternative} wins over one that is, then a dedicated adapter ({@link
 * EngineProvider} service) wins over one an {@link EngineDiscovery} found (the generic JSR-223
 * adapter); between two of the same kind, the built-in one (on the program's class path) wins over
 * one added from an {@link EngineSource}, an earlier source over a later one, and then the smaller
 * engine id. So adding jars never changes which engine runs a file until the user asks for it.
 *
 * <p>Threading: the registry is built and {@linkplain #choose chosen from} on one thread before the
 * session starts; {@link #adapter} and {@link #close()} may be called from the session's threads.
 */
public final class EngineRegistry implements AutoCloseable {

  /** A provider with where it came from and how it ranks for the default. */
  private record Entry(EngineProvider provider, EngineOrigin origin, boolean dedicated, int rank) {}

  /**
   * Apart, so that {@link #extensionOf}, which {@code live run} calls before anything else, does
   * not spin up its lambdas (a few milliseconds before the engine's head start).
   */
  private static final class Precedence {
    static final Comparator<Entry> ORDER =
        Comparator.comparing((Entry e) -> e.provider().isAlternative())
            .thenComparing((Entry e) -> !e.dedicated())
            .thenComparingInt(Entry::rank)
            .thenComparing(e -> e.provider().id());
  }

  private final List<EngineProvider> providers;
  private final Map<String, Entry> entriesById = new LinkedHashMap<>();
  private final Map<String, List<EngineProvider>> claimsByExtension = new LinkedHashMap<>();
  private final Map<String, EngineProvider> chosen = new HashMap<>();
  private final Map<String, EngineAdapter> started = new LinkedHashMap<>();
  private EngineHeadStart headStart = EngineHeadStart.none();
  private final AutoCloseable loader;
  private boolean closed;

  /**
   * A registry of these providers, all counted as built in and dedicated. When two claim one
   * extension, the earlier in {@code providers} is the default.
   */
  public EngineRegistry(List<EngineProvider> providers) {
    this(entries(providers), null);
  }

  private static List<Entry> entries(List<EngineProvider> providers) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < providers.size(); i++) {
      entries.add(new Entry(providers.get(i), EngineOrigin.BUILT_IN, true, i));
    }
    return entries;
  }

  private EngineRegistry(List<Entry> entries, AutoCloseable loader) {
    this.loader = loader;
    List<Entry> byId = new ArrayList<>(entries);
    byId.sort(Comparator.comparing(e -> e.provider().id()));
    List<EngineProvider> sorted = new ArrayList<>();
    for (Entry entry : byId) {
      if (entriesById.putIfAbsent(entry.provider().id(), entry) == null) {
        sorted.add(entry.provider());
      }
    }
    this.providers = List.copyOf(sorted);
    Map<String, List<Entry>> claims = new LinkedHashMap<>();
    // An alternative engine's extensions keep the place the default engine gives them.
    List<EngineProvider> claimOrder = new ArrayList<>(this.providers);
    claimOrder.sort(Comparator.comparing(EngineProvider::isAlternative));
    for (EngineProvider provider : claimOrder) {
      for (String extension : lowerCase(provider.fileExtensions())) {
        claims
            .computeIfAbsent(extension, e -> new ArrayList<>())
            .add(entriesById.get(provider.id()));
      }
    }
    claims.forEach(
        (extension, claimers) ->
            claimsByExtension.put(
                extension,
                claimers.stream().sorted(Precedence.ORDER).map(Entry::provider).toList()));
  }

  /**
   * The providers on the class path of {@code loader}: first the dedicated ones ({@link
   * EngineProvider} services), then those each {@link EngineDiscovery} service finds for the
   * extensions still unclaimed (a generic adapter for every other JSR-223 engine, say).
   */
  public static EngineRegistry discover(ClassLoader loader) {
    return discover(loader, List.of());
  }

  /**
   * The providers on the class path of {@code loader}, as {@link #discover(ClassLoader)} finds
   * them, and those in the jars of {@code sources}, loaded through one class loader whose parent is
   * {@code loader}. Each source is searched on its own, so every engine is listed with its {@link
   * #origin}; in a source, as on the class path, a discovery skips the languages a dedicated
   * provider of the same place claims. An engine whose id is already taken by an earlier place
   * (built in first, then the sources in order) is left out.
   *
   * <p>The registry owns the class loader of the added jars and closes it in {@link #close()},
   * after the engines.
   */
  public static EngineRegistry discover(ClassLoader loader, List<EngineSource> sources) {
    List<Entry> found = new ArrayList<>();
    EngineClassLoader added = sources.isEmpty() ? null : new EngineClassLoader(sources, loader);
    ClassLoader all = added == null ? loader : added;
    List<EngineDiscovery> discoveries = new ArrayList<>();
    ServiceLoader.load(EngineDiscovery.class, all).forEach(discoveries::add);
    Set<String> ids = new HashSet<>();
    findIn(loader, EngineOrigin.BUILT_IN, 0, discoveries, found, ids);
    for (int i = 0; i < sources.size(); i++) {
      EngineSource source = sources.get(i);
      findIn(added.servicesOf(source), source.origin(), i + 1, discoveries, found, ids);
    }
    return new EngineRegistry(found, added);
  }

  private static void findIn(
      ClassLoader loader,
      EngineOrigin origin,
      int rank,
      List<EngineDiscovery> discoveries,
      List<Entry> found,
      Set<String> ids) {
    Set<String> claimed = new HashSet<>();
    for (EngineProvider provider : ServiceLoader.load(EngineProvider.class, loader)) {
      if (ids.add(provider.id())) {
        found.add(new Entry(provider, origin, true, rank));
        claimed.addAll(lowerCase(provider.fileExtensions()));
      }
    }
    for (EngineDiscovery discovery : discoveries) {
      for (EngineProvider provider : discovery.providers(loader, Set.copyOf(claimed))) {
        List<String> extensions = lowerCase(provider.fileExtensions());
        // Two discoveries may find the same engine; the first one to claim an extension keeps it.
        if (extensions.stream().noneMatch(claimed::contains) && ids.add(provider.id())) {
          found.add(new Entry(provider, origin, false, rank));
          claimed.addAll(extensions);
        }
      }
    }
  }

  private static List<String> lowerCase(List<String> extensions) {
    return extensions.stream().map(EngineRegistry::normalize).toList();
  }

  private static String normalize(String extension) {
    String plain = extension.startsWith(".") ? extension.substring(1) : extension;
    return plain.toLowerCase(Locale.ROOT);
  }

  /** Every installed provider, by id, including those that are not the default for anything. */
  public List<EngineProvider> providers() {
    return providers;
  }

  /** Where a provider came from: built in, or the folder or jar that added it. */
  public EngineOrigin origin(EngineProvider provider) {
    Entry entry = entriesById.get(provider.id());
    return entry == null ? EngineOrigin.BUILT_IN : entry.origin();
  }

  /**
   * True when the provider is a dedicated adapter ({@link EngineProvider} service), false when an
   * {@link EngineDiscovery} found it.
   */
  public boolean isDedicated(EngineProvider provider) {
    Entry entry = entriesById.get(provider.id());
    return entry == null || entry.dedicated();
  }

  /** Every claimed extension, in resolution order. */
  public List<String> extensions() {
    return List.copyOf(claimsByExtension.keySet());
  }

  /**
   * The providers that claim an extension (with or without the dot), the default first, then in the
   * order of precedence described above; empty when none does.
   */
  public List<EngineProvider> claimers(String extension) {
    return claimsByExtension.getOrDefault(normalize(extension), List.of());
  }

  /**
   * Each language as {@code use} resolves it: for every provider, by id, the extensions it is the
   * engine for (chosen or default); providers that run no extension are left out.
   */
  public List<List<String>> languages() {
    List<List<String>> languages = new ArrayList<>();
    for (EngineProvider provider : providers) {
      List<String> own =
          lowerCase(provider.fileExtensions()).stream()
              .distinct()
              .filter(e -> engineFor(e).map(p -> p == provider).orElse(false))
              .toList();
      if (!own.isEmpty()) {
        languages.add(own);
      }
    }
    return languages;
  }

  /** The engine that runs files with this extension: the chosen one, else the default. */
  public Optional<EngineProvider> engineFor(String extension) {
    String key = normalize(extension);
    EngineProvider choice = chosen.get(key);
    if (choice != null) {
      return Optional.of(choice);
    }
    List<EngineProvider> claims = claimsByExtension.get(key);
    return claims == null ? Optional.empty() : Optional.of(claims.get(0));
  }

  /** True when {@link #choose} picked the engine for this extension. */
  public boolean isChosen(String extension) {
    return chosen.containsKey(normalize(extension));
  }

  /**
   * Runs files with {@code extension} on the engine named {@code name} (its {@link
   * EngineProvider#id()}, case ignored) instead of the default. Call before the session starts.
   *
   * @param extension with or without the dot: {@code js}, {@code .js}
   * @throws EngineNotFoundException when no engine claims the extension (listing the installed
   *     extensions), or no engine of that name claims it (listing the engines that do)
   */
  public EngineRegistry choose(String extension, String name) {
    String key = normalize(extension);
    List<EngineProvider> claims = claimsByExtension.get(key);
    if (key.isEmpty() || claims == null) {
      throw new EngineNotFoundException(
          "no engine claims '."
              + key
              + "'; installed extensions: "
              + (claimsByExtension.isEmpty() ? "none" : installedExtensions()));
    }
    for (EngineProvider provider : claims) {
      if (provider.id().equalsIgnoreCase(name)) {
        chosen.put(key, provider);
        return this;
      }
    }
    String claimers =
        claims.stream()
            .map(p -> p.id() + " (" + origin(p) + (p == claims.get(0) ? ", the default" : "") + ")")
            .collect(Collectors.joining(", "));
    throw new EngineNotFoundException(
        (providers.stream().anyMatch(p -> p.id().equalsIgnoreCase(name))
                ? "engine '" + name + "' does not claim '." + key + "'"
                : "no engine named '" + name + "'")
            + "; engines that claim '."
            + key
            + "': "
            + claimers);
  }

  private String installedExtensions() {
    return claimsByExtension.keySet().stream().map(e -> "." + e).collect(Collectors.joining(", "));
  }

  /** The extension of a path, lower case, without the dot; empty when it has none. */
  public static String extensionOf(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /** True when some engine claims the file's extension. */
  public boolean handles(Path file) {
    return claimsByExtension.containsKey(extensionOf(file));
  }

  /**
   * The provider for a file, by extension: the one {@link #choose chosen} for it, else the default
   * (see the class comment).
   *
   * @throws EngineNotFoundException naming the file and the installed extensions
   */
  public EngineProvider providerFor(Path file) {
    return providerFor(file, "", null);
  }

  /**
   * The provider for a file of this text, used by a module that {@code caller} ran (null for the
   * main file), in this order: the engine {@link #choose chosen} for the extension; the engine that
   * claims the extension and runs the interpreter the first line names ({@link Shebang}); the
   * caller's engine when it claims the extension; the default.
   *
   * @throws EngineNotFoundException naming the file and the installed extensions
   */
  public EngineProvider providerFor(Path file, String text, EngineProvider caller) {
    String key = extensionOf(file);
    List<EngineProvider> claims = claimsByExtension.getOrDefault(key, List.of());
    if (!chosen.containsKey(key) && claims.size() > 1) {
      Optional<String> interpreter = Shebang.interpreter(text);
      if (interpreter.isPresent()) {
        for (EngineProvider provider : claims) {
          if (Shebang.names(provider.interpreterNames(), interpreter.get())) {
            return provider;
          }
        }
      } else if (caller != null && claims.contains(caller)) {
        return caller;
      }
    }
    return defaultFor(file);
  }

  private EngineProvider defaultFor(Path file) {
    String extension = extensionOf(file);
    Optional<EngineProvider> provider =
        extension.isEmpty() ? Optional.empty() : engineFor(extension);
    if (provider.isEmpty()) {
      String installed = installedExtensions();
      throw new EngineNotFoundException(
          "no engine for '"
              + file.getFileName()
              + "'"
              + (extension.isEmpty() ? " (it has no extension)" : "")
              + "; installed extensions: "
              + (installed.isEmpty() ? "none" : installed));
    }
    return provider.get();
  }

  /** The provider with this id, if installed. */
  public Optional<EngineProvider> provider(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Takes over an engine started ahead of the session: the first run that needs that built-in
   * provider gets its adapter instead of starting one. Call before the session starts.
   */
  public synchronized void adopt(EngineHeadStart headStart) {
    this.headStart.release();
    this.headStart = headStart;
  }

  /** The warm engine for a provider, starting it on first call. */
  public synchronized EngineAdapter adapter(EngineProvider provider) {
    if (closed) {
      throw new IllegalStateException("engine registry is closed");
    }
    EngineAdapter adapter = started.get(provider.id());
    if (adapter == null) {
      boolean builtIn = isDedicated(provider) && origin(provider) == EngineOrigin.BUILT_IN;
      adapter = builtIn ? headStart.claim(provider) : null;
      if (adapter == null) {
        adapter = provider.create();
      }
      started.put(provider.id(), adapter);
    }
    return adapter;
  }

  /** Ids of the engines started so far. */
  public synchronized List<String> startedEngines() {
    return List.copyOf(started.keySet());
  }

  /**
   * True when an engine started so far claims this thread as its own ({@link
   * EngineAdapter#ownsThread}).
   */
  public synchronized boolean ownsThread(Thread thread) {
    return started.values().stream().anyMatch(adapter -> adapter.ownsThread(thread));
  }

  /** Closes the engines started, then the class loader of the jars added from sources, if any. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    headStart.release();
    RuntimeException first = null;
    for (EngineAdapter adapter : started.values()) {
      try {
        adapter.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    started.clear();
    if (loader != null) {
      try {
        loader.close();
      } catch (Exception e) {
        RuntimeException failure = new IllegalStateException("closing the engines' jars", e);
        if (first == null) {
          first = failure;
        } else {
          first.addSuppressed(failure);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
