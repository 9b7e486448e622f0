package org.lede.stories;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Int and long arrays as little-endian bytes: how samples travel in Spark rows and lie in the story index (one binary
 * value instead of a Parquet list of boxed numbers, several times cheaper to build, write and read).
 */
public final class Packed {
  private Packed() {}

  public static byte[] pack(int[] xs) {
    ByteBuffer b = ByteBuffer.allocate(xs.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(xs);
    return b.array();
  }

  public static byte[] packLongs(long[] xs) {
    ByteBuffer b = ByteBuffer.allocate(xs.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asLongBuffer().put(xs);
    return b.array();
  }

  public static long[] unpackLongs(byte[] bytes) {
    if (bytes.length % Long.BYTES != 0) {
      throw new IllegalArgumentException("not a packed long array: " + bytes.length + " bytes");
    }
    long[] xs = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(xs);
    return xs;
  }

  public static int[] unpack(byte[] bytes) {
    if (bytes.length % Integer.BYTES != 0) {
      throw new IllegalArgumentException("not a packed int array: " + bytes.length + " bytes");
    }
    int[] xs = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(xs);
    return xs;
  }
}
