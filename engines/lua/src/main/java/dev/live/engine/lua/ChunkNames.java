package dev.live.engine.lua;

import java.io.IOException;
import java.io.InputStream;
import javax.script.ScriptEngine;
import org.luaj.vm2.Globals;
import org.luaj.vm2.Prototype;

/**
 * luaj's script engine names every chunk {@code "script"}, so its errors cannot say which file
 * failed. This compiler, installed in the engine's own globals (which luaj compiles with whatever
 * context it then runs in), names the chunk after the file the adapter is evaluating, as set in
 * {@link ScriptEngine#FILENAME}, with Lua's {@code @} for "a file".
 */
final class ChunkNames implements Globals.Compiler {

  private final Globals.Compiler compiler;
  private final ScriptEngine engine;

  ChunkNames(Globals.Compiler compiler, ScriptEngine engine) {
    this.compiler = compiler;
    this.engine = engine;
  }

  @Override
  public Prototype compile(InputStream stream, String chunkName) throws IOException {
    Object file = engine.get(ScriptEngine.FILENAME);
    boolean unnamed = "script".equals(chunkName) && file != null && !"?".equals(file);
    return compiler.compile(stream, unnamed ? "@" + file : chunkName);
  }
}
