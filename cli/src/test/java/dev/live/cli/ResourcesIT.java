package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What live itself does to the machine: no listening sockets, and no files outside the project but
 * in its cache folder ({@code $XDG_CACHE_HOME/live}).
 */
@EnabledOnOs(OS.LINUX)
class ResourcesIT {

  @TempDir Path project;
  @TempDir Path home;
  @TempDir Path temp;

  @Test
  void opensNoListeningSocketAndWritesNothingOutsideTheProject() throws Exception {
    Files.writeString(project.resolve("util.js"), "function twice(x) { return 2 * x; }\n");
    Files.writeString(project.resolve("main.py"), "print 'value', use('util').twice(21)\n");
    Map<String, String> environment =
        Map.of(
            "HOME", home.toString(),
            "XDG_CACHE_HOME", home.resolve(".cache").toString(),
            "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temp + " -Duser.home=" + home);
    try (LiveProcess live = LiveProcess.start(project, environment, "run", "main.py")) {
      live.awaitOut("value 42");
      live.awaitErr("[live] ok");
      Files.writeString(project.resolve("util.js"), "function twice(x) { return x + x; }\n");
      live.awaitOut("value 42");
      live.awaitErr("[live] ok");

      assertThat(listeningSockets(live.pid())).as("listening sockets of live").isEmpty();
    }
    Path cache = home.resolve(".cache/live");
    assertThat(filesIn(home))
        .as("files written under HOME, outside live's cache folder")
        .allMatch(p -> p.startsWith(cache) || cache.startsWith(p));
    assertThat(filesIn(temp)).as("files written under the temp folder").isEmpty();
    try (Stream<Path> files = Files.list(project)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("main.py", "util.js");
    }
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> !p.equals(folder)).toList();
    }
  }

  /** Inodes of the process's sockets that are in the LISTEN state (0A) in /proc/net/tcp*. */
  private static List<String> listeningSockets(long pid) throws IOException {
    Set<String> ownSockets = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            ownSockets.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // The descriptor closed while listing: it is not a listening socket.
        }
      }
    }
    List<String> listening = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
      Path file = Path.of("/proc", Long.toString(pid), "net", table);
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
        String[] fields = line.trim().split("\\s+");
        boolean listens = table.startsWith("udp") || fields[3].equals("0A");
        if (listens && ownSockets.contains(fields[9])) {
          listening.add(table + " " + fields[1]);
        }
      }
    }
    return listening;
  }
}
