package dev.live.engine.graalpy;

import dev.live.engine.truffle.GuestFunction;
import org.graalvm.polyglot.Value;

/** A Python 3 function, method or class handed to other languages; a class is called to build. */
final class PyFunction extends GuestFunction<PyBridge> {

  PyFunction(PyBridge bridge, Value function) {
    super(bridge, function);
  }

  @Override
  public boolean isClass() {
    return value.canInstantiate();
  }

  @Override
  public String whyNotKept() {
    return "a Python function cannot be kept across runs: it ends with the run that made it."
        + " Keep the data it needs in live.state and define the function again in each run.";
  }

  @Override
  public String toString() {
    return "<python3 function>";
  }
}
