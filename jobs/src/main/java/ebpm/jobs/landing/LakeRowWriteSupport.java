package ebpm.jobs.landing;

import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.lake.LakeTable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes rows of a lake table ({@code Object[]} in the table's column order) to Parquet with a hand-written
 * field mapping: no reflection, no intermediate objects per value.
 */
final class LakeRowWriteSupport extends WriteSupport<Object[]> {

    private final List<LakeColumn> columns;
    private final MessageType schema;
    // The last text of each column and its UTF-8 bytes: a column that repeats the same String object (the source
    // file, its checksum, the site) is encoded once per file instead of once per row.
    private final String[] lastText;
    private final Binary[] lastBinary;
    private RecordConsumer consumer;

    LakeRowWriteSupport(LakeTable table) {
        this.columns = table.columns();
        this.schema = schemaOf(table);
        this.lastText = new String[columns.size()];
        this.lastBinary = new Binary[columns.size()];
    }

    static MessageType schemaOf(LakeTable table) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (LakeColumn column : table.columns()) {
            Type.Repetition repetition = column.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
            builder.addField(switch (column.type()) {
                case STRING -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(column.name());
                case INT -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
                case LONG -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
                case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
                case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
                case DATE -> Types.primitive(PrimitiveTypeName.INT32, repetition)
                        .as(LogicalTypeAnnotation.dateType()).named(column.name());
                case TIMESTAMP -> Types.primitive(PrimitiveTypeName.INT64, repetition)
                        .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS))
                        .named(column.name());
            });
        }
        return builder.named(table.name());
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] row) {
        consumer.startMessage();
        for (int i = 0; i < columns.size(); i++) {
            Object value = row[i];
            LakeColumn column = columns.get(i);
            if (value == null) {
                if (column.required()) {
                    throw new IllegalArgumentException("lake column " + column.name() + " must not be null");
                }
                continue;
            }
            consumer.startField(column.name(), i);
            switch (column.type()) {
                case STRING -> consumer.addBinary(binary(i, (String) value));
                case INT -> consumer.addInteger((Integer) value);
                case LONG -> consumer.addLong((Long) value);
                case DOUBLE -> consumer.addDouble((Double) value);
                case BOOLEAN -> consumer.addBoolean((Boolean) value);
                case DATE -> consumer.addInteger((int) ((LocalDate) value).toEpochDay());
                case TIMESTAMP -> consumer.addLong(micros((Instant) value));
            }
            consumer.endField(column.name(), i);
        }
        consumer.endMessage();
    }

    private Binary binary(int column, String text) {
        if (text != lastText[column]) {
            lastText[column] = text;
            // Backed by a byte array, not a ByteBuffer: the dictionary hashes and compares each row's value, which
            // is several times quicker on an array, and a repeated value is then the dictionary's own key (equal by
            // identity at once).
            lastBinary[column] = Binary.fromConstantByteArray(text.getBytes(StandardCharsets.UTF_8));
        }
        return lastBinary[column];
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
