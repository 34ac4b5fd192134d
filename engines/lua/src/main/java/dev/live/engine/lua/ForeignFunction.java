package dev.live.engine.lua;

import dev.live.core.bridge.BridgeFunction;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * A function of another language as a Lua function. Its errors become Lua errors that {@code pcall}
 * catches (see {@link LuaErrors#toLua}).
 */
final class ForeignFunction extends VarArgFunction {

  private final LuaValues values;
  private final BridgeFunction function;

  ForeignFunction(LuaValues values, BridgeFunction function) {
    this.values = values;
    this.function = function;
    this.name = String.valueOf(function);
  }

  BridgeFunction function() {
    return function;
  }

  @Override
  public Varargs invoke(Varargs arguments) {
    var converted = values.arguments(arguments);
    try {
      return values.toEngine(
          function.isClass() ? function.construct(converted) : function.call(converted));
    } catch (RuntimeException e) {
      throw LuaErrors.toLua(e, values);
    }
  }

  @Override
  public String tojstring() {
    return "function: " + function;
  }

  @Override
  public LuaValue tostring() {
    return LuaValue.valueOf(tojstring());
  }
}
