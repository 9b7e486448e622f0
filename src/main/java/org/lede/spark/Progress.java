package org.lede.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import org.lede.spark.input.ReadCounters;
import scala.Tuple4;
import scala.collection.JavaConverters;

/**
 * A run's progress, counted where the work happens: accumulators that the analysis step adds to on the
 * executors, read on the driver from finished tasks and from the partial values running tasks send with
 * their heartbeats (so the counts move during long tasks and are true on a cluster). A ticker thread hands a
 * {@link Snapshot} to a {@link View} at the view's interval. Counts are for display: a task that Spark runs
 * twice (a lost executor, an evicted cache block) counts twice.
 */
public final class Progress extends SparkListener implements AutoCloseable {
  /** What a progress display does with a snapshot, and how often it wants one (0: never). */
  public interface View {
    View NONE = new View() {
      @Override
      public long intervalMillis() {
        return 0;
      }

      @Override
      public void show(Snapshot s, boolean last) {}
    };

    long intervalMillis();

    void show(Snapshot s, boolean last);
  }

  /** The counts at one moment. {@code step} is what the job is doing: listing, analysing, writing TABLE. */
  public record Snapshot(String step, long filesListed, long bytesListed, long files, long records, long articles,
      long bytes, long elapsedMillis, long analysingMillis) {}

  final ReadCounters counters;
  private final SparkContext sc;
  private final View view;
  private final long started = System.nanoTime();
  private final Map<Long, long[]> running = new ConcurrentHashMap<>();
  private final long[] highest = new long[4];
  private final Thread ticker;
  private volatile String step = "listing inputs";
  private volatile long filesListed = -1;
  private volatile long bytesListed = -1;
  private volatile long analysingSince;
  /** When the analysis ended (the next step began): the rate is of the analysis, and stays once it is done. */
  private volatile long analysingUntil;

  Progress(SparkContext sc, View view) {
    this.sc = sc;
    this.view = view;
    this.counters = new ReadCounters(sc);
    sc.addSparkListener(this);
    if (view.intervalMillis() > 0) {
      ticker = new Thread(this::tick, "lede-progress");
      ticker.setDaemon(true);
      ticker.start();
    } else {
      ticker = null;
    }
  }

  void listed(long files, long bytes) {
    filesListed = files;
    bytesListed = bytes;
  }

  void step(String step) {
    if (step.equals("analysing")) {
      analysingSince = System.nanoTime();
    } else if (this.step.equals("analysing")) {
      analysingUntil = System.nanoTime();
    }
    this.step = step;
  }

  /**
   * The counts now: finished tasks' (merged into the accumulators) plus running tasks' latest heartbeat
   * values. A task that just ended can be in both for a moment, so each count is held at its highest yet and
   * never goes back; once the job is done ({@code done}) the accumulators alone are exact.
   */
  Snapshot snapshot(boolean done) {
    LongAccumulator[] acc = counters.all();
    long[] v = new long[acc.length];
    for (int i = 0; i < acc.length; i++) {
      v[i] = acc[i].value();
    }
    if (!done) {
      for (long[] partial : running.values()) {
        for (int i = 0; i < v.length; i++) {
          v[i] += partial[i];
        }
      }
      synchronized (highest) {
        for (int i = 0; i < v.length; i++) {
          v[i] = Math.max(v[i], highest[i]);
          highest[i] = v[i];
        }
      }
    }
    long now = System.nanoTime();
    long since = analysingSince;
    long until = analysingUntil == 0 ? now : analysingUntil;
    return new Snapshot(step, filesListed, bytesListed, v[0], v[1], v[2], v[3], (now - started) / 1_000_000,
        since == 0 ? 0 : (until - since) / 1_000_000);
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    LongAccumulator[] acc = counters.all();
    List<Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>>> tasks =
        JavaConverters.seqAsJavaList(update.accumUpdates());
    for (Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>> t : tasks) {
      long[] partial = null;
      for (AccumulableInfo a : JavaConverters.seqAsJavaList(t._4())) {
        for (int i = 0; i < acc.length; i++) {
          if (a.id() == acc[i].id() && a.update().isDefined() && a.update().get() instanceof Long n) {
            partial = partial == null ? new long[acc.length] : partial;
            partial[i] = n;
          }
        }
      }
      if (partial != null) {
        running.put((Long) t._1(), partial);
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    // the task's final values are merged into the accumulators on the driver: drop its partial ones
    running.remove(end.taskInfo().taskId());
  }

  private void tick() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(view.intervalMillis());
        view.show(snapshot(false), false);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // close() stops the ticker
    }
  }

  @Override
  public void close() {
    sc.removeSparkListener(this);
    if (ticker != null) {
      ticker.interrupt();
      try {
        ticker.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      view.show(snapshot(true), true);
    }
  }
}
