package org.lede.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedeConfigTest {
  @Test
  void defaultsComeFromConfLedeConf() {
    LedeConfig c = LedeConfig.defaults();
    assertThat(c.summary.sentences()).isEqualTo(3);
    assertThat(c.ingest.format()).isNull();
    assertThat(c.ingest.fields().get("text")).contains("text", "body", "content");
    assertThat(c.ingest.maxFileBytes()).isEqualTo(128L << 20);
    assertThat(c.maxRejectRatio).isEqualTo(0.2);
    assertThat(c.timeZone.getId()).isEqualTo("UTC");
  }

  @Test
  void setAndConfFileOverrideInOrder(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("my.conf");
    Files.writeString(f, "summary { sentences = 5, max-words = 80 }\ninput.fields.text = [story]\n");
    LedeConfig c = LedeConfig.load(f.toFile(), List.of("summary.sentences=2", "input.format=jsonl",
        "input.csv.delimiter=;"));
    assertThat(c.summary.sentences()).isEqualTo(2);
    assertThat(c.summary.maxWords()).isEqualTo(80);
    assertThat(c.ingest.fields().get("text")).containsExactly("story");
    assertThat(c.ingest.format()).isEqualTo(org.lede.ingest.Format.JSONL);
    assertThat(c.ingest.csvDelimiter()).isEqualTo(';');
  }

  @Test
  void unknownKeysFailAndNameTheKey() {
    assertThatThrownBy(() -> LedeConfig.load(null, List.of("summary.sentence=2")))
        .isInstanceOf(ConfigError.class).hasMessageContaining("summary.sentence");
  }

  @Test
  void invalidValuesFailAndNameTheKey() {
    assertThatThrownBy(() -> LedeConfig.load(null, List.of("summary.ratio=2")))
        .isInstanceOf(ConfigError.class).hasMessageContaining("summary.ratio");
    assertThatThrownBy(() -> LedeConfig.load(null, List.of("summary.sentences=many")))
        .isInstanceOf(ConfigError.class).hasMessageContaining("summary.sentences");
    assertThatThrownBy(() -> LedeConfig.load(null, List.of("input.format=pdf")))
        .isInstanceOf(ConfigError.class).hasMessageContaining("input.format");
    assertThatThrownBy(() -> LedeConfig.load(null, List.of("run.time-zone=Mars/Olympus")))
        .isInstanceOf(ConfigError.class).hasMessageContaining("run.time-zone");
    assertThatThrownBy(() -> LedeConfig.load(null, List.of("input.csv.delimiter=ab")))
        .isInstanceOf(ConfigError.class).hasMessageContaining("input.csv.delimiter");
  }

  @Test
  void missingConfFile() {
    assertThatThrownBy(() -> LedeConfig.load(new File("/no/such/lede.conf"), List.of()))
        .isInstanceOf(ConfigError.class).hasMessageContaining("/no/such/lede.conf");
  }
}
