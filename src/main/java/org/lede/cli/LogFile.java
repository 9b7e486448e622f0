package org.lede.cli;

import java.io.File;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * While the progress line is on a terminal, the log (Spark's, Hadoop's and lede's own warnings) goes to a file
 * instead of the console, so that nothing runs into the line; the file is named when the run starts. Runs
 * that are not on a terminal (cron, Airflow, YARN) keep their log where their configuration sends it.
 */
final class LogFile {
  private LogFile() {}

  /** Sends every console appender's messages to a new file under the temporary folder; returns the file. */
  static File redirect() {
    if (!(LogManager.getContext(false) instanceof LoggerContext ctx)) {
      return null; // another logging back end: leave it as it is
    }
    File file = new File(new File(System.getProperty("java.io.tmpdir"), "lede-logs"),
        "lede-run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log");
    Configuration cfg = ctx.getConfiguration();
    FileAppender appender = FileAppender.newBuilder()
        .setName("lede-file")
        .withFileName(file.getPath())
        .setLayout(PatternLayout.newBuilder().withConfiguration(cfg)
            .withPattern("%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex").build())
        .setConfiguration(cfg)
        .build();
    appender.start();
    cfg.addAppender(appender);
    boolean moved = false;
    for (LoggerConfig logger : cfg.getLoggers().values()) {
      moved |= move(logger, appender);
    }
    moved |= move(cfg.getRootLogger(), appender);
    ctx.updateLoggers();
    return moved ? file : null;
  }

  private static boolean move(LoggerConfig logger, Appender to) {
    boolean moved = false;
    for (Appender a : logger.getAppenders().values()) {
      if (a instanceof ConsoleAppender) {
        logger.removeAppender(a.getName());
        moved = true;
      }
    }
    if (moved) {
      logger.addAppender(to, null, null);
    }
    return moved;
  }
}
