package org.lede.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.lede.spark.model.SentimentTraining;
import org.lede.spark.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** lede train-sentiment: train and save a Spark NLP Vivekn sentiment pipeline. */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
    description = "Train Spark NLP's Vivekn sentiment pipeline on labelled text (JSON Lines or CSV with fields "
        + "'text' and 'label'; labels 'positive' and 'negative', others are left out) and save it for "
        + "sentiment.engine = sparknlp, sentiment.model = MODEL_DIR.")
public final class TrainSentimentCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "LABELED", description = "A .jsonl or .csv file.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "MODEL_DIR", description = "Where to save the model.")
  String output;

  @Option(names = "--overwrite", description = "Replace an existing model at MODEL_DIR.")
  boolean overwrite;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SparkSession spark = Sessions.create("lede train-sentiment");
    SentimentTraining.Result r;
    try {
      r = SentimentTraining.train(spark, input, output, overwrite);
    } finally {
      spark.stop();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("trained on %d examples (%d positive, %d negative; %d with other labels left out)%n", r.used(),
        r.positive(), r.negative(), r.skipped());
    out.printf("model: %s  (use: --set sentiment.engine=sparknlp --set sentiment.model=%s)%n", output, output);
    out.flush();
    return Main.OK;
  }
}
