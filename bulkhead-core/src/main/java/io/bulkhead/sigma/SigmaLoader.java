package io.bulkhead.sigma;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads Sigma rules: parses every document of every file, compiles it, links rules across files,
 * and reports every problem with its position. Loading never throws for a bad rule: problems
 * become {@link Diagnostic}s and the rule a {@link RejectedRule}.
 *
 * <pre>{@code
 * RuleSet rules = SigmaLoader.builder().build().load(List.of(Path.of("rules/")));
 * rules.diagnostics().forEach(System.out::println);   // file:line:column: severity: message
 * }</pre>
 *
 * <p>A loader is immutable and may be shared.
 */
public final class SigmaLoader {
  /** Most rule files one load reads; a larger tree is probably not a rule folder. */
  public static final int MAX_FILES = 100_000;

  private final Logsources logsources;
  private final Map<String, List<String>> placeholders;

  private SigmaLoader(Builder b) {
    this.logsources = b.logsources;
    Map<String, List<String>> p = new LinkedHashMap<>();
    b.placeholders.forEach((k, v) -> p.put(k, List.copyOf(v)));
    this.placeholders = Map.copyOf(p);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads rule files, and every {@code .yml}/{@code .yaml} file under folders (recursively, in
   * name order). A path that does not exist or cannot be read is an error diagnostic.
   */
  public RuleSet load(List<Path> paths) {
    Map<String, String> texts = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path root : paths) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.filter(Files::isRegularFile).filter(SigmaLoader::isRuleFile).sorted().limit(MAX_FILES + 1L).forEach(files::add);
        } catch (IOException e) {
          problems.add(new Diagnostic(root.toString(), 1, 1, Severity.ERROR, "io", "cannot read folder: " + e.getMessage()));
        }
      } else {
        files.add(root);
      }
      for (Path f : files) {
        if (texts.size() >= MAX_FILES) {
          problems.add(new Diagnostic(f.toString(), 1, 1, Severity.ERROR, "limit", "more than " + MAX_FILES + " rule files; the rest are not read"));
          break;
        }
        try {
          texts.put(f.toString(), read(f));
        } catch (NoSuchFileException e) {
          problems.add(new Diagnostic(f.toString(), 1, 1, Severity.ERROR, "io", "no such file or folder"));
        } catch (CharacterCodingException e) {
          problems.add(new Diagnostic(f.toString(), 1, 1, Severity.ERROR, "yaml", "not UTF-8 text"));
        } catch (IOException e) {
          problems.add(new Diagnostic(f.toString(), 1, 1, Severity.ERROR, "io", "cannot read: " + e.getMessage()));
        }
      }
    }
    return load(texts, problems);
  }

  private static boolean isRuleFile(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".yml") || n.endsWith(".yaml");
  }

  private static String read(Path f) throws IOException {
    long size = Files.size(f);
    if (size > YamlReader.MAX_CHARS * 4L) {
      return "x".repeat(YamlReader.MAX_CHARS + 1); // reported as too large without reading it all
    }
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f)))
        .toString();
  }

  /** Loads rules given as text, by file name (for tests, the server's rule editor, and rule packs). */
  public RuleSet loadTexts(Map<String, String> files) {
    return load(files, List.of());
  }

  /** Loads one file's text. */
  public RuleSet loadText(String file, String text) {
    return loadTexts(Map.of(file, text));
  }

  private RuleSet load(Map<String, String> texts, List<Diagnostic> problems) {
    List<Diagnostic> fileLevel = new ArrayList<>(problems);
    List<Parsed> parsed = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String text = e.getValue();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      Problems p = new Problems(e.getKey());
      List<Node> docs = YamlReader.read(text, p);
      fileLevel.addAll(p.all());
      parsed.addAll(new RuleCompiler(e.getKey(), logsources, placeholders).compile(docs));
    }
    return new Linker(parsed).link(fileLevel);
  }

  /** Options of a {@link SigmaLoader}. */
  public static final class Builder {
    private Logsources logsources = Logsources.builtIn();
    private final Map<String, List<String>> placeholders = new LinkedHashMap<>();

    private Builder() {}

    /** The routing table and field mappings; {@link Logsources#builtIn()} by default. */
    public Builder logsources(Logsources l) {
      this.logsources = Objects.requireNonNull(l, "logsources");
      return this;
    }

    /**
     * Values for a placeholder ({@code %name%} with the {@code expand} modifier); each value is a
     * Sigma string (wildcards allowed). A rule using a placeholder without values is rejected.
     */
    public Builder placeholder(String name, List<String> values) {
      Objects.requireNonNull(name, "name");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("placeholder %" + name + "% needs at least one value");
      }
      placeholders.merge(name, List.copyOf(values), (a, b) -> {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
      });
      return this;
    }

    public SigmaLoader build() {
      return new SigmaLoader(this);
    }
  }
}
