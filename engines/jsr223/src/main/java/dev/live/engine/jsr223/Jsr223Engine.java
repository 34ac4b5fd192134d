package dev.live.engine.jsr223;

import java.util.Optional;
import javax.script.ScriptEngine;

/**
 * The session's JSR-223 engine with what its language adds: everything a run of it evaluates
 * against. Made once per session by {@link Jsr223EngineAdapter}; shared by its runs, one at a time.
 *
 * @param script the engine itself, warm for the whole session
 * @param language what live knows of the engine's language
 * @param values the language's value bridge, owner of every value it hands out
 * @param prelude what every module's fresh bindings evaluate first, if the language has one
 */
record Jsr223Engine(
    ScriptEngine script,
    Jsr223Language language,
    ValueConverter values,
    Optional<Prelude> prelude) {}
