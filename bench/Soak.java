// Soak: 1,000 reloads in a row, with RSS, heap after a full GC and live threads sampled after 50
// and after 1,000 reloads.
//
//   java bench/Soak.java [reloads [mixed|python3]]   (after ./live has built the distribution once)
//
// mixed (the default): a Python main uses a JavaScript module and keeps a counter in live.keep;
// each save rewrites the module. When a graalpy engine is installed, the main also uses a Python 3
// module, and the saves alternate between the two modules. python3: a Python 3 main importing
// json, re and collections uses a Python 3 module, which each save rewrites. Prints the figures and
// writes them to bench/results/soak.json (soak-python3.json).
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

public class Soak {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path LIB = ROOT.resolve("cli/target/live/lib");

  public static void main(String[] args) throws Exception {
    int reloads = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    boolean python3Only = args.length > 1 && args[1].equals("python3");
    Path dir = Files.createTempDirectory("live-soak");
    boolean python3 = python3Installed();
    if (python3Only && !python3) {
      throw new IllegalStateException("no graalpy engine installed: no Python 3 soak");
    }
    boolean js = !python3Only;
    String counter = "count = live.keep('count', lambda: {'n': 0})\ncount['n'] += 1\n";
    Files.writeString(dir.resolve("main.py"), python3Only
        ? "#!/usr/bin/env python3\nimport json, re, collections\n" + counter
            + "print('run %d %s' % (count['n'], use('mod3').word))\n"
        : counter + "words = use('mod').word\n"
            + (python3 ? "words = words + ' ' + use('mod3').word\n" : "")
            + "print 'run %d %s' % (count['n'], words)\n");
    Files.writeString(dir.resolve("mod.js"), "var word = 'w0';\n");
    Files.writeString(dir.resolve("mod3.py"), "#!/usr/bin/env python3\nword = 'p0'\n");
    String jsWord = "w0";
    String pyWord = "p0";
    System.out.println(python3Only ? "saves: Python 3 (a Python 3 main)"
        : python3 ? "saves alternate: JavaScript, Python 3" : "saves: JavaScript (no graalpy engine installed)");
    // Through the launcher, as users run it (it execs the JVM, so the pid is the JVM's).
    ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("live").toString(), "run", "main.py")
        .directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("LIVE_JAVA_OPTS", ("-XX:NativeMemoryTracking=summary " + System.getenv().getOrDefault("LIVE_JAVA_OPTS", "")).trim());
    builder.environment().put("NO_COLOR", "1");
    Process live = builder.start();
    BlockingQueue<String> out = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(live.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l = r.readLine(); l != null; l = r.readLine()) out.add(l);
      } catch (IOException e) { /* ended */ }
    });
    reader.setDaemon(true);
    reader.start();
    Map<String, Map<String, Long>> samples = new LinkedHashMap<>();
    try {
      await(out, "run 1 " + words(js ? jsWord : null, python3 ? pyWord : null));
      awaitStatus(out, "[live] ok");
      long start = System.nanoTime();
      for (int i = 1; i <= reloads; i++) {
        if (python3Only || (python3 && i % 2 == 0)) {
          pyWord = "p" + i;
          Files.writeString(dir.resolve("mod3.py"), "#!/usr/bin/env python3\nword = '" + pyWord + "'\n");
        } else {
          jsWord = "w" + i;
          Files.writeString(dir.resolve("mod.js"), "var word = '" + jsWord + "';\n");
        }
        await(out, "run " + (i + 1) + " " + words(js ? jsWord : null, python3 ? pyWord : null));
        // Save only after the run ended, as a person would: a save while the run is still going
        // is a change the run may have made itself.
        awaitStatus(out, "[live] ok");
        if (i == 50 || i == 1000 || i == reloads) {
          // Sampled at rest, as live spends most of its life between saves: the JIT finishes
          // what the last reloads made hot and hands its scratch memory back first.
          long sampling = System.nanoTime();
          Thread.sleep(3000);
          awaitIdle(live.pid());
          samples.put("after " + i + " reloads", sample(live.pid()));
          start += System.nanoTime() - sampling; // not part of the reloads' time
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%d reloads in %.1f s (%.1f ms each, save to output)%n", reloads, seconds, seconds * 1000 / reloads);
      System.out.printf("%-22s %10s %10s %10s %12s %8s%n", "", "RSS (MB)", "anonymous", "file", "heap (MB)", "threads");
      samples.forEach((label, s) -> System.out.printf("%-22s %10.1f %10.1f %10.1f %12.1f %8d%n", label,
          s.get("rssKb") / 1024.0, s.get("rssAnonKb") / 1024.0, s.get("rssFileKb") / 1024.0,
          s.get("heapUsedKb") / 1024.0, s.get("threads")));
      System.out.println("committed memory by JVM area (MB):");
      for (String key : samples.values().iterator().next().keySet()) {
        if (key.startsWith("nmt ")) {
          System.out.printf("  %-26s", key.substring(4, key.length() - 3));
          samples.values().forEach(s -> System.out.printf(" %8.1f", s.getOrDefault(key, 0L) / 1024.0));
          System.out.println();
        }
      }
      Path results = ROOT.resolve("bench/results");
      Files.createDirectories(results);
      StringBuilder json = new StringBuilder("{\"reloads\": " + reloads + ", \"samples\": {");
      int n = 0;
      for (var e : samples.entrySet()) {
        json.append(n++ > 0 ? ", " : "").append('"').append(e.getKey()).append("\": {");
        int m = 0;
        for (var v : e.getValue().entrySet()) {
          json.append(m++ > 0 ? ", " : "").append('"').append(v.getKey()).append("\": ").append(v.getValue());
        }
        json.append('}');
      }
      Files.writeString(results.resolve(python3Only ? "soak-python3.json" : "soak.json"), json.append("}}\n").toString());
    } finally {
      live.destroyForcibly().waitFor();
    }
  }

  /** The words the main prints: each module's word that it uses (null: not used). */
  static String words(String jsWord, String pyWord) {
    return jsWord == null ? pyWord : pyWord == null ? jsWord : jsWord + " " + pyWord;
  }

  /** True when `live engines` lists a graalpy engine (Python 3). */
  static boolean python3Installed() throws Exception {
    Process p = new ProcessBuilder(ROOT.resolve("live").toString(), "engines").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return text.lines().anyMatch(line -> line.startsWith("graalpy "));
  }

  static void await(BlockingQueue<String> q, String wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      String line = q.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) throw new IllegalStateException("timed out waiting for " + wanted);
      if (line.equals(wanted)) return;
    }
  }

  static void awaitStatus(BlockingQueue<String> q, String prefix) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      String line = q.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) throw new IllegalStateException("timed out waiting for " + prefix);
      if (line.startsWith(prefix)) return;
    }
  }

  /**
   * Waits until the process used less than 20 ms of CPU in a second (at most 30 s): at rest means
   * the JIT has compiled what the last reloads queued, which on two busy cores can take seconds.
   */
  static void awaitIdle(long pid) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long before = cpuTicks(pid);
    while (System.nanoTime() < deadline) {
      Thread.sleep(1000);
      long now = cpuTicks(pid);
      if (now - before < 2) return; // clock ticks of 10 ms
      before = now;
    }
  }

  /** User and system CPU time of the process, in clock ticks, from /proc/PID/stat. */
  static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** RSS and threads from /proc; heap used after a full GC from jcmd. */
  static Map<String, Long> sample(long pid) throws Exception {
    Map<String, Long> s = new LinkedHashMap<>();
    // Memory as the running process holds it, before jcmd collects anything.
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) s.put("rssKb", Long.parseLong(line.replaceAll("\\D", "")));
      // Anonymous: heap, code, malloc; file: jars and the class-data-sharing archive, mapped.
      if (line.startsWith("RssAnon:")) s.put("rssAnonKb", Long.parseLong(line.replaceAll("\\D", "")));
      if (line.startsWith("RssFile:")) s.put("rssFileKb", Long.parseLong(line.replaceAll("\\D", "")));
    }
    // The jcmd of live's own JVM: the launcher may pick a newer JDK than the one running this.
    Path own = Path.of("/proc/" + pid + "/exe").toRealPath().resolveSibling("jcmd");
    String jcmd = Files.isExecutable(own) ? own.toString() : Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    run(jcmd, Long.toString(pid), "GC.run");
    long used = 0;
    for (String line : run(jcmd, Long.toString(pid), "GC.heap_info").split("\n")) {
      // One line per generation: "def new generation   total ..." (JDK 17), "DefNew     total ..." (JDK 25).
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\S.*?\\s+total \\d+K, used (\\d+)K").matcher(line);
      if (m.find()) used += Long.parseLong(m.group(1));
    }
    s.put("heapUsedKb", used);
    // Threads after jcmd, whose attach thread then counts in both samples alike.
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("Threads:")) s.put("threads", Long.parseLong(line.replaceAll("\\D", "")));
    }
    // Where the resident memory is: committed KB per JVM area (heap, code, metaspace, ...).
    java.util.regex.Matcher area = java.util.regex.Pattern.compile("-\\s+(\\w[\\w ]*?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)").matcher(run(jcmd, Long.toString(pid), "VM.native_memory", "summary"));
    while (area.find()) {
      s.put("nmt " + area.group(1).trim() + " KB", Long.parseLong(area.group(2)));
    }
    return s;
  }

  static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return text;
  }
}
