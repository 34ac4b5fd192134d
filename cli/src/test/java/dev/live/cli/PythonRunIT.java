package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: what a Python script does to itself, to the JVM or to the terminal ends that run, and
 * the session runs the next save as if nothing had happened.
 */
class PythonRunIT {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** {@code live ARGS} on a small heap, so a script can fill it in a moment. */
  private LiveProcess startWithSmallHeap(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx128m");
    command.add("-cp");
    command.add(Path.of(System.getProperty("live.home"), "lib").toAbsolutePath() + "/*");
    command.add("dev.live.cli.Main");
    command.addAll(List.of(args));
    return LiveProcess.startCommand(dir, Map.of(), command);
  }

  @Test
  void runningOutOfMemoryEndsTheRunWithAMemoryErrorAndTheNextSaveRuns() throws Exception {
    write("main.py", "x = []\nwhile True:\n    x.append([0] * 100000)\n");
    try (LiveProcess live = startWithSmallHeap("run", "main.py")) {
      live.awaitErr("MemoryError: out of memory");
      write("main.py", "print 'fixed'\n");
      live.awaitOut("fixed");
      live.awaitErr("[live] ok");
    }
  }

  @Test
  void disposeHooksOfAStoppedRunRunBeforeTheNextRun() throws Exception {
    write(
        "main.py",
        """
        import time
        def disposed():
            with open("disposed.txt", "a") as log:
                log.write("x")
        live.onDispose(disposed)
        print "looping"
        while True:
            time.sleep(0.05)
        """);
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("looping");
      write("main.py", "print open('disposed.txt').read()\n");
      live.awaitOut("x");
      live.awaitErr("[live] ok");
    }
  }

  @Test
  @Disabled(
      "Not reliable yet: failed 1 of 3 clean-clone suite runs with 'Address already in use'"
          + " although the hook ran; Jython's netty-backed close is not always done when close()"
          + " returns. Kept to be fixed, see docs/guarantees.md.")
  void aServerClosedByItsDisposeHookFreesItsPortForTheNextRun() throws Exception {
    String server =
        """
        import SocketServer
        srv = SocketServer.TCPServer(("127.0.0.1", PORT), SocketServer.BaseRequestHandler)
        live.onDispose(srv.server_close)
        print "serving %s"
        srv.serve_forever()
        """;
    int port = freePort();
    write("main.py", server.replace("PORT", Integer.toString(port)).replace("%s", "one"));
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("serving one");
      write("main.py", server.replace("PORT", Integer.toString(port)).replace("%s", "two"));
      live.awaitOut("serving two");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void stoppingARunWhileItPrintsLeavesStdoutOpenForTheNextRuns() throws Exception {
    String printing = "i = 0\nwhile True:\n    print i\n    i += 1\n";
    write("main.py", printing);
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      for (int save = 1; save <= 3; save++) {
        live.awaitOutMatching("[0-9]{4,}");
        write("main.py", "# save " + save + "\n" + printing);
      }
      live.awaitOutMatching("[0-9]{4,}");
      write("main.py", "print 'still printing'\n");
      live.awaitOut("still printing");
      live.awaitErr("[live] ok");
    }
  }

  @Test
  void osExitEndsTheRunWithItsStatusAndLiveWatchesOn() throws Exception {
    write("main.py", "import os\nprint 'exiting'\nos._exit(5)\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "--once", "main.py")) {
      assertThat(live.awaitExit()).isEqualTo(5);
    }
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitErr("exited with status 5");
      write("main.py", "print 'still watching'\n");
      live.awaitOut("still watching");
    }
  }

  @Test
  void aSaveStopsARunWaitingForInput() throws Exception {
    write("main.py", "print 'waiting'\nname = raw_input()\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitOut("waiting");
      write("main.py", "print 'next run'\n");
      live.awaitOut("next run");
      live.awaitErr("[live] ok");
    }
  }

  @Test
  void inputTypedForAStoppedRunIsNotReadByTheNext() throws Exception {
    write(
        "main.py",
        """
        import time
        print "first read", raw_input()
        while True:
            time.sleep(0.05)
        """);
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitErr("[live] run 1");
      live.type("one\ntwo\n");
      live.awaitOut("first read one");
      write("main.py", "print 'run 2 reads'\nprint 'second read', raw_input()\n");
      live.awaitOut("run 2 reads");
      live.type("three\n");
      assertThat(live.awaitOutMatching("second read .*")).isEqualTo("second read three");
    }
  }
}
