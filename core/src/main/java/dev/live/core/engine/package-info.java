/**
 * The engine SPI: how a language plugs into {@code live}. {@link
 * dev.live.core.engine.EngineProvider} is found by ServiceLoader; it starts one warm {@link
 * dev.live.core.engine.EngineAdapter} per session, which opens one {@link
 * dev.live.core.engine.EngineRun} per run.
 */
package dev.live.core.engine;
