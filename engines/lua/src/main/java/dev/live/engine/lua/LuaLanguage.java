package dev.live.engine.lua;

import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptExitException;
import dev.live.engine.jsr223.Jsr223Language;
import dev.live.engine.jsr223.ValueConverter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.luaj.vm2.Globals;
import org.luaj.vm2.Lua;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.script.LuajContext;

/**
 * What the generic JSR-223 adapter needs to know about luaj, found by ServiceLoader.
 *
 * <ul>
 *   <li>Each module gets its own {@link LuajContext}, with its own globals. luaj's engine runs
 *       every chunk against one table of globals whose metatable it points at the bindings of the
 *       latest evaluation, so with plain bindings a function of module A, called after module B was
 *       evaluated, would read B's globals.
 *   <li>Values cross through {@link LuaValues}; errors are read by {@link LuaErrors}.
 *   <li>A run stops through {@link StoppableDebugLib}; {@code os.exit} ends the run, not the JVM.
 *   <li>Chunks are named after their files ({@link ChunkNames}); {@code arg} holds the arguments.
 * </ul>
 */
public final class LuaLanguage implements Jsr223Language {

  /** The name luaj gives the thread of a coroutine. */
  private static final Pattern COROUTINE_THREAD = Pattern.compile("Coroutine-\\d+");

  @Override
  public boolean supports(ScriptEngineFactory factory) {
    return factory.getClass().getName().startsWith("org.luaj.");
  }

  /** luaj's factory builds a Lua runtime in its constructor: 175 classes on every start. */
  @Override
  public Optional<Known> known(Class<? extends ScriptEngineFactory> factoryType) {
    return factoryType.getName().equals("org.luaj.vm2.script.LuaScriptEngineFactory")
        ? Optional.of(new Known("lua", List.of("lua")))
        : Optional.empty();
  }

  @Override
  public String id(ScriptEngineFactory factory) {
    return "lua";
  }

  @Override
  public String languageName(ScriptEngineFactory factory) {
    return "Lua";
  }

  @Override
  public String engineVersion(ScriptEngineFactory factory) {
    return Lua._VERSION; // "Luaj-jse 3.0.1"; the factory's answer would start an engine
  }

  @Override
  public String languageVersion(ScriptEngineFactory factory) {
    return "Lua 5.2";
  }

  /**
   * luaj runs each coroutine on a thread of its own; one a script left suspended waits there until
   * the coroutine is garbage, and is not a thread the script started.
   */
  @Override
  public boolean ownsThread(Thread thread) {
    return COROUTINE_THREAD.matcher(thread.getName()).matches();
  }

  @Override
  public void engineStarted(ScriptEngine engine) {
    Globals compiling = ((LuajContext) engine.getContext()).globals;
    compiling.compiler = new ChunkNames(compiling.compiler, engine);
  }

  @Override
  public ScriptContext newModuleContext(ScriptEngine engine, Module module) {
    LuajContext context = new LuajContext(false, false);
    Globals globals = context.globals;
    globals.load(new StoppableDebugLib());
    globals.get("os").set("exit", new ExitFunction());
    globals.set("arg", arguments(module));
    // Ordered, so a module lists its names in the order it defined them.
    context.setBindings(new SimpleBindings(new LinkedHashMap<>()), ScriptContext.ENGINE_SCOPE);
    return context;
  }

  /** Lua's {@code arg}: the main file at 0, the arguments after {@code --} from 1. */
  private static LuaTable arguments(Module module) {
    LuaTable arg = new LuaTable();
    arg.set(0, module.services().displayName(module.services().mainFile()));
    int i = 1;
    for (String argument : module.services().arguments()) {
      arg.set(i++, argument);
    }
    return arg;
  }

  @Override
  public ValueConverter converter(ScriptEngine engine) {
    return new LuaValues();
  }

  @Override
  public void cancel(ScriptContext context) {
    if (context instanceof LuajContext lua && lua.globals.debuglib instanceof StoppableDebugLib s) {
      s.stop();
    }
  }

  @Override
  public RuntimeException translate(Throwable error, Failure failure) {
    if (!failure.cancelled() && error instanceof ScriptException compile) {
      return LuaErrors.syntaxError(compile, failure.source().path(), failure.fileNamed());
    }
    if (!failure.cancelled() && error instanceof StackOverflowError) {
      return LuaErrors.stackOverflow(failure.source());
    }
    if (error instanceof LuaError lua) {
      RuntimeException translated =
          LuaErrors.fromLua(lua, (LuaValues) failure.values(), failure.fileNamed());
      if (!failure.cancelled() || translated instanceof RunCancelledException) {
        return translated;
      }
    }
    return Jsr223Language.super.translate(error, failure);
  }

  /** {@code os.exit(n)}: ends the run with status n (true is 0, false is 1). */
  private static final class ExitFunction extends OneArgFunction {
    @Override
    public LuaValue call(LuaValue status) {
      int code =
          status.isnil()
              ? 0
              : status.isboolean() ? (status.toboolean() ? 0 : 1) : status.checkint();
      throw new ScriptExitException(code);
    }
  }
}
