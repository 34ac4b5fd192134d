package dev.live.engine.lua;

import dev.live.core.bridge.BridgeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * An object, list or map of another language in Lua: userdata whose metatable reads and writes the
 * owner's value. Objects and modules: {@code m.name}, {@code m.name = v}. Lists: {@code xs[1]} is
 * the first element, {@code #xs}, {@code xs[#xs + 1] = v} appends. Maps: {@code t.key}, {@code
 * t[key]}, {@code t.key = nil} removes. {@code pairs} and {@code ipairs} iterate all three (through
 * {@code __pairs} and {@code __ipairs}, which the Lua prelude teaches luaj's {@code pairs}).
 *
 * <p>The userdata is its own instance: luaj's bindings store a userdata's instance, and hand back
 * anything that is not a LuaValue as reflective userdata, so a global holding this value would
 * otherwise lose its metatable.
 */
final class ForeignUserdata extends LuaUserdata {

  private static final LuaTable OBJECT = metatable(Kind.OBJECT);
  private static final LuaTable LIST = metatable(Kind.LIST);
  private static final LuaTable MAP = metatable(Kind.MAP);

  private enum Kind {
    OBJECT,
    LIST,
    MAP
  }

  private final LuaValues values;
  private final Object value;
  private final Kind kind;

  private ForeignUserdata(LuaValues values, Object value, Kind kind, LuaTable metatable) {
    super(value, metatable);
    this.values = values;
    this.value = value;
    this.kind = kind;
    this.m_instance = this;
  }

  static ForeignUserdata object(LuaValues values, BridgeObject object) {
    return new ForeignUserdata(values, object, Kind.OBJECT, OBJECT);
  }

  static ForeignUserdata list(LuaValues values, List<?> list) {
    return new ForeignUserdata(values, list, Kind.LIST, LIST);
  }

  static ForeignUserdata map(LuaValues values, Map<?, ?> map) {
    return new ForeignUserdata(values, map, Kind.MAP, MAP);
  }

  /** The bridge value this stands for. */
  Object value() {
    return value;
  }

  @Override
  public String tojstring() {
    return String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private List<Object> list() {
    return (List<Object>) value;
  }

  @SuppressWarnings("unchecked")
  private Map<Object, Object> map() {
    return (Map<Object, Object>) value;
  }

  private Object read(LuaValue key) {
    return switch (kind) {
      case OBJECT -> ((BridgeObject) value).get(key.tojstring());
      case MAP -> map().get(key.tojstring());
      case LIST -> {
        int index = key.isinttype() ? key.toint() : 0;
        yield index >= 1 && index <= list().size() ? list().get(index - 1) : null;
      }
    };
  }

  private void write(LuaValue key, LuaValue luaValue) {
    Object bridged = values.toBridge(luaValue);
    switch (kind) {
      case OBJECT -> ((BridgeObject) value).set(key.checkjstring(), bridged);
      case MAP -> {
        if (luaValue.isnil()) {
          map().remove(key.tojstring());
        } else {
          map().put(key.tojstring(), bridged);
        }
      }
      case LIST -> {
        int index = key.checkint();
        if (index == list().size() + 1) {
          list().add(bridged);
        } else {
          list().set(index - 1, bridged);
        }
      }
    }
  }

  private int size() {
    return switch (kind) {
      case OBJECT -> ((BridgeObject) value).keys().size();
      case MAP -> map().size();
      case LIST -> list().size();
    };
  }

  /** Keys for {@code pairs}: names, or the indexes 1..n of a list. */
  private List<LuaValue> keys() {
    List<LuaValue> keys = new ArrayList<>();
    switch (kind) {
      case OBJECT -> ((BridgeObject) value).keys().forEach(k -> keys.add(LuaValue.valueOf(k)));
      case MAP -> map().keySet().forEach(k -> keys.add(LuaValue.valueOf(String.valueOf(k))));
      case LIST -> {
        for (int i = 1; i <= list().size(); i++) {
          keys.add(LuaValue.valueOf(i));
        }
      }
    }
    return keys;
  }

  /** Runs an access to the far side; its errors become Lua errors. */
  private LuaValue crossing(Supplier<Object> access) {
    try {
      return values.toEngine(access.get());
    } catch (RuntimeException e) {
      throw LuaErrors.toLua(e, values);
    }
  }

  private static ForeignUserdata self(Varargs arguments) {
    return (ForeignUserdata) arguments.checkuserdata(1, ForeignUserdata.class);
  }

  private static LuaTable metatable(Kind kind) {
    LuaTable metatable = new LuaTable();
    metatable.rawset(LuaValue.INDEX, function(a -> self(a).crossing(() -> self(a).read(a.arg(2)))));
    metatable.rawset(
        LuaValue.NEWINDEX,
        function(
            a ->
                self(a)
                    .crossing(
                        () -> {
                          self(a).write(a.arg(2), a.arg(3));
                          return null;
                        })));
    metatable.rawset(LuaValue.LEN, function(a -> LuaValue.valueOf(self(a).size())));
    metatable.rawset(
        LuaValue.TOSTRING, function(a -> LuaValue.valueOf(String.valueOf(self(a).value))));
    metatable.rawset("__pairs", function(a -> iteration(self(a), self(a).keys())));
    metatable.rawset(
        "__ipairs",
        function(
            a -> {
              ForeignUserdata self = self(a);
              List<LuaValue> indexes = new ArrayList<>();
              int size = self.kind == Kind.LIST ? self.size() : 0;
              for (int i = 1; i <= size; i++) {
                indexes.add(LuaValue.valueOf(i));
              }
              return iteration(self, indexes);
            }));
    metatable.rawset("__name", LuaValue.valueOf("live." + kind.name().toLowerCase()));
    return metatable;
  }

  /**
   * The {@code next, t, nil} triple of a generic for, over a snapshot of the keys taken when the
   * loop starts. A generic for calls {@code next} with the key it returned last, so a position is
   * all it needs to remember.
   */
  private static Varargs iteration(ForeignUserdata self, List<LuaValue> keys) {
    int[] position = {0};
    LuaValue next =
        function(
            a -> {
              if (position[0] >= keys.size()) {
                return LuaValue.NIL;
              }
              LuaValue key = keys.get(position[0]++);
              return LuaValue.varargsOf(key, self.crossing(() -> self.read(key)));
            });
    return LuaValue.varargsOf(next, self, LuaValue.NIL);
  }

  private static LuaValue function(Function<Varargs, Varargs> body) {
    return new VarArgFunction() {
      @Override
      public Varargs invoke(Varargs arguments) {
        return body.apply(arguments);
      }
    };
  }
}
