package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Node's globals besides the timers: fetch against a local server, with its response coming back
 * through the run's loop, and the small ones scripts reach for.
 */
class NodeGlobalsIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  private HttpServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  private String serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/json",
        exchange -> {
          byte[] body = "{\"greeting\":\"hello\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/echo",
        exchange -> {
          String sent =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          byte[] body =
              (exchange.getRequestMethod()
                      + " "
                      + exchange.getRequestHeaders().getFirst("X-Name")
                      + " "
                      + sent)
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(404, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void fetchGetsAndPostsThroughTheRunsLoop() throws IOException {
    String base = serve();
    RunResult result =
        sessions.runOnce(
            sessions.write(
                "main.js",
                """
                var log = [];
                async function main(base) {
                  const response = await fetch(base + '/json');
                  log.push(response.status, response.ok, response.headers.get('content-type'));
                  log.push((await response.json()).greeting);
                  const echoed = await fetch(base + '/echo', {
                    method: 'POST', headers: { 'X-Name': 'live' }, body: 'ping' });
                  log.push(echoed.status, echoed.ok, await echoed.text());
                }
                main('%s');
                """
                    .formatted(base)));

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("log"))
        .asList()
        .containsExactly(200, true, "application/json", "hello", 404, false, "POST live ping");
  }

  @Test
  void aFetchThatCannotConnectRejectsWithATypeError() throws IOException {
    String base = serve();
    server.stop(0);
    server = null;
    RunResult result =
        sessions.runOnce(
            sessions.write(
                "main.js",
                """
                var log = [];
                fetch('%s/json').catch((e) => log.push(e.name, e.message));
                """
                    .formatted(base)));

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("log")).asList().containsExactly("TypeError", "fetch failed");
  }

  @Test
  void theSmallGlobalsWork() throws IOException {
    RunResult result =
        sessions.runOnce(
            sessions.write(
                "main.js",
                """
                const original = { when: new Date(0), tags: new Set(['a']), byName: new Map([['k', [1]]]) };
                original.self = original;
                const copy = structuredClone(original);
                let cloneError = '';
                try { structuredClone({ f() {} }); } catch (e) { cloneError = e.name; }
                const target = {};
                Error.captureStackTrace(target);
                var checks = [
                  copy !== original && copy.self === copy && copy.when.getTime() === 0,
                  copy.tags.has('a') && copy.byName.get('k')[0] === 1,
                  cloneError,
                  btoa('hello, live'),
                  atob('aGVsbG8sIGxpdmU='),
                  new TextDecoder().decode(new TextEncoder().encode('héllo')),
                  typeof performance.now(),
                  global === globalThis,
                  typeof target.stack,
                  typeof process.hrtime.bigint(),
                  process.hrtime().length,
                  process.cwd().length > 0,
                  typeof process.versions.node,
                  typeof process.stdout.write,
                  typeof process.stdout.isTTY,
                ].join();
                """));

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("checks"))
        .isEqualTo(
            "true,true,DataCloneError,aGVsbG8sIGxpdmU=,hello, live,héllo,number,true,string,"
                + "bigint,2,true,string,function,boolean");
  }
}
