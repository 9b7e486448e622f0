package org.lede.results;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * lede's output tables as SQL views ({@code articles}, {@code paragraphs}, {@code rejects}, {@code stories},
 * each with its {@code run_date} column) for the commands that only read them ({@code show}, {@code report}).
 * The queries are written once, in the SQL that both engines run (DuckDB's and Spark's): window functions in
 * subqueries, {@code array_contains}, {@code CAST(... AS STRING)}, {@code DATE '...'} literals; values come back
 * as {@link Long}, {@link Double}, {@link String}, {@link Boolean} or {@link Instant}, whatever the engine.
 */
public interface ResultTables extends AutoCloseable {
  /** Whether the table has at least one run date's partition (without one there is no view). */
  boolean has(String table);

  /** Whether the table has the column (an output written by an older version may lack a newer one). */
  boolean hasColumn(String table, String column);

  /** The rows of {@code sql}, each value normalised ({@link #value}). */
  List<Object[]> query(String sql);

  /**
   * Makes the rows of {@code select} a table named {@code name}, computed once for the queries that follow
   * (DuckDB: a temporary table; Spark: a cached view).
   */
  void materialize(String name, String select);

  @Override
  void close();

  /** An engine's value as one of the types above (integers as Long, decimals as Double, dates as text). */
  static Object value(Object v) {
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger b) {
      return b.longValueExact();
    }
    if (v instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (v instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    return v;
  }

  /** A SQL string literal. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
