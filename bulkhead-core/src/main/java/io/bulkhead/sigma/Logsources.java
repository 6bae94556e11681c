package io.bulkhead.sigma;

import io.bulkhead.sigma.model.Condition;
import io.bulkhead.sigma.model.Logsource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Where each Sigma logsource is read from: a routing table from {@code logsource} (category,
 * product, service) to Bulkhead reader formats, with the field mappings and the preconditions of
 * each route. It is data, kept in {@code logsources.yml} and {@code fields/*.yml} beside this
 * class; {@link #builtIn()} reads those.
 *
 * <p>Immutable and thread-safe.
 */
public final class Logsources {

  /** One routing entry. */
  static final class Route {
    final int index;
    final Logsource logsource;
    final List<String> formats;
    /** Field mappings by rule taxonomy ({@code sigma} is the default taxonomy). */
    final Map<String, FieldMapping> mappings;
    /** What an event of the formats must also satisfy, or null. */
    final Condition precondition;

    Route(int index, Logsource logsource, List<String> formats, Map<String, FieldMapping> mappings, Condition precondition) {
      this.index = index;
      this.logsource = logsource;
      this.formats = List.copyOf(formats);
      this.mappings = Map.copyOf(mappings);
      this.precondition = precondition;
    }

    FieldMapping mapping(String taxonomy) {
      return mappings.getOrDefault(taxonomy, taxonomy.equals("sigma") ? FieldMapping.IDENTITY : null);
    }
  }

  private static volatile Logsources builtIn;

  private final List<Route> routes;

  private Logsources(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  /** The routing table shipped with Bulkhead. */
  public static Logsources builtIn() {
    Logsources b = builtIn;
    if (b == null) {
      b = parse("logsources.yml", resource("logsources.yml"), name -> resource("fields/" + name + ".yml"));
      builtIn = b;
    }
    return b;
  }

  /**
   * Reads a routes file from disk, in the format of the built-in {@code logsources.yml}. A
   * field-mapping file it names is read from {@code fields/NAME.yml} beside it when there is
   * one, else from the built-in mappings.
   *
   * @throws IOException when the file or a field file it names cannot be read
   * @throws IllegalArgumentException listing every problem (file, line, column), when invalid
   */
  public static Logsources load(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Path fields = file.toAbsolutePath().getParent().resolve("fields");
    return parse(file.toString(), text, name -> {
      Path own = fields.resolve(name + ".yml");
      if (!name.contains("/") && !name.contains("\\") && Files.isRegularFile(own)) {
        try {
          return Files.readString(own, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return resource("fields/" + name + ".yml");
    });
  }

  /**
   * These routes, then {@code fallback}'s: a rule takes the first route that covers it, so a
   * team's own routes add logsources and override built-in ones.
   */
  public Logsources then(Logsources fallback) {
    List<Route> all = new ArrayList<>(routes);
    all.addAll(fallback.routes);
    return new Logsources(all);
  }

  private static String resource(String name) {
    try (InputStream in = Logsources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no such mapping file: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a routing table.
   *
   * @param file a name for messages
   * @param text the routes file
   * @param fieldFiles the text of a field-mapping file by name
   * @throws IllegalArgumentException listing every problem, when the table is not valid
   */
  public static Logsources parse(String file, String text, Function<String, String> fieldFiles) {
    Problems p = new Problems(file);
    List<Node> docs = YamlReader.read(text, p);
    List<Route> routes = new ArrayList<>();
    Map<String, Map<String, FieldMapping>> loaded = new HashMap<>();
    Node root = docs.isEmpty() ? null : docs.get(0);
    Node list = Nodes.get(root, "routes");
    if (!Nodes.isSeq(list)) {
      p.error(root, "structure", "a routes file needs a list 'routes'");
    }
    for (Node r : Nodes.items(list)) {
      Logsource ls = logsource(Nodes.get(r, "logsource"));
      List<String> formats = Nodes.strings(Nodes.get(r, "formats"));
      if (formats.isEmpty()) {
        p.error(r, "structure", "a route needs 'formats'");
      }
      Map<String, FieldMapping> byTaxonomy = new HashMap<>();
      for (String name : Nodes.strings(Nodes.get(r, "fields"))) {
        Map<String, FieldMapping> m = loaded.computeIfAbsent(name, n -> fieldFile(n, fieldFiles.apply(n)));
        m.forEach((tax, mapping) -> byTaxonomy.merge(tax, mapping, FieldMapping::then));
      }
      Condition pre = null;
      Node preNode = Nodes.get(r, "precondition");
      if (preNode != null) {
        FieldMapping sigma = byTaxonomy.getOrDefault("sigma", FieldMapping.IDENTITY);
        ValueCompiler vc = new ValueCompiler(p, Map.of(), sigma::resolve);
        pre = new DetectionCompiler(p, vc).compile(preNode, Set.of("condition"), "precondition");
      }
      routes.add(new Route(routes.size(), ls, formats, byTaxonomy, pre));
    }
    List<Diagnostic> errors = p.all().stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("invalid logsource routes: " + errors);
    }
    return new Logsources(routes);
  }

  private static Map<String, FieldMapping> fieldFile(String name, String text) {
    Problems p = new Problems(name);
    List<Node> docs = YamlReader.read(text, p);
    Node root = docs.isEmpty() ? null : docs.get(0);
    String taxonomy = Nodes.text(Nodes.get(root, "taxonomy"));
    Map<String, List<String>> entries = new LinkedHashMap<>();
    for (NodeTuple t : Nodes.entries(Nodes.get(root, "fields"))) {
      entries.put(Nodes.key(t), Nodes.strings(t.getValueNode()));
    }
    if (!p.all().isEmpty()) {
      throw new IllegalArgumentException("invalid field mapping " + name + ": " + p.all());
    }
    return Map.of(taxonomy == null ? "sigma" : taxonomy, FieldMapping.of(entries));
  }

  static Logsource logsource(Node n) {
    return new Logsource(Nodes.text(Nodes.get(n, "category")), Nodes.text(Nodes.get(n, "product")),
        Nodes.text(Nodes.get(n, "service")));
  }

  /** The route of a rule's logsource: the first that covers it, or null. */
  Route route(Logsource rule) {
    for (Route r : routes) {
      if (r.logsource.covers(rule)) {
        return r;
      }
    }
    return null;
  }

  /** The reader formats a rule with this logsource runs on; empty when Bulkhead reads none. */
  public List<String> formats(Logsource rule) {
    Route r = route(rule);
    return r == null ? List.of() : r.formats;
  }

  List<Route> routes() {
    return routes;
  }
}
