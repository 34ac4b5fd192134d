package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.modules.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The watch set against a file system of fingerprints held in a map. */
class WatchSetTest {

  private final Map<Path, Fingerprint> disk = new HashMap<>();
  private final Set<Path> folders = new HashSet<>(Set.of(Path.of("/"), Path.of("/p")));
  private final Map<Path, Path> links = new HashMap<>();
  private final Map<Path, Integer> fingerprinted = new HashMap<>();
  private final List<Path> fingerprintedUnderTheMonitor = new ArrayList<>();
  private final WatchSet watchSet =
      new WatchSet(
          this::fingerprint,
          folders::contains,
          path -> links.getOrDefault(path, path),
          (root, path) -> false);

  private Fingerprint fingerprint(Path path) {
    fingerprinted.merge(path, 1, Integer::sum);
    if (Thread.holdsLock(watchSet)) {
      fingerprintedUnderTheMonitor.add(path);
    }
    return disk.getOrDefault(path, Fingerprint.ABSENT);
  }

  private final ManualScheduler clock = new ManualScheduler();
  private final List<Path> lookedAgain = new ArrayList<>();
  private final MidSaveCheck midSave = new MidSaveCheck(clock, lookedAgain::add);

  private final Path main = Path.of("/p/main.py");
  private final Path util = Path.of("/p/lib/util.py");
  private final Path data = Path.of("/p/data");

  private static Fingerprint content(String text) {
    return Fingerprint.of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Records one batch of events; returns what the watch set hands on as changed. */
  private Set<Path> changesFrom(Path... events) {
    List<Set<Path>> handedOn = new ArrayList<>();
    watchSet.recordChanges(List.of(events), midSave, handedOn::add);
    assertThat(handedOn).as("one hand-over per batch").hasSize(1);
    return handedOn.get(0);
  }

  private void used(Path path, String text) {
    disk.put(path, content(text));
    watchSet.fileUsed(path, content(text));
  }

  @Test
  void aSaveThatChangesAWatchedFileIsAChangeOnce() {
    used(main, "x = 1");

    disk.put(main, content("x = 2"));

    assertThat(changesFrom(main)).containsExactly(main);
    assertThat(changesFrom(main)).isEmpty();
  }

  @Test
  void savingTheSameBytesIsNoChange() {
    used(main, "x = 1");

    assertThat(changesFrom(main)).isEmpty();
  }

  @Test
  void aFileNoRunUsedIsNoChange() {
    used(main, "x = 1");
    Path notes = Path.of("/p/notes.py");

    disk.put(notes, content("y = 2"));

    assertThat(changesFrom(notes)).isEmpty();
  }

  @Test
  void aSaveInsideAWatchedFolderChangesTheFolder() {
    folders.add(data);
    disk.put(data, content("listing 1"));
    watchSet.fileUsed(data, content("listing 1"));

    disk.put(data, content("listing 2"));

    assertThat(changesFrom(data.resolve("points.csv"))).containsExactly(data);
  }

  @Test
  void aFolderRenamedBackChangesTheWatchedFilesBelowIt() {
    folders.add(util.getParent());
    used(util, "def f(): pass");
    used(main, "use('lib/util')");

    disk.put(util, content("def f(): return 1"));

    assertThat(changesFrom(util.getParent())).containsExactly(util);
  }

  @Test
  void aFileFoundEmptyCountsOnlyWhenItIsStillEmptyAtTheSecondLook() {
    used(main, "x = 1");

    disk.put(main, Fingerprint.EMPTY);
    assertThat(changesFrom(main)).isEmpty();

    clock.advance(MidSaveCheck.GRACE);
    assertThat(lookedAgain).containsExactly(main);
    assertThat(changesFrom(main)).containsExactly(main);
  }

  @Test
  void afterARunTheWatchSetIsExactlyWhatTheRunUsedAndTheExtraPaths() {
    used(main, "use('util')");
    used(Path.of("/p/old.py"), "gone from the next run");
    Path extra = Path.of("/p/settings.json");
    disk.put(extra, content("{}"));

    watchSet.replace(() -> Map.of(main, content("use('util')")), List.of(extra), Set.of(), Set::of);

    assertThat(watchSet.paths()).containsExactlyInAnyOrder(main, extra);
  }

  @Test
  void aChangeNoRunHasSeenIsWatchedWithItsNewContent() {
    used(main, "x = 1");
    disk.put(main, content("x = 2"));
    assertThat(changesFrom(main)).containsExactly(main);

    watchSet.replace(() -> Map.of(main, content("x = 1")), List.of(), Set.of(), () -> Set.of(main));

    assertThat(changesFrom(main)).isEmpty();
  }

  @Test
  void missingFoldersAreWatchedUpToOneThatExists() {
    Path deep = Path.of("/p/lib/sub/util.py");

    watchSet.replace(() -> Map.of(deep, Fingerprint.ABSENT), List.of(), Set.of(), Set::of);

    assertThat(watchSet.paths())
        .containsExactlyInAnyOrder(deep, Path.of("/p/lib/sub"), Path.of("/p/lib"));
  }

  @Test
  void theFoldersToWatchAreEachWatchedFolderAndTheFolderOfEachFile() {
    folders.add(data);
    used(main, "x = 1");
    used(util, "y = 1");
    watchSet.fileUsed(data, content("listing"));

    Collection<Path> watched = watchSet.folders();

    assertThat(watched).containsExactlyInAnyOrder(Path.of("/p"), util.getParent(), data);
  }

  @Test
  void aBurstOfEventsInAWatchedFolderFingerprintsItOnce() {
    folders.add(data);
    disk.put(data, content("listing 1"));
    watchSet.fileUsed(data, content("listing 1"));
    List<Path> burst = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      burst.add(data.resolve("file" + i + ".txt"));
    }

    disk.put(data, content("listing 2"));
    List<Set<Path>> handedOn = new ArrayList<>();
    watchSet.recordChanges(burst, midSave, handedOn::add);

    assertThat(handedOn).containsExactly(Set.of(data));
    assertThat(fingerprinted).containsEntry(data, 1);
  }

