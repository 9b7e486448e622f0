package org.lede.spark.output;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * A row of a schema filled by field name. A name the schema does not have fails at once; {@link #build} fails
 * when a field was never set (a column added to the schema and forgotten here), so values cannot drift out
 * of the schema's order. Set a field to null explicitly to leave it empty.
 */
public final class RowBuilder {
  private final StructType schema;
  private final Object[] values;
  private final BitSet set;

  public RowBuilder(StructType schema) {
    this.schema = schema;
    this.values = new Object[schema.size()];
    this.set = new BitSet(values.length);
  }

  public RowBuilder set(String field, Object value) {
    int i = schema.fieldIndex(field); // IllegalArgumentException naming the field when the schema lacks it
    values[i] = value;
    set.set(i);
    return this;
  }

  public Row build() {
    if (set.cardinality() != values.length) {
      List<String> missing = new ArrayList<>();
      for (int i = set.nextClearBit(0); i < values.length; i = set.nextClearBit(i + 1)) {
        missing.add(schema.fields()[i].name());
      }
      throw new IllegalStateException("fields never set: " + missing);
    }
    return RowFactory.create(values);
  }
}
