package org.lede.spark;

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
 * One writer per output and run date: {@code DIR/_runs/run_date=D/_lock}, created atomically (create without
 * overwrite), holding the run id, host and process and start time. Released when the run ends, also by a
 * shutdown hook. A lock whose process is gone (same host) or that is older than run.lock-stale-after is
 * taken for the leftover of a killed run and broken, with a warning.
 */
final class RunLock implements AutoCloseable {
  static final String LOCK = "_lock";

  private final FileSystem fs;
  private final Path path;
  private final Thread hook;

  private RunLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
    this.hook = new Thread(this::release, "lede-lock-release");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static RunLock acquire(FileSystem fs, Path runDir, String runId, Duration staleAfter) throws IOException {
    Path path = new Path(runDir, LOCK);
    fs.mkdirs(runDir);
    for (int attempt = 0; attempt < 2; attempt++) {
      try (OutputStream o = fs.create(path, false)) {
        o.write((runId + " " + ManagementFactory.getRuntimeMXBean().getName() + " " + Instant.now() + "\n")
            .getBytes(StandardCharsets.UTF_8));
        return new RunLock(fs, path);
      } catch (FileAlreadyExistsException e) {
        long age = System.currentTimeMillis() - fs.getFileStatus(path).getModificationTime();
        String holder = holder(fs, path);
        if (attempt == 0 && (age > staleAfter.toMillis() || deadOnThisHost(holder))) {
          System.err.println("lede: breaking a stale lock (" + Duration.ofMillis(age).toMinutes() + " min old, holder "
              + holder + "): " + path);
          fs.delete(path, false);
          continue;
        }
        throw new ConfigError("another lede run is writing this output and date (lock " + path + " held by "
            + holder + "). Wait for it to finish; if it was killed, delete the lock or wait until it is older "
            + "than run.lock-stale-after (" + staleAfter + ").");
      }
    }
    throw new ConfigError("could not take the lock " + path);
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
