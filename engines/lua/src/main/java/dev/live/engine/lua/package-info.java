/**
 * Lua 5.2 for {@code live}, through luaj's JSR-223 engine and the generic adapter in {@code
 * dev.live.engine.jsr223}. This package is only the glue luaj needs: {@link
 * dev.live.engine.lua.LuaLanguage} and the value bridge, plus the prelude {@code
 * META-INF/live/jsr223/lua.prelude}.
 */
package dev.live.engine.lua;
