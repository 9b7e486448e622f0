package org.lede.results;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The output tables of a local output directory read by DuckDB's embedded engine (JDBC, in process): a query
 * over a few columns of Parquet answers in milliseconds, where starting Spark takes seconds. Each table is a
 * view over its run dates' Parquet files ({@code run_date=.../*.parquet}); partitions written by older
 * versions with fewer columns are read by column name.
 */
public final class DuckDbTables implements ResultTables {
  private static final String DRIVER = "org.duckdb.DuckDBDriver";
  private final Connection connection;
  private final Set<String> tables = new HashSet<>();

  /** Views over the given tables of the output directory {@code root} that have partitions. */
  public DuckDbTables(File root, List<String> withPartitions) {
    try {
      Class.forName(DRIVER);
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement st = connection.createStatement()) {
        for (String table : withPartitions) {
          String files = new File(new File(root, table), "run_date=*").getAbsolutePath() + File.separator + "*.parquet";
          st.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet(" + ResultTables.literal(files)
              + ", hive_partitioning = true, union_by_name = true)");
          tables.add(table);
        }
      }
    } catch (ClassNotFoundException | SQLException e) {
      throw new IllegalStateException("cannot open DuckDB over " + root + ": " + e.getMessage(), e);
    }
  }

  /** Whether DuckDB's JDBC driver is on the class path (the cluster jar leaves it out). */
  public static boolean available() {
    try {
      Class.forName(DRIVER, false, DuckDbTables.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Override
  public boolean has(String table) {
    return tables.contains(table);
  }

  @Override
  public boolean hasColumn(String table, String column) {
    if (!has(table)) {
      return false;
    }
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        if (rs.getMetaData().getColumnName(i).equals(column)) {
          return true;
        }
      }
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<Object[]> query(String sql) {
    List<Object[]> rows = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
          row[i] = ResultTables.value(rs.getObject(i + 1));
        }
        rows.add(row);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + e.getMessage() + "\n" + sql, e);
    }
    return rows;
  }

  @Override
  public void materialize(String name, String select) {
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE " + name + " AS " + select);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + e.getMessage() + "\n" + select, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // nothing was written: closing an in-memory database cannot lose anything
    }
  }
}
