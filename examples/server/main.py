# live run examples/server/main.py            (or: ... -- PORT; the default port is 8765)
# Serves http://127.0.0.1:8765/ with the JDK's own HTTP server. Edit handler.py (the greeting)
# and save, then reload the page: the new handler answers, and live.onDispose stops the old
# server first, so every run binds the same port again.
import sys
from java.net import InetSocketAddress
from com.sun.net.httpserver import HttpHandler, HttpServer

handler = use("handler")
port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765


class Respond(HttpHandler):
    def handle(self, exchange):
        body = bytearray(handler.respond(exchange.getRequestURI().getPath()).encode("utf-8"))
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8")
        exchange.sendResponseHeaders(200, len(body))
        out = exchange.getResponseBody()
        out.write(body)
        out.close()


server = HttpServer.create(InetSocketAddress("127.0.0.1", port), 0)
server.createContext("/", Respond())
server.start()
live.onDispose(lambda: server.stop(0))
print "server ready"
print "http://127.0.0.1:%d/" % server.getAddress().getPort()
# args: 0
# out: server ready
