package io.cobranza.adapters.persistence.portfolio;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into one {@code COPY ... FROM STDIN (FORMAT csv)}: fields are appended to a reused
 * buffer, escaped as PostgreSQL's CSV wants them, and sent to the server in pieces of about 64 KB,
 * so memory stays constant whatever the number of rows.
 *
 * <p>In CSV, an unquoted empty field is NULL and {@code ""} is the empty string; a field with a
 * comma, a quote, a line break or a backslash (which could start the {@code \.} end marker) is
 * quoted, a quote inside it doubled.
 */
final class CopyRows {
  private static final int FLUSH_AT = 1 << 16;

  private final StringBuilder text = new StringBuilder(FLUSH_AT + 4096);
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
  private final ByteBuffer bytes = ByteBuffer.allocate(4 * FLUSH_AT + 16_384);
  private @Nullable CopyIn copy;
  private boolean firstField = true;
  private long rows;

  /** Starts a COPY of {@code table (columns)} on the connection's copy API. */
  CopyRows start(CopyManager copyApi, String tableAndColumns) throws SQLException {
    if (copy != null) {
      throw new IllegalStateException("a COPY is already running");
    }
    text.setLength(0);
    firstField = true;
    rows = 0;
    copy = copyApi.copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT csv)");
    return this;
  }

  /** A text field, quoted when it has to be; null is SQL NULL. */
  CopyRows text(@Nullable String value) {
    separate();
    if (value == null) {
      return this;
    }
    if (value.isEmpty()) {
      text.append("\"\"");
      return this;
    }
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\\';
    }
    if (!quote) {
      text.append(value);
      return this;
    }
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        text.append('"');
      }
      text.append(c);
    }
    text.append('"');
    return this;
  }

  /** A value whose text needs no quoting (a number, a date, an enum name); null is SQL NULL. */
  CopyRows plain(@Nullable Object value) {
    separate();
    if (value != null) {
      text.append(value);
    }
    return this;
  }

  /** A whole number. */
  CopyRows number(long value) {
    separate();
    text.append(value);
    return this;
  }

  /** A boolean. */
  CopyRows bool(boolean value) {
    separate();
    text.append(value ? 't' : 'f');
    return this;
  }

  /** Ends the row; sends the buffer when it is full enough. */
  void endRow() throws SQLException {
    text.append('\n');
    firstField = true;
    rows++;
    if (text.length() >= FLUSH_AT) {
      flush();
    }
  }

  /** Sends the rest and ends the COPY: the number of rows the server took. */
  long finish() throws SQLException {
    var running = running();
    try {
      flush();
      long copied = running.endCopy();
      if (copied != rows) {
        throw new IllegalStateException("COPY took " + copied + " rows of " + rows);
      }
      return copied;
    } finally {
      copy = null;
      if (running.isActive()) {
        running.cancelCopy();
      }
    }
  }

  /** Abandons a running COPY (the transaction is being rolled back anyway). */
  void cancel() {
    var running = copy;
    copy = null;
    if (running != null && running.isActive()) {
      try {
        running.cancelCopy();
      } catch (SQLException e) {
        // The connection is failing or the COPY ended: the rollback that follows cleans up.
      }
    }
  }

  private void separate() {
    if (firstField) {
      firstField = false;
    } else {
      text.append(',');
    }
  }

  private CopyIn running() {
    var running = copy;
    if (running == null) {
      throw new IllegalStateException("no COPY is running");
    }
    return running;
  }

  private void flush() throws SQLException {
    if (text.isEmpty()) {
      return;
    }
    var running = running();
    var chars = CharBuffer.wrap(text);
    encoder.reset();
    while (true) {
      bytes.clear();
      CoderResult result = encoder.encode(chars, bytes, true);
      if (result.isError()) {
        throw new IllegalArgumentException("text that is not valid UTF-16: " + result);
      }
      if (result.isUnderflow()) {
        encoder.flush(bytes);
      }
      running.writeToCopy(bytes.array(), 0, bytes.position());
      if (result.isUnderflow()) {
        break;
      }
    }
    text.setLength(0);
  }
}
