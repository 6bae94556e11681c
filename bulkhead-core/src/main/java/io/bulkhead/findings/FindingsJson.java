package io.bulkhead.findings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes findings documents: times as ISO-8601 UTC with {@code Z}, null parts left out,
 * unknown fields tolerated on read (later versions may add fields).
 */
public final class FindingsJson {
  private final ObjectMapper mapper;

  public FindingsJson() {
    this.mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }

  public void write(Findings f, Path file) throws IOException {
    mapper.writeValue(file.toFile(), f);
  }

  public String toJson(Findings f) throws IOException {
    return mapper.writeValueAsString(f);
  }

  /**
   * Reads a findings document or answer key.
   *
   * @throws IOException when the file cannot be read or is not a findings document; the message
   *     names the file and, for JSON errors, the line
   */
  public Findings read(Path file) throws IOException {
    Findings f;
    try {
      f = mapper.readValue(file.toFile(), Findings.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new IOException(file + where + ": not a findings document: " + e.getOriginalMessage(), e);
    }
    if (f.schema() == null || !f.schema().startsWith("bulkhead.")) {
      throw new IOException(file + ": not a findings document (schema is " + f.schema() + ")");
    }
    return f;
  }

  /** The mapper configured for Bulkhead's own documents, for other writers of this package family. */
  public ObjectMapper mapper() {
    return mapper;
  }
}
