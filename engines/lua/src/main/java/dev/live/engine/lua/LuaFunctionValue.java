package dev.live.engine.lua;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.NativeWrapper;
import java.util.List;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaValue;

/** A Lua function handed to another language. A Lua function returns its first result. */
final class LuaFunctionValue extends NativeWrapper<LuaValues, LuaFunction>
    implements BridgeFunction {

  LuaFunctionValue(LuaValues values, LuaFunction function) {
    super(values, function);
  }

  @Override
  public Object call(List<Object> arguments) {
    LuaValue[] converted = new LuaValue[arguments.size()];
    for (int i = 0; i < converted.length; i++) {
      converted[i] = bridge.toEngine(arguments.get(i));
    }
    try {
      return bridge.toBridge(value.invoke(LuaValue.varargsOf(converted)).arg1());
    } catch (LuaError e) {
      throw LuaErrors.fromLua(e, bridge);
    }
  }

  @Override
  public String toString() {
    return "<lua " + value.tojstring() + ">";
  }
}
