package dev.live.engine.lua;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.NativeValue;
import java.util.List;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaValue;

/** A Lua function handed to another language. A Lua function returns its first result. */
final class LuaFunctionValue implements BridgeFunction, NativeValue {

  private final LuaValues values;
  private final LuaFunction function;

  LuaFunctionValue(LuaValues values, LuaFunction function) {
    this.values = values;
    this.function = function;
  }

  @Override
  public Object call(List<Object> arguments) {
    LuaValue[] converted = new LuaValue[arguments.size()];
    for (int i = 0; i < converted.length; i++) {
      converted[i] = values.toEngine(arguments.get(i));
    }
    try {
      return values.toBridge(function.invoke(LuaValue.varargsOf(converted)).arg1());
    } catch (LuaError e) {
      throw LuaErrors.fromLua(e, values);
    }
  }

  @Override
  public Object owner() {
    return values;
  }

  @Override
  public Object unwrap() {
    return function;
  }

  @Override
  public String toString() {
    return "<lua " + function.tojstring() + ">";
  }
}
