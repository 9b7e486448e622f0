package org.lede.spark.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.lede.config.ConfigError;

/**
 * One writer per output and run date: {@code DIR/_runs/run_date=D/_lock}, created without overwrite (atomic
 * where the file system makes it so, {@link #createIsAtomic}; on object stores the lock is read back after
 * {@link #SETTLE_MILLIS} and the run whose write did not last backs off), holding the run id, host and process and start time. Released when the run ends, also by a
 * shutdown hook. While the run lives, a heartbeat refreshes the lock's modification time (every quarter of
 * run.lock-stale-after, at most every minute), so a lock that has not been refreshed for run.lock-stale-after
 * belongs to a run that is gone, wherever its driver ran (a YARN cluster-mode driver on another node, a
 * killed pod); a lock whose process is gone on this host is broken at once. Either is broken with a warning.
 */
public final class RunLock implements AutoCloseable {

  private final FileSystem fs;
  private final Path path;
  private final String content;
  private final Thread hook;
  private final Thread heartbeat;
  private volatile boolean released;

  private RunLock(FileSystem fs, Path path, String content, Duration staleAfter) {
    this.fs = fs;
    this.path = path;
    this.content = content;
    this.hook = new Thread(this::release, "lede-lock-release");
    Runtime.getRuntime().addShutdownHook(hook);
    long every = Math.max(250, Math.min(60_000, staleAfter.toMillis() / 4));
    this.heartbeat = new Thread(() -> beat(every), "lede-lock-heartbeat");
    heartbeat.setDaemon(true);
    heartbeat.start();
  }

  /** Refreshes the lock's modification time while it is still this run's. */
  private void beat(long everyMillis) {
    boolean warned = false;
    while (!released) {
      try {
        Thread.sleep(everyMillis);
        if (released || !content.trim().equals(holder(fs, path))) {
          return; // released, or broken by another run: not ours to refresh
        }
        long before = fs.getFileStatus(path).getModificationTime();
        fs.setTimes(path, System.currentTimeMillis(), -1);
        if (fs.getFileStatus(path).getModificationTime() == before) {
          // file systems without setTimes (object stores): rewriting the lock gives it a new time
          try (OutputStream o = fs.create(path, true)) {
            o.write(content.getBytes(StandardCharsets.UTF_8));
          }
        }
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        if (!warned) {
          System.err.println("lede: could not refresh the run lock " + path + " (" + e.getMessage() + "); a run "
              + "started after run.lock-stale-after may take it");
          warned = true;
        }
      }
    }
  }

  /**
   * Takes the lock for {@code runId} of the Spark application {@code appId}. A lock held by an earlier attempt
   * of the same application (YARN's next ApplicationMaster attempt after the first died) is broken at once.
   */
  public static RunLock acquire(FileSystem fs, Path path, String runId, String appId, Duration staleAfter)
      throws IOException {
    fs.mkdirs(path.getParent());
    for (int attempt = 0; attempt < 2; attempt++) {
      String content = runId + " " + ManagementFactory.getRuntimeMXBean().getName() + " " + Instant.now()
          + " app=" + appId + "\n";
      try (OutputStream o = fs.create(path, false)) {
        o.write(content.getBytes(StandardCharsets.UTF_8));
      } catch (FileAlreadyExistsException e) {
        long age = System.currentTimeMillis() - fs.getFileStatus(path).getModificationTime();
        String holder = holder(fs, path);
        if (attempt == 0 && (age > staleAfter.toMillis() || deadOnThisHost(holder)
            || holder.endsWith(" app=" + appId))) {
          System.err.println("lede: breaking a stale lock (" + Duration.ofMillis(age).toMinutes() + " min old, holder "
              + holder + "): " + path);
          fs.delete(path, false);
          continue;
        }
        throw held(path, holder, age, staleAfter);
      }
      if (!createIsAtomic(fs)) {
        // an object store's create-if-absent is a check and a write: two runs starting at the same moment can
        // both pass the check. The last write wins, so after the other's write has surely landed, the lock
        // says who holds it
        sleep(SETTLE_MILLIS);
        String holder = holder(fs, path);
        if (!content.trim().equals(holder)) {
          throw held(path, holder, 0, staleAfter);
        }
      }
      return new RunLock(fs, path, content, staleAfter);
    }
    throw new ConfigError("could not take the lock " + path);
  }

  /** How long a run on an object store waits before it reads its lock back. */
  static final long SETTLE_MILLIS = 5_000;

  /**
   * File systems whose create-without-overwrite is atomic: HDFS and the local file system (one namenode or
   * kernel decides), Azure's ABFS and WASB and Google Cloud Storage (a conditional request). Others, S3A in
   * Hadoop 3.3 among them, check and then write.
   */
  private static final java.util.Set<String> ATOMIC_CREATE = java.util.Set.of(
      "hdfs", "file", "viewfs", "webhdfs", "swebhdfs", "abfs", "abfss", "wasb", "wasbs", "gs", "o3fs", "ofs");

  static boolean createIsAtomic(FileSystem fs) {
    String scheme = fs.getUri().getScheme();
    return scheme == null || ATOMIC_CREATE.contains(scheme.toLowerCase(java.util.Locale.ROOT));
  }

  private static LockHeld held(Path path, String holder, long age, Duration staleAfter) {
    return new LockHeld("another lede run is writing this output and date (lock " + path + " held by " + holder
        + ", refreshed " + Duration.ofMillis(age).toSeconds() + " s ago). Wait for it to finish and run again; a"
        + " killed run's lock is broken once it has gone unrefreshed for run.lock-stale-after ("
        + staleAfter.toMinutes() + " min), or delete it.");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True when the holder ran on this host and its process is gone (a killed driver). */
  static boolean deadOnThisHost(String holder) {
    String[] parts = holder.split(" ");
    if (parts.length < 2 || parts[1].indexOf('@') <= 0) {
      return false;
    }
    String[] pidHost = parts[1].split("@", 2);
    String me = ManagementFactory.getRuntimeMXBean().getName();
    String myHost = me.substring(me.indexOf('@') + 1);
    if (!pidHost[1].equals(myHost)) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(pidHost[0])).map(h -> !h.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String holder(FileSystem fs, Path path) {
    try (InputStream in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "an unknown run";
    }
  }

  private void release() {
    released = true;
    heartbeat.interrupt();
    try {
      heartbeat.join(5000); // a refresh in flight must not recreate the lock after it is deleted
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      fs.delete(path, false);
    } catch (IOException | IllegalStateException ignored) {
      // the file system may already be closed at shutdown
    }
  }

  @Override
  public void close() {
    release();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException ignored) {
      // shutting down
    }
  }
}
