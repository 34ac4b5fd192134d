package dev.live.core.engine;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of the jars added at start: every source's jars in one loader, whose parent is
 * the program's, so an engine's classes are defined once and see the SPI and each other.
 *
 * <p>To tell where each engine came from, discovery runs once per source through {@link
 * #servicesOf(EngineSource)}: a loader that loads every class as this one does but lists only the
 * service files ({@code META-INF/services/...}) of that source's jars.
 */
final class EngineClassLoader extends URLClassLoader {

  static {
    ClassLoader.registerAsParallelCapable();
  }

  EngineClassLoader(List<EngineSource> sources, ClassLoader parent) {
    super("live-engines", urls(sources), parent);
  }

  private static URL[] urls(List<EngineSource> sources) {
    List<URL> urls = new ArrayList<>();
    for (EngineSource source : sources) {
      for (var jar : source.jars()) {
        urls.add(url(jar));
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new EnginePathException(jar, "cannot load " + jar + ": " + e.getMessage(), e);
    }
  }

  /** A view of this loader that lists only the services declared in {@code source}'s jars. */
  ClassLoader servicesOf(EngineSource source) {
    List<String> prefixes = new ArrayList<>();
    for (var jar : source.jars()) {
      prefixes.add("jar:" + url(jar) + "!/");
    }
    return new ServiceView(this, prefixes);
  }

  private static final class ServiceView extends ClassLoader {

    static {
      ClassLoader.registerAsParallelCapable();
    }

    private final List<String> prefixes;

    ServiceView(ClassLoader parent, List<String> prefixes) {
      super("live-engines-services", parent);
      this.prefixes = List.copyOf(prefixes);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      Enumeration<URL> all = getParent().getResources(name);
      if (!name.startsWith("META-INF/services/")) {
        return all;
      }
      List<URL> own = new ArrayList<>();
      while (all.hasMoreElements()) {
        URL url = all.nextElement();
        String text = url.toString();
        if (prefixes.stream().anyMatch(text::startsWith)) {
          own.add(url);
        }
      }
      return Collections.enumeration(own);
    }

    @Override
    public String toString() {
      return "live-engines-services" + prefixes;
    }
  }
}
