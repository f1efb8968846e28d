package io.cobranza.adapters.persistence;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;

/**
 * A table of immutable versions, each a JSON document under a key and a {@code version}, in a
 * {@code definition} column (protocols, message templates): a version is stored once and never
 * changes (the table refuses updates and deletes), and reads back through its document reader.
 *
 * @param <T> what a document reads into
 */
public abstract class JooqVersions<T> {
  private final DSLContext dsl;
  private final Table<?> table;
  private final Field<String> key;
  private final Field<Integer> version;
  private final Field<JSONB> definition;
  private final Function<String, T> read;

  /** The versions in {@code table} under {@code key}, whose documents {@code read} reads. */
  protected JooqVersions(
      DSLContext dsl, Table<?> table, Field<String> key, Function<String, T> read) {
    this.dsl = dsl;
    this.table = table;
    this.key = key;
    this.version = Objects.requireNonNull(table.field("version", Integer.class), "version");
    this.definition = Objects.requireNonNull(table.field("definition", JSONB.class), "definition");
    this.read = read;
  }

  /** One version. */
  public Optional<T> find(String id, int number) {
    return dsl.select(definition)
        .from(table)
        .where(key.eq(id).and(version.eq(number)))
        .fetchOptional(definition)
        .map(json -> read.apply(json.data()));
  }

  /** The highest version. */
  public Optional<T> latest(String id) {
    return dsl.select(definition)
        .from(table)
        .where(key.eq(id))
        .orderBy(version.desc())
        .limit(1)
        .fetchOptional(definition)
        .map(json -> read.apply(json.data()));
  }

  /**
   * Stores a version with its document and {@code more} columns, once: {@code false}, and nothing
   * written, when that version exists.
   */
  protected boolean insert(String id, int number, String document, Map<Field<?>, Object> more) {
    return dsl.insertInto(table)
            .set(key, id)
            .set(version, number)
            .set(definition, JSONB.valueOf(document))
            .set(more)
            .onConflictDoNothing()
            .execute()
        == 1;
  }
}
