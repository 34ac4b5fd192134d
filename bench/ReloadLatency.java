// Reload latency and cold start of live, measured against the real distribution.
//
//   java bench/ReloadLatency.java [saves]        (after ./live has built the distribution once)
//
// For Python and JavaScript, plain saves and write-temp-then-rename saves of a used module: the
// time from the save to the re-run's first output line, median of N saves. Then the cold start of
// `live run --once` on examples/hello, process start to first output line, median of 5.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

public class ReloadLatency {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path LIB = ROOT.resolve("cli/target/live/lib");

  public static void main(String[] args) throws Exception {
    int saves = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    if (!Files.isDirectory(LIB)) {
      throw new IllegalStateException("no distribution at " + LIB + "; run ./live once first");
    }
    System.out.printf("%-34s %8s %8s %8s %8s%n", "reload latency (ms)", "median", "p90", "min", "max");
    for (String ext : List.of("py", "js")) {
      for (boolean rename : List.of(false, true)) {
        latency(ext, rename, saves);
      }
    }
    for (String ext : List.of("py", "js")) {
      busyLoop(ext, saves);
    }
    System.out.printf("%n%-34s %8s %8s %8s%n", "cold start to first line (ms)", "median", "min", "max");
    for (String ext : List.of("py", "js")) {
      coldStart(ROOT.resolve("examples/hello/main." + ext));
    }
  }

  static Process start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-cp", LIB + "/*", "dev.live.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("NO_COLOR", "1");
    return builder.start();
  }

  static BlockingQueue<String> lines(InputStream stream) {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String l = r.readLine(); l != null; l = r.readLine()) queue.add(l);
      } catch (IOException e) { /* process ended */ }
    });
    t.setDaemon(true);
    t.start();
    return queue;
  }

  static String await(BlockingQueue<String> q, String wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      String line = q.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) throw new IllegalStateException("timed out waiting for " + wanted);
      if (line.contains(wanted)) return line;
    }
  }

  static String module(String ext, int i) {
    return ext.equals("py") ? "word = 'token" + i + "'\n" : "var word = 'token" + i + "';\n";
  }

  static void latency(String ext, boolean rename, int saves) throws Exception {
    Path dir = Files.createTempDirectory("live-bench");
    Files.writeString(dir.resolve("main." + ext),
        ext.equals("py") ? "print use('util').word\n" : "console.log(use('util').word);\n");
    Files.writeString(dir.resolve("util." + ext), module(ext, 0));
    Process live = start(dir, "run", "main." + ext);
    try {
      BlockingQueue<String> out = lines(live.getInputStream());
      BlockingQueue<String> err = lines(live.getErrorStream());
      await(out, "token0");
      await(err, "[live] ok");
      List<Double> millis = new ArrayList<>();
      for (int i = 1; i <= saves; i++) {
        Path target = dir.resolve("util." + ext);
        long t0;
        if (rename) {
          Path temp = Files.writeString(dir.resolve("util." + ext + ".tmp"), module(ext, i));
          t0 = System.nanoTime();
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
          t0 = System.nanoTime();
          Files.writeString(target, module(ext, i));
        }
        await(out, "token" + i);
        millis.add((System.nanoTime() - t0) / 1e6);
        await(err, "[live] ok");
      }
      // One run per save: nothing more may arrive after the last one.
      String extra = err.poll(500, TimeUnit.MILLISECONDS);
      if (extra != null && extra.contains("[live] run")) throw new IllegalStateException("extra run: " + extra);
      Collections.sort(millis);
      System.out.printf("%-34s %8.1f %8.1f %8.1f %8.1f%n",
          ext + (rename ? " module, rename save" : " module, plain save"),
          millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)),
          millis.get(0), millis.get(millis.size() - 1));
    } finally {
      live.destroyForcibly().waitFor();
    }
  }

  /** Save to the next run's first line when the running run is a busy loop that must be stopped. */
  static void busyLoop(String ext, int saves) throws Exception {
    Path dir = Files.createTempDirectory("live-bench");
    Path main = dir.resolve("main." + ext);
    java.util.function.IntFunction<String> script = i -> ext.equals("py")
        ? "print 'token" + i + "'\nwhile True:\n    pass\n"
        : "console.log('token" + i + "');\nwhile (true) {}\n";
    Files.writeString(main, script.apply(0));
    Process live = start(dir, "run", main.getFileName().toString());
    try {
      BlockingQueue<String> out = lines(live.getInputStream());
      await(out, "token0");
      List<Double> millis = new ArrayList<>();
      for (int i = 1; i <= saves; i++) {
        Thread.sleep(100); // let the loop get hot before stopping it
        long t0 = System.nanoTime();
        Files.writeString(main, script.apply(i));
        await(out, "token" + i);
        millis.add((System.nanoTime() - t0) / 1e6);
      }
      Collections.sort(millis);
      System.out.printf("%-34s %8.1f %8.1f %8.1f %8.1f%n",
          ext + " main, stopping a busy loop",
          millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)),
          millis.get(0), millis.get(millis.size() - 1));
    } finally {
      live.destroyForcibly().waitFor();
    }
  }

  static void coldStart(Path main) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      Process live = start(main.getParent(), "run", "--once", "-q", main.getFileName().toString());
      BlockingQueue<String> out = lines(live.getInputStream());
      await(out, "1.0");
      millis.add((System.nanoTime() - t0) / 1e6);
      live.waitFor();
    }
    Collections.sort(millis);
    System.out.printf("%-34s %8.1f %8.1f %8.1f%n", "hello/" + main.getFileName(),
        millis.get(2), millis.get(0), millis.get(4));
  }
}
