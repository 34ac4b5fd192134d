package dev.live.engine.lua;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.BridgeValueVisitor;
import dev.live.engine.jsr223.ValueConverter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.jse.CoerceJavaToLua;

/**
 * Converts between luaj values and bridge values. Lua values live as long as the session, so this
 * converter owns every view it hands out, and a Lua value that comes back is the original.
 *
 * <p>Why luaj needs this at all: its engine hands back functions and tables as raw {@code
 * LuaValue}s (it does not implement {@link javax.script.Invocable}), and it turns any Java object
 * it is given into reflective userdata, on which {@code f(x)} and {@code m.name} do not work. So
 * bridge functions become Lua functions ({@link ForeignFunction}), and bridge objects, lists and
 * maps become userdata with metatables ({@link ForeignUserdata}).
 */
final class LuaValues implements ValueConverter {

  /** Doubles with no fraction up to this size cross as whole numbers. */
  private static final double EXACT = 9007199254740992d; // 2^53

  private final ToLua toLua = new ToLua();

  @Override
  public Object toBridge(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof LuaValue lua)) {
      return javaValue(value);
    }
    if (lua instanceof ForeignFunction foreign) {
      return foreign.function();
    }
    if (lua instanceof ForeignUserdata foreign) {
      return foreign.value();
    }
    return switch (lua.type()) {
      case LuaValue.TNIL, LuaValue.TNONE -> null;
      case LuaValue.TBOOLEAN -> lua.toboolean();
      case LuaValue.TNUMBER -> number(lua);
      case LuaValue.TSTRING -> lua.tojstring();
      case LuaValue.TFUNCTION -> new LuaFunctionValue(this, (LuaFunction) lua);
      case LuaValue.TTABLE -> table((LuaTable) lua);
      case LuaValue.TUSERDATA -> lua.touserdata();
      default -> lua; // a coroutine: opaque
    };
  }

  /** What luaj's bindings hold: it stores strings and numbers as Java values already. */
  private static Object javaValue(Object value) {
    if (value instanceof Byte || value instanceof Short) {
      return ((Number) value).intValue();
    }
    if (value instanceof Float number) {
      return number.doubleValue();
    }
    return value;
  }

  private static Object number(LuaValue number) {
    if (number.isinttype()) {
      return number.toint();
    }
    double value = number.todouble();
    // Lua 5.2 has one number type; a whole number too big for an int is still whole.
    if (value == Math.rint(value) && Math.abs(value) <= EXACT) {
      return (long) value;
    }
    return value;
  }

  /** A sequence {1..n} with n > 0 reads as a list; any other table as a map. */
  private Object table(LuaTable table) {
    int length = table.length();
    if (length > 0 && table.keyCount() == length) {
      return new LuaTableList(this, table);
    }
    return new LuaTableMap(this, table);
  }

  @Override
  public LuaValue toEngine(Object value) {
    return BridgeValueVisitor.dispatch(value, this, toLua);
  }

  /** Arguments of a Lua call as bridge values. */
  List<Object> arguments(Varargs arguments) {
    List<Object> converted = new ArrayList<>(arguments.narg());
    for (int i = 1; i <= arguments.narg(); i++) {
      converted.add(toBridge(arguments.arg(i)));
    }
    return converted;
  }

  /**
   * Bridge values as Lua sees them: primitives become Lua's own, values of other languages Lua
   * functions and userdata, and other Java objects luaj's reflective userdata.
   */
  private final class ToLua implements BridgeValueVisitor<LuaValue> {

    @Override
    public LuaValue primitive(Object value) {
      if (value == null) {
        return LuaValue.NIL;
      }
      if (value instanceof Boolean bool) {
        return LuaValue.valueOf(bool);
      }
      if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
        return LuaValue.valueOf(((Number) value).intValue());
      }
      if (value instanceof Long number) {
        return number == number.intValue()
            ? LuaValue.valueOf(number.intValue())
            : LuaValue.valueOf(number.doubleValue());
      }
      if (value instanceof Double || value instanceof Float || value instanceof BigInteger) {
        return LuaValue.valueOf(((Number) value).doubleValue());
      }
      if (value instanceof String text) {
        return LuaValue.valueOf(text);
      }
      return CoerceJavaToLua.coerce(value);
    }

    @Override
    public LuaValue function(BridgeFunction function) {
      return new ForeignFunction(LuaValues.this, function);
    }

    @Override
    public LuaValue object(BridgeObject object) {
      return ForeignUserdata.object(LuaValues.this, object);
    }

    @Override
    public LuaValue list(List<?> list) {
      return ForeignUserdata.list(LuaValues.this, list);
    }

    @Override
    public LuaValue map(Map<?, ?> map) {
      return ForeignUserdata.map(LuaValues.this, map);
    }

    @Override
    public LuaValue javaObject(Object value) {
      return value instanceof LuaValue lua ? lua : CoerceJavaToLua.coerce(value);
    }
  }
}
