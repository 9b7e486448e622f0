package org.lede.spark.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run lock on a file system whose create-if-absent is not atomic, as S3A's is not in Hadoop 3.3. */
class RunLockTest {
  @TempDir Path tmp;

  /**
   * The local file system under an object store's name, where another run's lock write lands just after
   * ours whenever {@code race} is set: both passed the existence check, the later write wins.
   */
  static final class ObjectStore extends FilterFileSystem {
    final boolean race;

    ObjectStore(boolean race) throws IOException {
      super(FileSystem.getLocal(new Configuration()).getRawFileSystem());
      this.race = race;
    }

    @Override
    public URI getUri() {
      return URI.create("s3a://bucket/");
    }

    @Override
    public FSDataOutputStream create(org.apache.hadoop.fs.Path f, FsPermission permission, boolean overwrite,
        int bufferSize, short replication, long blockSize, Progressable progress) throws IOException {
      FSDataOutputStream out = fs.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
      if (!race || overwrite) {
        return out;
      }
      return new FSDataOutputStream(out, null) {
        @Override
        public void close() throws IOException {
          super.close();
          Files.writeString(Path.of(f.toUri()), "run-other host 2026-07-01T00:00:00Z app=other\n",
              StandardCharsets.UTF_8);
        }
      };
    }
  }

  @Test
  void onAnObjectStoreTheRunWhoseWriteDidNotLastBacksOffWithExitCodeFive() throws Exception {
    assertThat(RunLock.createIsAtomic(new ObjectStore(false))).isFalse();
    assertThat(RunLock.createIsAtomic(FileSystem.getLocal(new Configuration()))).isTrue();
    org.apache.hadoop.fs.Path lock = new org.apache.hadoop.fs.Path(tmp.resolve("race/_lock").toUri());
    assertThatThrownBy(() -> RunLock.acquire(new ObjectStore(true), lock, "run-a", "app-a", Duration.ofMinutes(10)))
        .isInstanceOf(LockHeld.class).hasMessageContaining("run-other");
    org.apache.hadoop.fs.Path alone = new org.apache.hadoop.fs.Path(tmp.resolve("alone/_lock").toUri());
    try (RunLock held = RunLock.acquire(new ObjectStore(false), alone, "run-b", "app-b", Duration.ofMinutes(10))) {
      assertThat(Files.readString(tmp.resolve("alone/_lock"))).startsWith("run-b ");
    }
  }
}
