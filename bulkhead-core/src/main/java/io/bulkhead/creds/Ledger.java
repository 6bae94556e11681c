package io.bulkhead.creds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bulkhead.event.Origin;
import io.bulkhead.source.Reject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The credential ledger ({@code --credentials}, CSV with a header) and the exposures
 * ({@code --exposures}, {@code bulkhead.exposures/v1}) as the contract defines them. A row that
 * cannot be read is a {@link Reject} with its line; the rest is read.
 *
 * @param credentials the rows read, in file order
 * @param exposures the exposures read
 * @param problems what could not be read
 */
public record Ledger(List<Credential> credentials, List<Exposure> exposures, List<Reject> problems) {
  /** Columns the contract requires. */
  static final List<String> COLUMNS = List.of("id", "kind", "name", "system", "owner", "privilege", "identifiers",
      "created", "lastRotated", "status", "markedUnused");

  /**
   * One exposure: when, and which credentials (every one when {@code all}).
   *
   * @param credentials ids, empty with {@code all}
   */
  public record Exposure(String id, Instant at, String description, boolean all, Set<String> credentials) {
    public boolean covers(Credential c) {
      return all || credentials.contains(c.id());
    }
  }

  public Ledger {
    credentials = List.copyOf(credentials);
    exposures = List.copyOf(exposures);
    problems = List.copyOf(problems);
  }

  /**
   * Reads the ledger and, when given, the exposures file.
   *
   * @throws IOException when a file cannot be read at all
   */
  public static Ledger read(Path credentials, Path exposures) throws IOException {
    List<Reject> problems = new ArrayList<>();
    List<Credential> rows = credentials(credentials, problems);
    List<Exposure> exp = exposures == null ? List.of() : exposures(exposures, problems);
    return new Ledger(rows, exp, problems);
  }

  private static List<Credential> credentials(Path file, List<Reject> problems) throws IOException {
    List<Credential> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        problems.add(new Reject(file.toString(), 1, "empty ledger: expected a header " + String.join(",", COLUMNS)));
        return out;
      }
      Map<String, Integer> col = columns(Csv.split(header.startsWith("\uFEFF") ? header.substring(1) : header));
      List<String> missing = COLUMNS.stream().filter(c -> !col.containsKey(c.toLowerCase(Locale.ROOT))).toList();
      if (!missing.isEmpty()) {
        problems.add(new Reject(file.toString(), 1, "ledger header lacks " + String.join(", ", missing)));
        return out;
      }
      String line;
      long n = 1;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          Credential c = row(Csv.split(line), col, new Origin(file.toString(), n, 0));
          if (!seen.add(c.id())) {
            throw new IllegalArgumentException("duplicate id " + c.id());
          }
          out.add(c);
        } catch (IllegalArgumentException e) {
          problems.add(new Reject(file.toString(), n, e.getMessage()));
        }
      }
    }
    return out;
  }

  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    return col;
  }

  private static Credential row(List<String> cells, Map<String, Integer> col, Origin origin) {
    String id = cell(cells, col, "id");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a row needs an id");
    }
    List<Identifier> ids = new ArrayList<>();
    for (String pair : cell(cells, col, "identifiers").split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      int colon = pair.indexOf(':');
      if (colon <= 0 || colon == pair.length() - 1) {
        throw new IllegalArgumentException("identifier '" + pair.strip() + "' is not type:value");
      }
      ids.add(new Identifier(pair.substring(0, colon), pair.substring(colon + 1)));
    }
    String unused = cell(cells, col, "markedunused").toLowerCase(Locale.ROOT);
    if (!unused.isEmpty() && !unused.equals("true") && !unused.equals("false")) {
      throw new IllegalArgumentException("markedUnused must be true or false, not '" + unused + "'");
    }
    return new Credential(id, cell(cells, col, "kind"), cell(cells, col, "name"), cell(cells, col, "system"),
        cell(cells, col, "owner"), cell(cells, col, "privilege"), ids, time(cell(cells, col, "created"), "created"),
        time(cell(cells, col, "lastrotated"), "lastRotated"), cell(cells, col, "status"), unused.equals("true"), origin);
  }

  private static String cell(List<String> cells, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= cells.size() ? "" : cells.get(i).strip();
  }

  private static Instant time(String s, String what) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + " '" + s + "' is not an ISO-8601 UTC time");
    }
  }

  private static List<Exposure> exposures(Path file, List<Reject> problems) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problems.add(new Reject(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "malformed JSON: " + e.getOriginalMessage()));
      return List.of();
    }
    List<Exposure> out = new ArrayList<>();
    JsonNode list = root == null ? null : root.get("exposures");
    if (list == null || !list.isArray()) {
      problems.add(new Reject(file.toString(), 1, "expected {\"exposures\": [...]}"));
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode e = list.get(i);
      String id = e.path("id").asText("exposure-" + (i + 1));
      try {
        Instant at = Instant.parse(e.path("at").asText(""));
        JsonNode creds = e.get("credentials");
        boolean all = creds != null && creds.isTextual() && creds.asText().equals("all");
        Set<String> ids = new LinkedHashSet<>();
        if (creds != null && creds.isArray()) {
          creds.forEach(c -> ids.add(c.asText()));
        } else if (!all) {
          throw new IllegalArgumentException("credentials must be a list of ids or \"all\"");
        }
        out.add(new Exposure(id, at, e.path("description").asText(null), all, ids));
      } catch (DateTimeParseException | IllegalArgumentException x) {
        problems.add(new Reject(file.toString(), 0, "exposure " + id + ": " + (x instanceof DateTimeParseException
            ? "'at' is not an ISO-8601 UTC time" : x.getMessage())));
      }
    }
    return out;
  }
}