  @Test
  void pathsAreFingerprintedOutsideTheMonitor() {
    folders.add(data);
    used(main, "x = 1");
    disk.put(data, content("listing 1"));
    watchSet.fileUsed(data, content("listing 1"));
    disk.put(main, content("x = 2"));

    changesFrom(main, data.resolve("points.csv"));
    watchSet.replace(
        () -> Map.of(main, content("x = 2")), List.of(data), Set.of(), () -> Set.of(main));

    assertThat(fingerprinted).containsKeys(main, data);
    assertThat(fingerprintedUnderTheMonitor).isEmpty();
  }

  @Test
  void savingTheTargetOfALinkedFileIsAChangeOfTheLink() {
    Path target = Path.of("/real/main.py");
    links.put(main, target);
    used(main, "x = 1");

    assertThat(watchSet.folders()).containsExactlyInAnyOrder(Path.of("/p"), Path.of("/real"));
    assertThat(watchSet.foldersOf(main)).containsExactly(Path.of("/p"), Path.of("/real"));

    disk.put(main, content("x = 2"));
    assertThat(changesFrom(target)).containsExactly(main);
  }

  @Test
  void aLinkKeepsItsTargetAcrossRuns() {
    Path target = Path.of("/real/main.py");
    links.put(main, target);
    used(main, "x = 1");

    watchSet.replace(() -> Map.of(main, content("x = 1")), List.of(), Set.of(), Set::of);

    assertThat(watchSet.folders()).containsExactlyInAnyOrder(Path.of("/p"), Path.of("/real"));
    links.remove(main);
    watchSet.replace(() -> Map.of(main, content("x = 1")), List.of(), Set.of(), Set::of);
    assertThat(watchSet.folders()).containsExactly(Path.of("/p"));
  }

  @Test
  void aWatchedFolderIsItsOwnFolderToWatchTheRootIncluded() {
    folders.add(data);
    Path root = Path.of("/");

    assertThat(watchSet.foldersOf(data)).containsExactly(data);
    assertThat(watchSet.foldersOf(root)).containsExactly(root);
  }
}
