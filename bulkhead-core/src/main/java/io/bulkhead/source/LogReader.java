package io.bulkhead.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads logs into events. Build one with {@link #builder()}, then call {@link #read} with the
 * inputs the user named. A reader is immutable; each call to {@code read} uses its own worker
 * pool, closed when the call returns.
 *
 * <pre>{@code
 * ReadSummary s = LogReader.builder().zone(ZoneId.of("Europe/Lisbon")).build()
 *     .read(List.of("logs/"), sink);
 * }</pre>
 */
public final class LogReader {
  /** Longest line read by default; longer lines are rejects. */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 << 20;
  /** Deepest JSON nesting accepted; deeper documents are rejects (no vendor nests near this). */
  public static final int MAX_JSON_DEPTH = 200;

  final ZoneId zone;
  final Instant from;
  final Instant to;
  final Map<Path, LogFormat> formatOf;
  final int threads;
  final int maxLineBytes;
  final InputStream stdin;
  final ObjectMapper mapper;
  final ObjectReader jsonReader;
  final Formats formats;
  final Sniffer sniffer;

  private LogReader(Builder b) {
    this.zone = b.zone;
    this.from = b.from;
    this.to = b.to;
    this.formatOf = Map.copyOf(b.formatOf);
    this.threads = b.threads;
    this.maxLineBytes = b.maxLineBytes;
    this.stdin = b.stdin;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_JSON_DEPTH)
            .maxStringLength(b.maxLineBytes)
            .maxDocumentLength(b.maxLineBytes)
            .build())
        .build();
    this.mapper = new ObjectMapper(factory);
    this.jsonReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.formats = new Formats(jsonReader, b.tomcatPatterns);
    this.sniffer = new Sniffer(formats, jsonReader);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads every input (files, directories recursively, {@code -} for standard input) and hands
   * events and rejects to {@code sink} on the calling thread, in input order.
   */
  public ReadSummary read(List<String> inputs, EventSink sink) {
    List<FileSummary> files = new ArrayList<>();
    List<Reject> missing = new ArrayList<>();
    List<Inputs.Input> expanded = Inputs.expand(inputs, missing::add);
    for (Reject r : missing) {
      sink.reject(r);
      files.add(new FileSummary(r.file(), null, 0, 1, 0, 0));
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads())) {
      for (Inputs.Input in : expanded) {
        files.add(new FileRead(this, in, pool, sink).run());
      }
    }
    return new ReadSummary(files);
  }

  /** The format {@code --format-of} names for this input, or null to recognise it. */
  LogFormat overrideFor(Inputs.Input in) {
    if (in.isStdin()) {
      return formatOf.get(Path.of("-"));
    }
    Path p = in.path().toAbsolutePath().normalize();
    for (Map.Entry<Path, LogFormat> e : formatOf.entrySet()) {
      if (p.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  boolean inWindow(Instant t) {
    if (from == null && to == null) {
      return true;
    }
    return t != null && (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "bulkhead-read-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Options of a {@link LogReader}; every option has a default. */
  public static final class Builder {
    private ZoneId zone = ZoneOffset.UTC;
    private Instant from;
    private Instant to;
    private final Map<Path, LogFormat> formatOf = new LinkedHashMap<>();
    private final Map<LogFormat, String> tomcatPatterns = new EnumMap<>(LogFormat.class);
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
    private InputStream stdin = System.in;

    private Builder() {}

    /** The zone of logs written without one (Bitbucket's access log); UTC by default. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** Keep only events at or after this time; events without a time are then left out too. */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /** Keep only events at or before this time; events without a time are then left out too. */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /** Read this file, or every file under this directory, as {@code format} ({@code -} for stdin). */
    public Builder formatOf(String path, LogFormat format) {
      Path key = path.equals("-") ? Path.of("-") : Path.of(path).toAbsolutePath().normalize();
      formatOf.put(key, Objects.requireNonNull(format, "format"));
      return this;
    }

    /**
     * The Tomcat {@code AccessLogValve} pattern a site configured for {@code jira-access} or
     * {@code confluence-access}; the products' defaults otherwise.
     *
     * @throws IllegalArgumentException when the format is not a Tomcat log or the pattern is invalid
     */
    public Builder tomcatPattern(LogFormat format, String pattern) {
      if (format != LogFormat.JIRA_ACCESS && format != LogFormat.CONFLUENCE_ACCESS) {
        throw new IllegalArgumentException(format + " is not a Tomcat access log; use jira-access or confluence-access");
      }
      TomcatPattern.compile(pattern);
      tomcatPatterns.put(format, pattern);
      return this;
    }

    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    public Builder maxLineBytes(int max) {
      if (max < 1024) {
        throw new IllegalArgumentException("max line length must be at least 1024 bytes, was " + max);
      }
      this.maxLineBytes = max;
      return this;
    }

    /** What {@code -} reads; the process's standard input by default. */
    public Builder stdin(InputStream in) {
      this.stdin = Objects.requireNonNull(in, "stdin");
      return this;
    }

    public LogReader build() {
      return new LogReader(this);
    }
  }
}
