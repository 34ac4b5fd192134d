package dev.live.engine.truffle;

import org.graalvm.polyglot.Context;

/** A context made in advance for a run, with its file system; an engine adds what it prepared. */
public interface FreshContext {

  Context context();

  RecordingFileSystem files();
}
