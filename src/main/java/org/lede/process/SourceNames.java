package org.lede.process;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An article's outlet when its record names none: the name the user gave its input folder
 * ({@code input.source-names}: path = name, the longest matching path wins), else its URL's host without
 * {@code www.} ({@code www.example.co.uk} is {@code example.co.uk}); null when it has neither. The record's
 * own source field and a page's site name come first: this only fills the gap, so that the report and the
 * SQL views group articles by who published them, not by file format or folder.
 */
public final class SourceNames implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final SourceNames NONE = new SourceNames(Map.of());

  /** Folder prefixes (normalised, ending in "/") and their names, longest first. */
  private final List<String[]> folders = new ArrayList<>();

  public SourceNames(Map<String, String> byPath) {
    byPath.forEach((path, name) -> folders.add(new String[] {folder(path), name}));
    folders.sort((x, y) -> Integer.compare(y[0].length(), x[0].length()));
  }

  /** The outlet of an article read from {@code sourcePath} with {@code url} (either may be null). */
  public String of(String sourcePath, String url) {
    if (sourcePath != null && !folders.isEmpty()) {
      String p = normal(sourcePath);
      for (String[] f : folders) {
        if (p.startsWith(f[0])) {
          return f[1];
        }
      }
    }
    return host(url);
  }

  /** A URL's host, lower case, without a leading {@code www.}; null when it has none. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null || h.isEmpty()) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null; // not a URL: no host to name
    }
  }

  /** A configured path as a folder prefix: local paths absolute, {@code file:} forms alike, a final "/". */
  private static String folder(String path) {
    String p = normal(path);
    if (!p.contains(":")) {
      p = Path.of(p).toAbsolutePath().normalize().toString();
    }
    return p.endsWith("/") ? p : p + "/";
  }

  /** {@code file:///x}, {@code file:/x} and {@code /x} alike. */
  private static String normal(String path) {
    if (path.startsWith("file://")) {
      return path.substring("file://".length());
    }
    if (path.startsWith("file:")) {
      return path.substring("file:".length());
    }
    return path;
  }
}
