/**
 * What the engines on GraalVM's polyglot API (Truffle languages) share: the recording file system,
 * the contexts made in advance and their stop, the bridge's protocol and its views of guest values.
 * Names no language: each engine gives its differences as parameters or small overrides.
 */
package dev.live.engine.truffle;
