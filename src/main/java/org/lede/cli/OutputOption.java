package org.lede.cli;

import picocli.CommandLine.Option;

/** {@code --output DIR}: lede's output directory, shared by the commands that write or read it. */
final class OutputOption {
  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "lede's output directory: the tables articles, paragraphs, rejects and the runs' records (_runs).")
  String dir;
}
