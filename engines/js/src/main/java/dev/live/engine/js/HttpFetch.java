package dev.live.engine.js;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * {@code fetch} on the JVM's {@link HttpClient}: the request goes out on the client's threads and
 * its response is posted to the run's {@link EventLoop}, which calls the script back on the run
 * thread. One client for the engine, made on the first request.
 */
final class HttpFetch {

  /** Headers the JVM's client sets itself and refuses from a caller. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private HttpClient client;

  private synchronized HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    }
    return client;
  }

  /**
   * Starts a request; arguments from {@code node-globals.js}: url, method, headers as [name, value]
   * pairs, body or null, then (status, headers, text, url) on success and (message) on failure.
   *
   * @return a function that aborts the request
   */
  ProxyExecutable fetch(EventLoop loop, Value[] arguments) {
    String url = arguments[0].asString();
    String method = arguments[1].asString();
    Value headers = arguments[2];
    Value body = arguments[3];
    Value onResponse = arguments[4];
    Value onFailure = arguments[5];
    HttpRequest request;
    try {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(url))
              .method(
                  method,
                  body.isNull()
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body.asString()));
      for (long i = 0; i < headers.getArraySize(); i++) {
        Value header = headers.getArrayElement(i);
        String name = header.getArrayElement(0).asString();
        if (!RESTRICTED.contains(name)) {
          builder.header(name, header.getArrayElement(1).asString());
        }
      }
      request = builder.build();
    } catch (IllegalArgumentException e) {
      onFailure.execute("invalid request to " + url + ": " + e.getMessage());
      return args -> null;
    }
    loop.beginOperation();
    CompletableFuture<HttpResponse<String>> response =
        client().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    response.whenComplete(
        (done, failure) ->
            loop.post(
                () -> {
                  if (failure != null) {
                    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                    onFailure.execute(String.valueOf(cause.getMessage()));
                  } else {
                    onResponse.execute(
                        done.statusCode(), headersOf(done), done.body(), done.uri().toString());
                  }
                }));
    return args -> response.cancel(true);
  }

  private static ProxyObject headersOf(HttpResponse<String> response) {
    Map<String, Object> headers = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
    return ProxyObject.fromMap(headers);
  }
}
