package org.lede.spark;

import java.io.Serializable;

/** One file to read: its fully qualified path, size and modification time (epoch millis). */
public record InputFile(String path, long size, long modificationTime) implements Serializable {}
