package dev.live.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, in a fresh process each, started by the launcher with the JVM and options users get:
 * a recursion too deep for the stack is an ordinary error of the script's language, catchable where
 * the language allows it, and errors work as before in the runs that follow.
 */
class DeepRecursionIT {

  @TempDir Path dir;
  @TempDir Path cache;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void javaScriptStackOverflowIsARangeErrorAndErrorsStillWorkAfterIt() throws Exception {
    write(
        "main.js",
        """
        function f(n){try{return f(n+1)}catch(e){throw new Error("w")}}
        function g(n, a, b, c){try{return g(n+1, a, b, c)}catch(e){throw new Error("w")}}
        function h(n){const [a] = [n]; try{return h(a+1)}catch(e){throw new Error("w")}}
        for (const deep of [f, g, h, f]) {
          try{deep(0)}catch(e){console.log("caught " + e.message)}
        }
        try { throw new TypeError("x") } catch (e) { console.log("then " + e) }
        """);
    try (LiveProcess live = LiveProcess.launch(dir, cache, "run", "main.js")) {
      for (int i = 0; i < 4; i++) {
        live.awaitOut("caught w");
      }
      live.awaitOut("then TypeError: x");

      write("main.js", "function g(n) { return g(n + 1); }\ng(0);\n");
      live.awaitErr("main.js:1");
      live.awaitErr("RangeError: Maximum call stack size exceeded");

      write("main.js", "throw new TypeError(\"next run\");\n");
      live.awaitErr("TypeError: next run");
    }
  }

  @Test
  void aRecursionBetweenPythonAndJavaScriptIsCaughtAndErrorsStillWorkAfterIt() throws Exception {
    write(
        "p.py",
        "def down(n):\n    return use('j').down(n + 1)\n\ndef fail():\n    raise ValueError('after')\n");
    write("j.js", "function down(n) { return use('p').down(n + 1); }\n");
    write(
        "main.js",
        """
        try { use("p").down(0); } catch (e) { console.log("caught " + e.name); }
        try { throw new TypeError("x"); } catch (e) { console.log("then " + e); }
        try { use("p").fail(); } catch (e) { console.log("and " + e.name + " " + e.message); }
        """);
    try (LiveProcess live = LiveProcess.launch(dir, cache, "run", "main.js")) {
      // Wherever the stack runs out, in JavaScript's frames, Jython's or the bridge's, JavaScript
      // sees its own RangeError.
      live.awaitOut("caught RangeError");
      live.awaitOut("then TypeError: x");
      // Python's errors too: no class of its error path was first initialised out of stack.
      live.awaitOut("and ValueError after");
    }
  }
}
