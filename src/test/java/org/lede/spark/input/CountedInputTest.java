package org.lede.spark.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CountedInputTest {
  @Test
  void countsEveryByteReadOrSkippedOnce() throws IOException {
    CountedInput in = new CountedInput(new ByteArrayInputStream(new byte[100]));
    assertThat(in.read()).isZero();
    assertThat(in.read(new byte[30], 0, 30)).isEqualTo(30);
    assertThat(in.skip(20)).isEqualTo(20);
    assertThat(in.count()).isEqualTo(51);
    assertThat(in.read(new byte[80], 0, 80)).isEqualTo(49);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.read(new byte[8], 0, 8)).isEqualTo(-1);
    assertThat(in.count()).isEqualTo(100);
    assertThat(in.markSupported()).isFalse();
  }
}
